// Health and GP: registering without papers, free interpreters, HC2, dentists, eyes, 111 and 999.
import type { CountFact, LinkFact, RuleFact, Source } from './fact';
import { EMERGENCY, MIGRANT_HELP, NHS_111, NHS_BSA, NHS_DENTAL_LINE, SAMARITANS, SAMARITANS_EMAIL } from './national';
import * as S from './sources';
import type { TopicContent } from './topic-content';

const at = { checked: S.CHECKED } as const;
const now = { checked: S.CHECKED_PUBLISHERS } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });
const count = (value: number, unit: CountFact['unit'], ...sources: Source[]): CountFact => ({ kind: 'count', value, unit, sources, ...at });

export const GP_ANYONE = rule(S.BMA, S.HEALTHWATCH, S.TPHC);
export const GP_NO_ADDRESS = rule(S.HEALTHWATCH, S.LMC, S.WESSEX_LMC);
export const GP_REFUSAL = rule(S.HEALTHWATCH);
export const GP_EMERGENCY_DAYS = count(14, 'days', S.BMA);
export const GP_FORM = rule(S.SHPRESA, S.LMC, S.TPHC);
export const INTERPRETER_FREE = rule(S.HW_BIRMINGHAM, S.ASHWORTH, S.NHSE_INTERPRETING);
export const INTERPRETER_NOTICE = count(48, 'hours', S.HW_BIRMINGHAM);
export const NO_CHILD_INTERPRETERS = rule(S.HW_REDBRIDGE);
export const HC2_COVERS = rule(S.NHS_HC2);
export const HC2_DAYS = count(21, 'days', S.NHS_HC2);
export const HC1_RULE = rule(S.NHS_HC2);
export const PHARMACY_RULE = rule(S.CPTV);
export const REFUND_MONTHS = count(3, 'months', S.CPTV);
export const DENTIST_RULE = rule(S.HALESOWEN, S.PRESTON_DENTAL, S.NBT_DENTAL, S.NHS_HC2);
export const NHS_111_RULE = { ...rule(S.MYHEALTH_111, S.SWAST_999), ...now };
export const EMERGENCY_RULE = { ...rule(S.SWAST_999, S.NWAS_999), ...now };
// How to ask for an interpreter on 999: the steps are the Welsh ambulance service's; England's page was not found.
export const INTERPRETER_999: RuleFact = { ...rule(S.NHS111_WALES, S.HW_RBKC_INTERPRETER), caveat: 'check', ...now };
// The NHS service search was not among the stored pages read, so it is shown with a caveat.
export const FIND_GP: LinkFact = { kind: 'link', url: S.NHS_FIND_GP.url, sources: [S.NHS_FIND_GP], caveat: 'check', ...now };

export const HEALTH: TopicContent = {
  topic: 'gp',
  ns: 'health',
  sections: () => [
    { id: 'register', facts: [GP_ANYONE, GP_NO_ADDRESS, GP_REFUSAL, GP_EMERGENCY_DAYS] },
    { id: 'howto', facts: [FIND_GP, GP_FORM] },
    { id: 'interpreter', facts: [INTERPRETER_FREE, INTERPRETER_NOTICE, NO_CHILD_INTERPRETERS] },
    {
      id: 'hc2',
      facts: [HC2_COVERS, HC2_DAYS, MIGRANT_HELP, HC1_RULE, NHS_BSA, PHARMACY_RULE, REFUND_MONTHS],
      terms: ['hc2', 'section95', 'section4', 'section98'],
    },
    { id: 'dentist', facts: [DENTIST_RULE, NHS_DENTAL_LINE, NHS_111], terms: ['hc2'] },
    { id: 'eyes', facts: [HC2_COVERS], terms: ['hc2'] },
    { id: 'urgent', facts: [NHS_111, NHS_111_RULE, EMERGENCY, EMERGENCY_RULE, INTERPRETER_999] },
    { id: 'struggling', facts: [SAMARITANS, SAMARITANS_EMAIL] },
  ],
  counts: {
    'register.emergency': 'emergencyDays',
    'interpreter.ahead': 'bookHours',
    'hc2.arrive': 'hc2Days',
    'hc2.refundTime': 'refundMonths',
  },
  values: () => ({
    emergencyDays: String(GP_EMERGENCY_DAYS.value),
    bookHours: String(INTERPRETER_NOTICE.value),
    hc2Days: String(HC2_DAYS.value),
    refundMonths: String(REFUND_MONTHS.value),
    nhs111: NHS_111.display,
    emergency: EMERGENCY.display,
  }),
};
