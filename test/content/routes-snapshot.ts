// What the report page's old TypeScript routes (src/app/report/advice/routes-data.ts) gave, kept once before that
// module was deleted: `given` is the before of the move check, `pack` what the collector puts into the packs from then on.
import { AREA_IDS } from '../../src/shared/areas';
import type { AreaPack } from '../../src/shared/pack-schema';
import { CATEGORIES } from '../../src/shared/report';
import { EMERGENCY_FACTS, HAZARD_ADVICE, routesFor } from '../../src/app/report/advice/routes-data';

const MOVED_FACT = /^(route|hazard)-/;

export function routesSnapshot(packs: readonly AreaPack[]) {
  const national = packs.find((p) => p.area === 'national')!;
  return {
    about:
      'Written by test/content/move-to-packs.ts before routes-data.ts was deleted; read by pack-collector.ts and packs-match-modules.test.ts.',
    given: {
      routes: Object.fromEntries(AREA_IDS.map((area) => [area, Object.fromEntries(CATEGORIES.map((c) => [c, routesFor(c, area)]))])),
      hazards: HAZARD_ADVICE,
      emergency: EMERGENCY_FACTS,
    },
    pack: {
      facts: national.facts.filter((f) => MOVED_FACT.test(f.id)),
      routes: Object.fromEntries(packs.filter((p) => p.routes).map((p) => [p.area, p.routes])),
      hazards: national.hazards,
    },
  };
}
