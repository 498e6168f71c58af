// Words you will hear: one section per glossary term, each with the facts its plain explanation rests on.
import type { RuleFact, Source } from './fact';
import { GLOSSARY_TERMS } from './glossary-terms';
import { MIGRANT_HELP, MIGRANT_HELP_HOURS } from './national';
import * as S from './sources';
import type { ContentSection, TopicContent } from './topic-content';
import * as W from './words-sources';

const rule = (...sources: Source[]): RuleFact => ({ kind: 'rule', sources, checked: W.CHECKED_WORDS });

export const WORD_SECTION_95 = rule(S.GOV_SUPPORT, W.LONDON_SUPPORT);
export const WORD_SECTION_4 = rule(S.GOV_SUPPORT, W.LONDON_SUPPORT);
export const WORD_SECTION_98 = rule(W.LONDON_SUPPORT, W.NRPF_S98, W.ASAP_S98);
export const WORD_ASPEN = rule(S.GOV_SUPPORT);
export const WORD_HC2 = rule(S.NHS_HC2);
export const WORD_ARC = rule(W.GOV_ARC, W.DCHS_ARC);
export const WORD_EVISA = rule(W.GOV_EVISA);
export const WORD_GRANT_LETTER = rule(S.NHS_HC2, W.RTR_MOVE_ON);
export const WORD_MOVE_ON = rule(W.NRPF_SUPPORT_ENDS, W.ADVICENOW_MOVE_ON);
export const WORD_NOTICE_TO_QUIT = rule(W.NRPF_SUPPORT_ENDS, W.FREE_MOVEMENT_NTQ);
export const WORD_FURTHER_SUBMISSIONS = rule(W.RTR_FRESH_CLAIM);
export const WORD_ESOL = rule(W.COMMONS_ESOL);
export const WORD_DISPERSAL = rule(S.GOV_DISPERSAL, W.GOV_INITIAL);
export const WORD_INITIAL = rule(W.GOV_INITIAL);

const DEFINITIONS: Readonly<Record<string, RuleFact>> = {
  section95: WORD_SECTION_95,
  section4: WORD_SECTION_4,
  section98: WORD_SECTION_98,
  aspen: WORD_ASPEN,
  hc2: WORD_HC2,
  arc: WORD_ARC,
  evisa: WORD_EVISA,
  grantLetter: WORD_GRANT_LETTER,
  moveOn: WORD_MOVE_ON,
  noticeToQuit: WORD_NOTICE_TO_QUIT,
  furtherSubmissions: WORD_FURTHER_SUBMISSIONS,
  esol: WORD_ESOL,
  dispersal: WORD_DISPERSAL,
  initialAccommodation: WORD_INITIAL,
};

/** The definition fact behind a glossary term. */
export function definitionOf(id: string): RuleFact {
  return DEFINITIONS[id]!;
}

// The English word is a searchable name, so a person can type the word from their letter in any language.
const termSections: ContentSection[] = GLOSSARY_TERMS.map((t) => ({ id: t.id, facts: [definitionOf(t.id)], names: [t.english] }));

export const WORDS: TopicContent = {
  topic: 'words',
  ns: 'words',
  sections: () => [...termSections, { id: 'help', facts: [MIGRANT_HELP, MIGRANT_HELP_HOURS], names: ['Migrant Help'] }],
  values: () => ({}),
};
