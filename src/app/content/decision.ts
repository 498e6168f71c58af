// When the asylum decision comes: the move-on time after a grant, the notices after a refusal (as the Sefton review
// recorded them, with CHECK), the choices in that time and who to call. Numbers are count facts the timeline draws.
import { APPEAL_DAYS } from './contacts';
import * as D from './decision-sources';
import type { CountFact, EmailFact, RuleFact, Source } from './fact';
import { ASAP_PAGE, MIGRANT_HELP, MIGRANT_HELP_HOURS, RIGHT_TO_REMAIN_PAGE } from './national';
import type { TopicContent } from './topic-content';

const at = { checked: D.CHECKED_DECISION } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });
const days = (value: number, ...sources: Source[]): CountFact => ({ kind: 'count', value, unit: 'days', sources, ...at });
const checkDays = (value: number, ...sources: Source[]): CountFact => ({ ...days(value, ...sources), caveat: 'check' });

// Granted: 28 days in the regulations; a 56-day trial was paused for most single adults from 1 September 2025.
export const MOVE_ON = days(28, D.HL348_MOVE_ON, D.RTR_MOVE_ON_2025);
export const MOVE_ON_LONGER = checkDays(56, D.RTR_MOVE_ON_2025, D.RTR_MOVE_ON_56);
export const OLDER_AGE: CountFact = { kind: 'count', value: 65, unit: 'years', sources: [D.RTR_MOVE_ON_2025], caveat: 'check', ...at };
export const NOTICE_TO_QUIT_GRANT = rule(D.HL348_MOVE_ON);
export const EVISA = rule(D.RTR_MOVE_ON_2025, D.RTR_MOVE_ON_56);
export const UNIVERSAL_CREDIT = rule(D.RTR_MOVE_ON_56, D.HL348_MOVE_ON);
export const COUNCIL_HOUSING = rule(D.RTR_MOVE_ON_56, D.NW_RSMP_DECISION, D.HL348_MOVE_ON);
export const BANK = rule(D.RTR_MOVE_ON_2025);
export const MH_MOVE_ON_HELP = rule(D.HL348_MOVE_ON);
// Only the NRPF Network (a council network) gives this address; Migrant Help's own page was not read.
export const MOVE_ON_EMAIL: EmailFact = {
  kind: 'email',
  address: 'positivemoveon@migranthelpuk.org',
  sources: [D.NRPF_SUPPORT_ENDS],
  caveat: 'check',
  ...at,
};

// Refused: the provider's procedure as the Sefton review recorded it in 2021; Migrant Help and the NRPF Network say 21 days.
export const NOTICE_95 = checkDays(28, D.SEFTON_REVIEW);
export const LOCK_95 = checkDays(21, D.SEFTON_REVIEW);
export const NOTICE_4 = checkDays(21, D.SEFTON_REVIEW);
export const LOCK_4 = checkDays(14, D.SEFTON_REVIEW);
export const LETTERS = rule(D.SEFTON_REVIEW, D.NRPF_SUPPORT_ENDS);
export const MH_SUPPORT_ENDS = days(21, D.MH_NEGATIVE, D.NRPF_SUPPORT_ENDS);
export const CHILDREN = rule(D.MH_NEGATIVE, D.ASAP_SECTION_4);

export const IMMIGRATION_APPEAL = days(14, D.GOV_IMMIGRATION_APPEAL);
export const APPEAL_KEEPS_SUPPORT = rule(D.NW_RSMP_DECISION, D.NRPF_SUPPORT_ENDS);
export const SECTION_4_APPLY = rule(D.NW_RSMP_DECISION, D.MH_NEGATIVE, D.GOV_SECTION_4, D.SEFTON_REVIEW);
export const SECTION_4_NO_CASH = rule(D.MH_NEGATIVE, D.ASAP_SECTION_4);
export const FURTHER_SUBMISSIONS = { ...rule(D.SEFTON_REVIEW, D.RTR_LEGAL_CASE), caveat: 'check' } as RuleFact;
export const MH_NO_APPEALS = { ...rule(D.SEFTON_REVIEW), caveat: 'check' } as RuleFact;

export const DECISION: TopicContent = {
  topic: 'decision',
  ns: 'decision',
  sections: () => [
    {
      id: 'granted',
      facts: [
        MOVE_ON,
        MOVE_ON_LONGER,
        OLDER_AGE,
        NOTICE_TO_QUIT_GRANT,
        EVISA,
        UNIVERSAL_CREDIT,
        COUNCIL_HOUSING,
        BANK,
        MH_MOVE_ON_HELP,
        MOVE_ON_EMAIL,
      ],
      names: ['Migrant Help', 'Universal Credit', 'UKVI', 'eVisa'],
      terms: ['moveOn', 'noticeToQuit', 'evisa'],
    },
    {
      id: 'refused',
      facts: [LETTERS, NOTICE_95, LOCK_95, NOTICE_4, LOCK_4, MH_SUPPORT_ENDS, CHILDREN, MIGRANT_HELP],
      names: ['Migrant Help'],
      terms: ['section95', 'section4', 'noticeToQuit'],
    },
    {
      id: 'choices',
      facts: [IMMIGRATION_APPEAL, APPEAL_KEEPS_SUPPORT, SECTION_4_APPLY, SECTION_4_NO_CASH, FURTHER_SUBMISSIONS, APPEAL_DAYS, ASAP_PAGE],
      names: ['Asylum Support Appeals Project'],
      terms: ['section4', 'furtherSubmissions'],
    },
    { id: 'countdown', facts: [NOTICE_95, LOCK_95, NOTICE_4, LOCK_4] },
    {
      id: 'help',
      facts: [MIGRANT_HELP, MIGRANT_HELP_HOURS, MH_NO_APPEALS, RIGHT_TO_REMAIN_PAGE],
      names: ['Migrant Help', 'Right to Remain'],
    },
  ],
  counts: {
    'granted.moveOn': 'moveOn',
    'granted.longer': 'longer',
    'refused.mh21': 'mhEnds',
    'choices.appeal': 'appealDays',
    'choices.supportAppeal': 'supportAppealDays',
  },
  values: () => ({
    moveOn: String(MOVE_ON.value),
    longer: String(MOVE_ON_LONGER.value),
    age: String(OLDER_AGE.value),
    moveOnEmail: MOVE_ON_EMAIL.address,
    end95: String(NOTICE_95.value),
    lock95: String(LOCK_95.value),
    end4: String(NOTICE_4.value),
    lock4: String(LOCK_4.value),
    mhEnds: String(MH_SUPPORT_ENDS.value),
    appealDays: String(IMMIGRATION_APPEAL.value),
    supportAppealDays: String(APPEAL_DAYS.value),
    migrantHelp: MIGRANT_HELP.display,
  }),
};
