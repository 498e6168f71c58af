// Which UK postcode areas (the letters before the first digit) each Waymark area lies in, with the pages that say so.
// No council, Royal Mail or ONS page listing every district was found: the check is by postcode area (CHECK).
import type { AreaId } from './areas';

export interface PostcodeAreas {
  /** postcode areas (letters only) that reach into the area; a district outside them is refused */
  areas: readonly string[];
  /** a district of the area, shown as an example beside the field */
  example: string;
  sources: readonly { publisher: string; url: string; checked: string }[];
  status: 'CHECK';
}

export const POSTCODE_AREAS: Readonly<Record<AreaId, PostcodeAreas | undefined>> = {
  sefton: {
    areas: ['L', 'PR'],
    example: 'L20',
    sources: [
      // Lists L9, L10, L20–L23, L29–L31, L37, L38 with Sefton among their local authorities (Wikipedia copy, not a publisher).
      { publisher: 'Wikipedia (copy at hubbry.com)', url: 'https://www.hubbry.com/L_postcode_area', checked: '2026-12-01' },
      // Sefton Council's own address: Magdalen House, 30 Trinity Road, Bootle, L20 3NJ (Local Plan, January 2015).
      {
        publisher: 'Sefton Council (copy at docslib.org)',
        url: 'https://docslib.org/doc/4513549/a-local-plan-for-sefton',
        checked: '2026-12-01',
      },
    ],
    status: 'CHECK',
  },
  stockton: {
    areas: ['TS'],
    example: 'TS18',
    sources: [
      // "Postcode areas: TS" for the Borough of Stockton-on-Tees (Wikipedia copy, not a publisher).
      { publisher: 'Wikipedia (copy at wikimili.com)', url: 'https://wikimili.com/en/Borough_of_Stockton-on-Tees', checked: '2026-12-01' },
    ],
    status: 'CHECK',
  },
};

/** A UK outward code: A9, A99, A9A, AA9, AA99, AA9A (uppercased, no spaces). */
export const OUTWARD_CODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** Whether an outward code (already uppercased) lies in one of the area's postcode areas; an area added from a pack
 * without a list is checked for the format only. */
export function isDistrictInArea(district: string, area: AreaId): boolean {
  const known = POSTCODE_AREAS[area];
  if (!known) return true;
  const letters = /^[A-Z]+/.exec(district)?.[0] ?? '';
  return known.areas.includes(letters);
}
