// Areas Waymark serves. Adding an area is adding an entry here plus its content data.
export const AREAS = [
  { id: 'sefton', prefix: 'SEF', council: 'Sefton Council' },
  { id: 'stockton', prefix: 'STO', council: 'Stockton-on-Tees Borough Council' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];

export const AREA_IDS: readonly AreaId[] = AREAS.map((a) => a.id);

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}

export function areaPrefix(id: AreaId): string {
  return AREAS.find((a) => a.id === id)?.prefix ?? 'WAY';
}
