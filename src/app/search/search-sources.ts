// Gathers what search indexes for an area: every section of every topic, in the given languages, from the
// locale strings (cached for offline use) and the content data. The loader is passed in so Node can use it too.
import type { AreaId } from '../../shared/areas';
import { factText } from '../content/format';
import { fillPlain, lookup, sectionKeys, type Strings } from '../content/section-strings';
import type { TopicContent } from '../content/topic-content';
import { TOPIC_CONTENTS } from '../content/topic-contents';
import type { SearchSection } from './search-index';

export type LoadStrings = (lng: string, ns: string) => Promise<Strings>;

/** Words another feature owns, searched as one section that links to that page's own heading id. */
export interface ForeignSection {
  topic: string;
  ns: string;
  key: string;
  anchor: string;
  titleKey: string;
}

export const FOREIGN_SECTIONS: readonly ForeignSection[] = [
  { topic: 'bins', ns: 'bins', key: 'rules', anchor: 'bins-rules', titleKey: 'rules.heading' },
];

export function foreignSection(spec: ForeignSection, strings: Strings, lang: string, area: AreaId): SearchSection {
  const say = (key: string) => fillPlain(lookup(strings, key), {}).replace(/\s{2,}/g, ' ');
  const parts = sectionKeys(strings, spec.key, area)
    .filter((k) => k !== spec.titleKey)
    .map(say)
    .filter(Boolean);
  return { topic: spec.topic, section: spec.anchor, lang, title: say(spec.titleKey), parts };
}

export function sectionsOfTopic(content: TopicContent, strings: Strings, lang: string, area: AreaId): SearchSection[] {
  const values = content.values(area);
  const say = (key: string) => fillPlain(lookup(strings, key), values);
  const top: SearchSection = { topic: content.topic, section: '', lang, title: say('title'), parts: [say('intro')] };
  const sections = content.sections(area).map((s): SearchSection => {
    const words = sectionKeys(strings, s.id, area)
      .filter((key) => key !== `${s.id}.title`)
      .map(say);
    const data = [...new Set([...s.facts.map(factText), ...(s.names ?? [])])].filter(Boolean);
    return { topic: content.topic, section: s.id, lang, title: say(`${s.id}.title`), parts: [...words, ...data] };
  });
  return [top, ...sections];
}

/** Every section of every topic in each language; a language whose strings fail to load is left out. */
export async function collectSections(
  area: AreaId,
  langs: readonly string[],
  load: LoadStrings,
  contents: readonly TopicContent[] = TOPIC_CONTENTS,
  foreign: readonly ForeignSection[] = FOREIGN_SECTIONS,
): Promise<SearchSection[]> {
  const languages = [...new Set(langs)];
  const own = contents.flatMap((content) =>
    languages.map((lang) =>
      load(lang, content.ns).then(
        (strings) => sectionsOfTopic(content, strings, lang, area),
        () => [],
      ),
    ),
  );
  const others = foreign.flatMap((spec) =>
    languages.map((lang) =>
      load(lang, spec.ns).then(
        (strings) => [foreignSection(spec, strings, lang, area)],
        () => [],
      ),
    ),
  );
  return (await Promise.all([...own, ...others])).flat();
}
