// Areas Waymark serves: the seed areas (their packs are in src/packs) and any area whose pack is published later,
// which the server registers at start and on publishing, and the page when it loads the area's pack.
export interface Area {
  id: string;
  /** report reference prefix (SEF-…, STO-…) */
  prefix: string;
  council: string;
}

export const AREAS: readonly Area[] = [
  { id: 'sefton', prefix: 'SEF', council: 'Sefton Council' },
  { id: 'stockton', prefix: 'STO', council: 'Stockton-on-Tees Borough Council' },
];

/** An area's id, the URL segment: a seed area or any area whose pack the server has published. */
export type AreaId = string;

/** The seed areas, in order. */
export const AREA_IDS: readonly AreaId[] = AREAS.map((a) => a.id);

const known = new Map<string, Area>(AREAS.map((a) => [a.id, a]));

/** Adds (or updates) an area from its published pack. */
export function registerArea(area: Area): void {
  known.set(area.id, area);
}

/** Every area known here: the seed areas, then those registered from packs. */
export function knownAreas(): Area[] {
  return [...known.values()];
}

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && known.has(value);
}

export function areaPrefix(id: AreaId): string {
  return known.get(id)?.prefix ?? 'WAY';
}
