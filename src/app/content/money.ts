// Money and the ASPEN card: weekly support (section 95 and section 4 differ), extra payments, a lost or blocked card.
import type { AmountFact, CountFact, RuleFact, Source } from './fact';
import { formatAmount } from './format';
import { NEW_NEEDS_EVIDENCE, REPORT_CHANGES, SECTION_98, SECTION_98_ENDS } from './money-changes';
import { GOV_SUPPORT_PAGE, MIGRANT_HELP } from './national';
import * as S from './sources';
import type { TopicContent } from './topic-content';

const at = { checked: S.CHECKED } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });
const weekly = (pence: number): AmountFact => ({ kind: 'amount', pence, per: 'week', sources: [S.GOV_SUPPORT, S.EIN_RATES], ...at });
const count = (value: number, unit: CountFact['unit']): CountFact => ({ kind: 'count', value, unit, sources: [S.GOV_SUPPORT], ...at });

export const SECTION_95 = weekly(4918);
export const CASH = rule(S.GOV_SUPPORT);
// The stored GOV.UK page says £8.86; two newer third-party pages say £9.95. Shown only with "check GOV.UK".
export const FULL_BOARD: AmountFact = { ...weekly(886), sources: [S.GOV_SUPPORT, S.ASYLUM_MATTERS, S.START_NEW_LIFE], caveat: 'check' };
export const SECTION_4 = rule(S.GOV_SUPPORT, S.COS_ASPEN);
export const PREGNANT = weekly(525);
export const BABY = weekly(950);
export const TODDLER = weekly(525);
export const MATERNITY: AmountFact = { kind: 'amount', pence: 30000, per: 'once', sources: [S.GOV_SUPPORT], ...at };
export const BABY_AGE = count(1, 'years');
export const TODDLER_FROM = count(1, 'years');
export const TODDLER_TO = count(3, 'years');
export const MATERNITY_WEEKS = count(11, 'weeks');
export const MATERNITY_MONTHS = count(6, 'months');
export const SUPPORT_COVERS = rule(S.EIN_RATES);
// The mirrored Observer copy is gone: Migrant Help's own update names its issue-reporting service.
export const CARD_PROBLEM = { ...rule(S.COS_ASPEN, S.MH_UPDATE_2022), checked: S.CHECKED_PUBLISHERS };

export const MONEY: TopicContent = {
  topic: 'money',
  ns: 'money',
  sections: () => [
    { id: 'section95', facts: [SECTION_95, CASH, FULL_BOARD, GOV_SUPPORT_PAGE], terms: ['section95', 'aspen'] },
    { id: 'section4', facts: [SECTION_4, SECTION_95], terms: ['section4'] },
    { id: 'section98', facts: [SECTION_98, SECTION_98_ENDS, MIGRANT_HELP], terms: ['section98'] },
    { id: 'extra', facts: [PREGNANT, BABY, BABY_AGE, TODDLER, TODDLER_FROM, TODDLER_TO, MATERNITY, MATERNITY_WEEKS, MATERNITY_MONTHS] },
    { id: 'changes', facts: [REPORT_CHANGES, NEW_NEEDS_EVIDENCE, MIGRANT_HELP, MATERNITY] },
    { id: 'covers', facts: [SUPPORT_COVERS] },
    { id: 'card', facts: [CARD_PROBLEM, MIGRANT_HELP] },
  ],
  counts: { 'extra.baby': 'babyAge', 'extra.maternity': 'maternityWeeks' },
  values: () => ({
    weekly: formatAmount(SECTION_95),
    fullBoard: formatAmount(FULL_BOARD),
    pregnant: formatAmount(PREGNANT),
    baby: formatAmount(BABY),
    toddler: formatAmount(TODDLER),
    babyAge: String(BABY_AGE.value),
    toddlerFrom: String(TODDLER_FROM.value),
    toddlerTo: String(TODDLER_TO.value),
    maternity: formatAmount(MATERNITY),
    maternityWeeks: String(MATERNITY_WEEKS.value),
    maternityMonths: String(MATERNITY_MONTHS.value),
  }),
};
