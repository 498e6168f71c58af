// Schools: every child's right to a place, applying in-year, free school meals, uniform, what the school asks for.
import type { RuleFact, Source } from './fact';
import { SCHOOL_AGE_FROM, SCHOOL_AGE_TO } from './esol';
import { localOf } from './local';
import { PROOF_OF_SUPPORT } from './national';
import * as S from './sources';
import type { TopicContent } from './topic-content';

const at = { checked: S.CHECKED } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });

export const SCHOOL_RIGHT = rule(S.CORAM, S.DFE_ADMISSIONS);
export const NO_STATUS_PROOF = rule(S.DFE_ADMISSIONS);
export const IN_YEAR = rule(S.VWV);
export const FSM_SECTION_95 = rule(S.FSM_ANSWER, S.FSM_CRITERIA);
export const FSM_CHECK = rule(S.BRADFORD_FSM);
// Only mentioned in passing by one source: shown with a caveat.
export const FSM_INFANTS: RuleFact = { ...rule(S.JUST_FAIR), caveat: 'check' };
export const UNIFORM = { ...rule(S.UNIFORM_STANDARD, S.UNIFORM_BARNSLEY), checked: S.CHECKED_PUBLISHERS };

export const SCHOOLS: TopicContent = {
  topic: 'schools',
  ns: 'schools',
  sections: (area) => [
    { id: 'right', facts: [SCHOOL_RIGHT, SCHOOL_AGE_FROM, SCHOOL_AGE_TO, NO_STATUS_PROOF] },
    { id: 'apply', facts: [IN_YEAR, localOf(area).council.phone] },
    { id: 'meals', facts: [FSM_SECTION_95, FSM_CHECK, FSM_INFANTS] },
    { id: 'uniform', facts: [UNIFORM] },
    { id: 'bring', facts: [NO_STATUS_PROOF, FSM_CHECK, PROOF_OF_SUPPORT] },
  ],
  values: (area) => ({
    ageFrom: String(SCHOOL_AGE_FROM.value),
    ageTo: String(SCHOOL_AGE_TO.value),
    council: localOf(area).council.name,
  }),
};
