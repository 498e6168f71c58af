// What the helper tools need from a topic's content: a body that renders in any language (it calls useT,
// so <LanguageScope> switches it) made of <section>s, each with a heading: one section is one "point".
import { createContext, type ComponentType } from 'preact';
import { TOPIC_BODIES } from '../../content/topic-bodies';

export interface TopicBodyProps {
  lang: string;
  area: string;
  topic: string;
  /** false for a second copy on the same page, so element ids stay unique */
  anchors?: boolean;
}

/** A section's words as keys in the body's namespace, in reading order. */
export interface TopicPoint {
  heading: string;
  text: readonly string[];
  values?: Readonly<Record<string, string>>;
}

export interface TopicBody {
  Body: ComponentType<TopicBodyProps>;
  /** the body's locale namespace, so it is drawn only once its words are in */
  ns?: string;
  /** lets the English be read aloud without drawing it when the phone has no voice for the page's language */
  points?: (area: string) => readonly TopicPoint[];
}

/** Topic id → lazy loader. Topics without an entry have no body the helper tools can show. */
export type TopicBodies = Readonly<Record<string, (() => Promise<TopicBody>) | undefined>>;

/** The real bodies by default; tests provide their own. */
export const TopicBodiesContext = createContext<TopicBodies>(TOPIC_BODIES);
