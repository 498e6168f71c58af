// English classes (ESOL): who gets funded classes and when, local rules, where classes run, conversation cafés.
import type { CountFact, RuleFact, Source } from './fact';
import { localOf } from './local';
import * as S from './sources';
import type { TopicContent } from './topic-content';

const at = { checked: S.CHECKED } as const;
const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, ...at });
const count = (value: number, unit: CountFact['unit'], ...sources: Source[]): CountFact => ({ kind: 'count', value, unit, sources, ...at });

export const ESOL_WAIT = count(6, 'months', S.DFE_ESOL);
export const ESOL_AGE = count(19, 'years', S.DFE_ESOL);
export const ESOL_REFUGEES = rule(S.DFE_ESOL);
// Devolved authorities set their own rules and the national rule changed in 2025: shown with a caveat.
export const ESOL_LOCAL_RULES: RuleFact = { ...rule(S.DFE_ESOL, S.LINCS_ASF), caveat: 'check' };
export const ESOL_PLACES = { ...rule(S.STOCKTON_COLLEGE, S.ALM_ENGLISH_UK), checked: S.CHECKED_PUBLISHERS };
export const SCHOOL_AGE_FROM = count(5, 'years', S.DFE_ADMISSIONS);
export const SCHOOL_AGE_TO = count(16, 'years', S.DFE_ADMISSIONS);
export const CAFES = rule(S.CAFE_WARWICK, S.CAFE_LEEDS, S.CAFE_GLASGOW);

export const ESOL: TopicContent = {
  topic: 'esol',
  ns: 'esol',
  sections: (area) => {
    const local = localOf(area);
    return [
      { id: 'eligible', facts: [ESOL_WAIT, ESOL_AGE, ESOL_REFUGEES] },
      { id: 'local', facts: [local.skills.fact, ESOL_LOCAL_RULES, ...(local.skills.example ? [local.skills.example] : [])] },
      { id: 'where', facts: [ESOL_PLACES, ...local.esolProvider.facts] },
      { id: 'children', facts: [SCHOOL_AGE_FROM, SCHOOL_AGE_TO] },
      { id: 'cafes', facts: [CAFES] },
    ];
  },
  counts: { 'eligible.wait': 'waitMonths' },
  values: (area) => ({
    waitMonths: String(ESOL_WAIT.value),
    age: String(ESOL_AGE.value),
    authority: localOf(area).skills.name,
    provider: localOf(area).esolProvider.name,
    ageFrom: String(SCHOOL_AGE_FROM.value),
    ageTo: String(SCHOOL_AGE_TO.value),
  }),
};
