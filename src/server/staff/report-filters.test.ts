import { describe, expect, it } from 'vitest';
import { describeFilters, filtersToSql, parseFilters } from './report-filters';

describe('report filters', () => {
  it('keeps known values and drops anything else', () => {
    expect(
      parseFilters({ area: 'sefton', category: "repair'; DROP TABLE reports;--", status: 'closed', from: '2026-02-30x', page: '-1' }),
    ).toEqual({
      area: 'sefton',
      category: undefined,
      status: 'closed',
      from: undefined,
      to: undefined,
      reference: undefined,
      page: 1,
    });
  });
  it('turns filters into numbered parameters, never into SQL text', () => {
    const { where, params } = filtersToSql(parseFilters({ area: 'stockton', reference: 'sto 7k3q 9d', to: '2026-01-31' }));
    expect(where).toBe(`WHERE area = $1 AND received_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/London') AND reference = $3`);
    expect(params).toEqual(['stockton', '2026-01-31', 'STO-7K3Q-9D']);
  });
  it('describes filters for the audit log in codes only', () => {
    expect(describeFilters(parseFilters({}))).toBe('all reports');
    expect(describeFilters(parseFilters({ area: 'sefton', status: 'new' }))).toBe('area=sefton status=new');
  });
});
