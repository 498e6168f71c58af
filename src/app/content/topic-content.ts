// What a topic page is made of, as data: its locale namespace, its sections (each with the facts it states)
// and the plain values its sentences interpolate. Pages, sources lists and search all read this one shape.
import type { AreaId } from '../../shared/areas';
import type { Fact } from './fact';

export interface ContentSection {
  /** the section's element id and its top-level key in the namespace */
  id: string;
  facts: readonly Fact[];
  /** proper nouns the section shows from data (organisation names), so search can find them */
  names?: readonly string[];
  /** glossary term ids (content/glossary-terms.ts) the section's words use, listed as links to the words page */
  terms?: readonly string[];
}

export interface TopicContent {
  /** route id, as in src/app/topics/topics.ts */
  topic: string;
  /** locale namespace holding the topic's words */
  ns: string;
  sections: (area: AreaId) => readonly ContentSection[];
  /** plain text for every {{placeholder}} in the namespace (numbers, amounts, names) */
  values: (area: AreaId) => Readonly<Record<string, string>>;
  /** sentence key → the value whose number picks the sentence's plural form */
  counts?: Readonly<Record<string, string>>;
}

/** Every fact of a topic in an area, once each. */
export function factsOf(content: TopicContent, area: AreaId): Fact[] {
  return [...new Set(content.sections(area).flatMap((s) => s.facts))];
}

/** Props of a topic's body: it speaks whatever language its <LanguageScope> says, so it can be rendered twice. */
export interface TopicBodyProps {
  lang: string;
  area: string;
  topic: string;
  /** false for a second copy on the same page (English beside), so element ids stay unique */
  anchors?: boolean;
}
