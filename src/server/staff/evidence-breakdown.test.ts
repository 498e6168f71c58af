import { describe, expect, it } from 'vitest';
import { buildEvidence } from './evidence';
import { buildBreakdowns, HIDDEN } from './evidence-breakdown';

const months = ['2026-10', '2026-11'];

describe('evidence by problem, language and postcode district', () => {
  it('hides counts from 1 to 4 as "<5"', () => {
    const monthTables = buildEvidence([{ area: 'sefton', category: 'repair', month: '2026-11', n: 12 }], months, ['sefton']);
    const counts = [
      { area: 'sefton', category: 'repair', key: 'damp', n: 9 },
      { area: 'sefton', category: 'repair', key: 'heating', n: 3 },
    ];
    const [repair] = buildBreakdowns(counts, 'problem', monthTables, ['sefton']);
    expect(repair?.rows).toEqual([
      { key: 'damp', cell: '9' },
      { key: 'heating', cell: '<5' },
    ]);
  });

  it('hides one more count when adding up the breakdown would reveal a count the month table hides', () => {
    // October 3 (hidden as <5), November 10: damp 6 + heating 7 = 13 would give October away.
    const monthTables = buildEvidence(
      [
        { area: 'sefton', category: 'repair', month: '2026-10', n: 3 },
        { area: 'sefton', category: 'repair', month: '2026-11', n: 10 },
      ],
      months,
      ['sefton'],
    );
    const counts = [
      { area: 'sefton', category: 'repair', key: 'damp', n: 6 },
      { area: 'sefton', category: 'repair', key: 'heating', n: 7 },
    ];
    const [repair] = buildBreakdowns(counts, 'problem', monthTables, ['sefton']);
    expect(repair?.rows).toEqual([
      { key: 'damp', cell: HIDDEN },
      { key: 'heating', cell: '7' },
    ]);
  });

  it('counts languages across every category of the area, and leaves postcode districts as counted', () => {
    const monthTables = buildEvidence([{ area: 'sefton', category: 'aspen', month: '2026-10', n: 2 }], months, ['sefton']);
    const languages = buildBreakdowns([{ area: 'sefton', category: '', key: 'ar', n: 5 }], 'language', monthTables, ['sefton']);
    expect(languages[0]?.rows).toEqual([{ key: 'ar', cell: HIDDEN }]);
    const postcodes = buildBreakdowns([{ area: 'sefton', category: '', key: 'L20', n: 5 }], 'postcode', monthTables, ['sefton']);
    expect(postcodes[0]?.rows).toEqual([{ key: 'L20', cell: '5' }]);
  });
});
