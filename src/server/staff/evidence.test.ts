import { describe, expect, it } from 'vitest';
import { buildEvidence, evidenceRange, monthsBetween, suppress } from './evidence';

describe('evidence', () => {
  it('hides counts from 1 to 4 but shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 12].map(suppress)).toEqual(['0', '<5', '<5', '5', '12']);
  });
  it('lists the months of a range across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('fills a grid per area with every category, zero where nothing came', () => {
    const [sefton] = buildEvidence([{ area: 'sefton', category: 'repair', month: '2026-01', n: 3 }], ['2026-01', '2026-02'], ['sefton']);
    expect(sefton?.rows.find((r) => r.category === 'repair')?.cells).toEqual(['<5', '0']);
    expect(sefton?.rows).toHaveLength(7);
  });
  it('defaults to the twelve months up to now and ignores malformed months', () => {
    expect(evidenceRange({}, new Date('2026-11-23T00:00:00Z'))).toEqual({ from: '2025-12', to: '2026-11' });
    expect(evidenceRange({ from: '2026-13', to: 'x' }, new Date('2026-12-01T00:00:00Z'))).toEqual({ from: '2026-01', to: '2026-12' });
    expect(evidenceRange({ from: '2026-05', to: '2026-03' }, new Date('2026-11-23T00:00:00Z'))).toEqual({ from: '2025-04', to: '2026-03' });
  });
});
