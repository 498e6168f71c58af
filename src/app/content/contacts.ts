// Migrant Help and contacts: what the helpline handles, emergencies, hate crime, support appeals, advice, local groups.
import type { CountFact, RuleFact, Source } from './fact';
import { localOf } from './local';
import {
  ASAP_PAGE,
  EMERGENCY,
  MIGRANT_HELP,
  MIGRANT_HELP_HOURS,
  POLICE,
  PROOF_OF_SUPPORT,
  REFUGEE_COUNCIL,
  RIGHT_TO_REMAIN_PAGE,
  STOP_HATE,
  STOP_HATE_CHAT,
  STOP_HATE_EMAIL,
  STOP_HATE_TEXT,
  TRIBUNAL_PAGE,
} from './national';
import * as S from './sources';
import type { TopicContent } from './topic-content';

const at = { checked: S.CHECKED } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });

const now = { checked: S.CHECKED_PUBLISHERS } as const;
export const MH_HANDLES = { ...rule(S.MH_UPDATE_2022, S.GOV_DISPERSAL, S.HERALD, S.COS_ASPEN, S.REDCROSS_FAQ, S.NHS_HC2), ...now };
// Only domestic abuse is confirmed (ASAP on the Home Office guidance); the rest of the list awaits Migrant Help's own page.
export const MH_SAFEGUARDING: RuleFact = { ...rule(S.ASAP_DOMESTIC_ABUSE), caveat: 'check', ...now };
export const MH_INTERPRETING = rule(S.MH_PANDEMIC, S.DIPLOMAT);
export const MH_WAITS = { ...rule(S.MH_UPDATE_2022), ...now };
export const TRUE_VISION = rule(S.SAFER_COLCHESTER, S.ASK_POLICE);
export const STOP_HATE_LANGUAGES = rule(S.MERSEY_PCC);
export const APPEAL_DAYS: CountFact = { kind: 'count', value: 3, unit: 'days', sources: [S.GOV_TRIBUNAL, S.ASAP], ...at };
export const RED_CROSS = rule(S.IMD_REDCROSS, S.GOV_TRIBUNAL);

export const CONTACTS: TopicContent = {
  topic: 'migrant-help',
  ns: 'contacts',
  sections: (area) => {
    const local = localOf(area);
    const stopHate = local.stopHate ? [STOP_HATE, STOP_HATE_TEXT, STOP_HATE_CHAT, STOP_HATE_EMAIL, STOP_HATE_LANGUAGES] : [];
    return [
      { id: 'migrantHelp', facts: [MIGRANT_HELP, MIGRANT_HELP_HOURS, MH_HANDLES, MH_SAFEGUARDING, PROOF_OF_SUPPORT, MH_INTERPRETING] },
      { id: 'calling', facts: [MH_WAITS] },
      { id: 'emergency', facts: [EMERGENCY, POLICE] },
      { id: 'hate', facts: [TRUE_VISION, POLICE, ...stopHate] },
      { id: 'appeals', facts: [APPEAL_DAYS, ASAP_PAGE, TRIBUNAL_PAGE] },
      { id: 'advice', facts: [RIGHT_TO_REMAIN_PAGE, RED_CROSS, REFUGEE_COUNCIL] },
      { id: 'local', facts: [local.council.phone, ...local.places.flatMap((p) => p.facts)], names: local.places.map((p) => p.name) },
    ];
  },
  counts: { 'appeals.deadline': 'appealDays' },
  values: (area) => ({
    appealDays: String(APPEAL_DAYS.value),
    emergency: EMERGENCY.display,
    police: POLICE.display,
    council: localOf(area).council.name,
  }),
};
