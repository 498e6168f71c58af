// Health of mind: the GP first, NHS talking therapies, urgent help on 111's mental health option and 999, Samaritans.
import type { LinkFact, RuleFact, Source } from './fact';
import { INTERPRETER_FREE } from './health';
import { EMERGENCY, NHS_111, SAMARITANS, SAMARITANS_EMAIL } from './national';
import * as S from './safety-sources';
import { CHECKED_PUBLISHERS } from './sources';
import type { TopicContent } from './topic-content';

const now = { checked: CHECKED_PUBLISHERS } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...now });

export const GP_REFERS = rule(S.NHSE_TALKING, S.MERSEY_CARE_TT);
export const TALKING_THERAPIES = rule(S.NHSE_TALKING);
export const TALKING_THERAPIES_PAGE: LinkFact = { kind: 'link', url: S.NHSE_TALKING.url, sources: [S.NHSE_TALKING], ...now };
// No NHS page read names the Sefton or Stockton service, so self-referral is said of "many areas", with the caveat.
export const SELF_REFERRAL: RuleFact = { ...rule(S.MERSEY_CARE_TT, S.HW_TALKING), caveat: 'check' };
export const MENTAL_HEALTH_111 = rule(S.SHSC_111, S.LPFT_111);
// A 2024 GP page says "option 2"; a 2023 one says the menu now says "the mental health option": shown with the caveat.
export const OPTION_TWO: RuleFact = { ...rule(S.NORWOOD_111, S.OUNDLE_111), caveat: 'check' };
export const LIFE_AT_RISK = rule(S.LPFT_111, S.NORWOOD_111);

export const MIND: TopicContent = {
  topic: 'mind',
  ns: 'mind',
  sections: () => [
    { id: 'gp', facts: [GP_REFERS, INTERPRETER_FREE] },
    { id: 'therapies', facts: [TALKING_THERAPIES, SELF_REFERRAL, TALKING_THERAPIES_PAGE] },
    { id: 'urgent', facts: [NHS_111, MENTAL_HEALTH_111, OPTION_TWO, EMERGENCY, LIFE_AT_RISK] },
    { id: 'talk', facts: [SAMARITANS, SAMARITANS_EMAIL], names: ['Samaritans'] },
  ],
  values: () => ({ nhs111: NHS_111.display, emergency: EMERGENCY.display }),
};
