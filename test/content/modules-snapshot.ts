// What the arrival topics' TypeScript modules gave, kept once before they were deleted (test/content/moved-modules.json):
// `given` is the before of the move check (packs-match-modules.test.ts), `pack` the packs the move script made from them.
import type { AreaPack } from '../../src/shared/pack-schema';
import type { Fact } from '../../src/app/content/fact';
import moved from './moved-modules.json';

interface GivenTopic {
  ns: string;
  sections: unknown[];
  values: Record<string, string>;
  counts?: Record<string, string>;
}

export interface MovedModules {
  about: string;
  given: {
    national: { facts: Record<string, Fact> };
    areas: Record<string, { topics: Record<string, GivenTopic>; local: unknown; bins: unknown }>;
  };
  pack: Record<string, AreaPack>;
}

export const MOVED_MODULES = moved as unknown as MovedModules;
