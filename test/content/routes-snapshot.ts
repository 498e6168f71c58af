// What the report page's old TypeScript routes (src/app/report/advice/routes-data.ts) gave, kept once by the move
// script before that module was deleted: `given` is the before of the move check (packs-match-modules.test.ts),
// `pack` what the collector (deleted since) put into the packs (each area's routes, the national hazards, their own rules).
import type { PackFact, PackHazards, PackRoute } from '../../src/shared/pack-schema';
import type { Fact } from '../../src/app/content/fact';
import moved from './moved-routes.json';

interface GivenRoute {
  id: string;
  text: string;
  phone?: Fact;
  callName?: string;
  callKey?: string;
  facts: Fact[];
}

export interface MovedRoutes {
  given: {
    routes: Record<string, Record<string, GivenRoute[]>>;
    hazards: Record<string, { emergency: boolean; gasLine: boolean; facts: Fact[] }>;
    emergency: Fact[];
  };
  pack: { facts: PackFact[]; routes: Record<string, Record<string, PackRoute[]>>; hazards: PackHazards };
}

export const MOVED_ROUTES = moved as unknown as MovedRoutes;
