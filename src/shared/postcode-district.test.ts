import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report';
import { validateReport } from './report';

const errorsOf = (over: Record<string, unknown>) => {
  const r = validateReport(sampleReport(over));
  return r.ok ? [] : r.errors;
};

describe('postcode district and interpreter in the report', () => {
  it('keeps an outward code of the area, trimmed and uppercased', () => {
    const r = validateReport(sampleReport({ postcodeDistrict: '  l20 ' }));
    expect(r.ok && r.value.postcodeDistrict).toBe('L20');
    expect(validateReport(sampleReport({ area: 'stockton', postcodeDistrict: 'ts18' }))).toMatchObject({ ok: true });
    expect(validateReport(sampleReport({ postcodeDistrict: 'PR9' }))).toMatchObject({ ok: true });
  });
  it('refuses what is not an outward code, or a whole postcode', () => {
    for (const bad of ['L', '20', 'L20 3NJ', 'L203NJ', 'LLL1', ''])
      expect(errorsOf({ postcodeDistrict: bad })).toEqual([{ field: 'postcodeDistrict', code: 'postcode_format' }]);
  });
  it('refuses a district outside the report area', () => {
    expect(errorsOf({ postcodeDistrict: 'TS18' })).toEqual([{ field: 'postcodeDistrict', code: 'outside_area' }]);
    expect(errorsOf({ area: 'stockton', postcodeDistrict: 'L20' })).toEqual([{ field: 'postcodeDistrict', code: 'outside_area' }]);
    expect(errorsOf({ description: '', postcodeDistrict: 'TS18' })).toEqual([
      { field: 'description', code: 'required' },
      { field: 'postcodeDistrict', code: 'outside_area' },
    ]);
  });
  it('takes yes or no for an interpreter, and nothing else', () => {
    expect(validateReport(sampleReport({ contact: { method: 'none', interpreter: 'yes' } }))).toMatchObject({ ok: true });
    expect(errorsOf({ contact: { method: 'none', interpreter: 'maybe' } })).toEqual([{ field: 'contact.interpreter', code: 'invalid' }]);
  });
});
