// "Nearest to me" without a network: great-circle distance from the phone's position, and the two sort orders.
export interface Located {
  id: string;
  name: string;
  lat?: number;
  lon?: number;
}

export interface Position {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance in kilometres. */
export function distanceKm(a: Position, b: Position): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function hasPosition<T extends Located>(place: T): place is T & Position {
  return typeof place.lat === 'number' && typeof place.lon === 'number';
}

export function sortByName<T extends Located>(places: readonly T[], locale = 'en-GB'): T[] {
  return [...places].sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Nearest first; places without coordinates keep their name order at the end. */
export function sortByDistance<T extends Located>(places: readonly T[], from: Position): { place: T; km?: number }[] {
  const located = places
    .filter(hasPosition)
    .map((place) => ({ place, km: distanceKm(from, place) }))
    .sort((a, b) => a.km - b.km);
  const rest = sortByName(places.filter((p) => !hasPosition(p))).map((place) => ({ place }));
  return [...located, ...rest];
}
