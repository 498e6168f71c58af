// The topics moved into packs after the first move (issue 14): decision, legal help, complaints, staying safe, health of
// mind, food and the glossary. Their TypeScript modules are deleted; moved-facts.json is what they gave, written from
// them by move-to-packs.ts before they went (git history has both): the before of packs-match-modules.test.ts.
import type { Fact } from '../../src/app/content/fact';
import type { PackTopic } from '../../src/shared/pack-schema';
import MOVED from './moved-facts.json';

/** Per pack (national, sefton, stockton): the moved facts by id, the moved topics as written, each value as shown. */
export type MovedSnapshot = Record<
  string,
  { facts: Record<string, Fact>; topics: Record<string, PackTopic>; shown: Record<string, Readonly<Record<string, string>>> }
>;

export const MOVED_SNAPSHOT = MOVED as unknown as MovedSnapshot;
