// Free legal help: legal aid for the asylum claim, regulated advisers only, free help with support appeals, and what
// Migrant Help can and cannot do. Local groups come from content/local.ts (read, not changed here).
import { APPEAL_DAYS } from './contacts';
import * as D from './decision-sources';
import type { PhoneFact, RuleFact, Source } from './fact';
import { ASAP_PAGE, MIGRANT_HELP, PROOF_OF_SUPPORT, RIGHT_TO_REMAIN_PAGE, TRIBUNAL_PAGE } from './national';
import * as S from './sources';
import type { TopicContent } from './topic-content';

const at = { checked: D.CHECKED_DECISION } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });

export const LEGAL_AID_ASYLUM = rule(D.RTR_LEGAL_CASE, D.CORAM_LEGAL);
export const REGULATED_ONLY = rule(D.GOV_REGULATED_ADVISER);
export const ASAP_FREE = rule(S.GOV_TRIBUNAL, S.ASAP);
// ASAP's own factsheet (July 2021): a line for advice workers, not for individual people; hours may have changed.
export const ASAP_ADVISER_LINE: PhoneFact = {
  kind: 'phone',
  name: 'ASAP',
  digits: '02037160283',
  display: '020 3716 0283',
  sources: [D.ASAP_SECTION_4],
  caveat: 'check',
  ...at,
};
export const MH_CONTRACT = rule(S.MH_UPDATE_2022);
export const MH_NO_SUPPORT_APPEALS: RuleFact = { ...rule(D.SEFTON_REVIEW), caveat: 'check' };

export const LEGAL_HELP: TopicContent = {
  topic: 'legal-help',
  ns: 'legal',
  sections: () => [
    { id: 'claim', facts: [LEGAL_AID_ASYLUM, PROOF_OF_SUPPORT, REGULATED_ONLY, RIGHT_TO_REMAIN_PAGE], names: ['Right to Remain'] },
    {
      id: 'support',
      facts: [ASAP_FREE, APPEAL_DAYS, ASAP_PAGE, TRIBUNAL_PAGE, ASAP_ADVISER_LINE],
      names: ['Asylum Support Appeals Project', 'ASAP'],
    },
    { id: 'migrantHelp', facts: [MH_CONTRACT, MH_NO_SUPPORT_APPEALS, MIGRANT_HELP], names: ['Migrant Help'] },
  ],
  counts: { 'support.deadline': 'appealDays' },
  values: () => ({ appealDays: String(APPEAL_DAYS.value) }),
};
