import { describe, expect, it } from 'vitest';
import { distanceKm, sortByDistance, sortByName } from './places';

// Well-known points: the distances are checked against published great-circle figures.
const LONDON = { lat: 51.5074, lon: -0.1278 };
const PARIS = { lat: 48.8566, lon: 2.3522 };

describe('distance', () => {
  it('is zero from a place to itself', () => {
    expect(distanceKm(LONDON, LONDON)).toBe(0);
  });
  it('matches the great-circle distance from London to Paris (about 344 km)', () => {
    expect(distanceKm(LONDON, PARIS)).toBeGreaterThan(340);
    expect(distanceKm(LONDON, PARIS)).toBeLessThan(346);
  });
  it('is the same both ways', () => {
    expect(distanceKm(PARIS, LONDON)).toBeCloseTo(distanceKm(LONDON, PARIS), 9);
  });
  it('gives half the Earth’s circumference between opposite points', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});

describe('sorting places', () => {
  const places = [
    { id: 'far', name: 'Alpha', lat: 48.8566, lon: 2.3522 },
    { id: 'none', name: 'Charlie' },
    { id: 'near', name: 'Delta', lat: 51.5, lon: -0.12 },
    { id: 'none2', name: 'Bravo' },
  ];
  it('sorts by name when there is no location', () => {
    expect(sortByName(places).map((p) => p.id)).toEqual(['far', 'none2', 'none', 'near']);
  });
  it('puts the nearest first and places without coordinates last, by name', () => {
    const sorted = sortByDistance(places, LONDON);
    expect(sorted.map((s) => s.place.id)).toEqual(['near', 'far', 'none2', 'none']);
    expect(sorted[0]!.km).toBeLessThan(2);
    expect(sorted[3]!.km).toBeUndefined();
  });
});
