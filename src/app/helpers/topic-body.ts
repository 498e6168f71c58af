// What the helper tools need from a topic's content: a body that renders in any language (it calls useT,
// so <LanguageScope> switches it) and, ideally, its points in reading order for "show to person".
import { createContext, type ComponentType } from 'preact';

export interface TopicBodyProps {
  lang: string;
  area: string;
  topic: string;
}

/** One screen of "show to person": translation keys in the body's namespace, values shown left to right. */
export interface TopicPoint {
  id: string;
  heading: string;
  text: readonly string[];
  values?: Readonly<Record<string, string>>;
}

export interface TopicBody {
  Body: ComponentType<TopicBodyProps>;
  /** namespace of the point keys */
  ns?: string;
  points?: (area: string) => readonly TopicPoint[];
}

/** Topic id → lazy loader. Topics without an entry have no body the helper tools can show. */
export type TopicBodies = Readonly<Record<string, (() => Promise<TopicBody>) | undefined>>;

export const TopicBodiesContext = createContext<TopicBodies>({});
