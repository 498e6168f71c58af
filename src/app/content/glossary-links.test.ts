import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_IDS, type AreaId } from '../../shared/areas';
import { findGlossaryTerm, GLOSSARY_TERMS, termsIn } from './glossary-terms';
import { lookup, sectionIds, sectionKeys, type Strings } from './section-strings';
import type { TopicContent } from './topic-content';
import { TOPIC_CONTENTS } from './topic-contents';
import { seedNational } from './seed-packs';

function english(ns: string): Strings {
  return JSON.parse(readFileSync(join(process.cwd(), 'locales', 'en', `${ns}.json`), 'utf8')) as Strings;
}

/** Every English sentence a page shows in an area, with its key: top-level words, then each section's. */
function pageSentences(strings: Strings, area: AreaId): [string, string][] {
  const top = Object.entries(strings).filter((e): e is [string, string] => typeof e[1] === 'string');
  const sections = sectionIds(strings).flatMap((id) =>
    sectionKeys(strings, id, area).map((k): [string, string] => [k, lookup(strings, k)]),
  );
  return [...top, ...sections];
}

/** "term (key)" for every glossary word a page says but does not list in any section's `terms`. */
export function unlinkedTerms(content: TopicContent, strings: Strings, area: AreaId): string[] {
  const linked = new Set(content.sections(area).flatMap((s) => s.terms ?? []));
  const firstKey = new Map<string, string>();
  for (const [key, text] of pageSentences(strings, area)) for (const id of termsIn(text)) if (!firstKey.has(id)) firstKey.set(id, key);
  return [...firstKey].filter(([id]) => !linked.has(id)).map(([id, key]) => `${id} (“${findGlossaryTerm(id)!.english}” in ${key})`);
}

const linking = TOPIC_CONTENTS.filter((c) => c.topic !== 'words');

describe('glossary words are linked from every page that uses them', () => {
  it.each(linking.flatMap((c) => AREA_IDS.map((area) => [c.topic, area, c] as const)))(
    'topic %s in %s links every glossary word its English words use',
    (topic, area, content) => {
      const missing = unlinkedTerms(content, english(content.ns), area);
      expect(
        missing,
        `topic "${topic}" (${area}) uses glossary words it does not link; add them to that section's terms: ${missing.join('; ')}`,
      ).toEqual([]);
    },
  );

  it.each(linking.map((c) => [c.topic, c] as const))('topic %s links only words the glossary has', (_topic, content) => {
    const unknown = AREA_IDS.flatMap((area) => content.sections(area).flatMap((s) => s.terms ?? [])).filter((id) => !findGlossaryTerm(id));
    expect(unknown).toEqual([]);
  });

  it('catches a page that says a word without linking it, in its common spellings', () => {
    const page: TopicContent = {
      topic: 'letters',
      ns: 'letters',
      sections: () => [{ id: 'support', facts: [], terms: ['aspen'] }],
      values: () => ({}),
    };
    const strings = {
      intro: 'Your s95 letter.',
      support: { title: 'Support', card: 'Your Aspen card and your eVisa.', sefton: { ntq: 'A Notice to Quit.' } },
    };
    expect(unlinkedTerms(page, strings, 'sefton')).toEqual([
      'section95 (“Section 95 support” in intro)',
      'evisa (“eVisa” in support.card)',
      'noticeToQuit (“Notice to quit” in support.sefton.ntq)',
    ]);
    expect(unlinkedTerms(page, strings, 'stockton')).toEqual([
      'section95 (“Section 95 support” in intro)',
      'evisa (“eVisa” in support.card)',
    ]);
  });

  it('does not take other words for glossary words', () => {
    expect(termsIn('Search by arch, parc or Arcade; £4.50 a week; section 45; HC20; move on to the next step')).toEqual([]);
    expect(termsIn('Section 4 support, S98, ARC, HC2, ESOL classes, dispersed, the move-on period')).toEqual([
      'section4',
      'section98',
      'hc2',
      'arc',
      'moveOn',
      'esol',
      'dispersal',
    ]);
    expect(GLOSSARY_TERMS.length).toBe(new Set(GLOSSARY_TERMS.map((t) => t.id)).size);
    for (const term of GLOSSARY_TERMS) expect(termsIn(term.english), term.english).toContain(term.id);
  });

  it('lists in the pack every term the glossary links, in its order, with its English word as the section name', () => {
    const sections = seedNational().topics!.words!.sections.filter((s) => s.id !== 'help');
    expect(sections.map((s) => [s.id, s.names])).toEqual(GLOSSARY_TERMS.map((t) => [t.id, [t.english]]));
  });
});
