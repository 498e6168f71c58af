import { describe, expect, it } from 'vitest';
import { validateReport } from './report';

const base = {
  schemaVersion: 1,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  area: 'sefton',
  category: 'repair',
  language: 'ar',
  createdAt: '2026-11-23T09:00:00.000Z',
  description: 'لا يوجد ماء ساخن منذ ثلاثة أيام',
  details: { room: 'bathroom', problem: 'hotWater' },
  contact: { method: 'phone', phone: '07700 900123' },
  consent: true,
};

describe('validateReport', () => {
  it('accepts a complete repair report in Arabic', () => {
    expect(validateReport(base)).toMatchObject({ ok: true });
  });
  it('rejects whitespace-only required text as required', () => {
    const r = validateReport({ ...base, description: '   \n ' });
    expect(r).toEqual({ ok: false, errors: [{ field: 'description', code: 'required' }] });
  });
  it('names the field of a missing category answer', () => {
    const r = validateReport({ ...base, details: { room: 'bathroom' } });
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'details.problem', code: 'required' });
  });
  it('rejects fields the schema does not know', () => {
    const r = validateReport({ ...base, admin: true });
    expect(r.ok).toBe(false);
  });
  it('keeps 10,000 characters out and says why', () => {
    const r = validateReport({ ...base, description: 'ሀ'.repeat(10_000) });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'description', code: 'too_long' }]);
  });
  it('requires explicit consent', () => {
    const r = validateReport({ ...base, consent: false });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'consent', code: 'required' }]);
  });
  it('trims text it keeps', () => {
    const r = validateReport({ ...base, description: '  boiler broken  ' });
    expect(r.ok && r.value.description).toBe('boiler broken');
  });
  it('rejects non-objects without throwing', () => {
    for (const bad of [null, 42, 'x', [], { category: 'nope' }]) expect(validateReport(bad).ok).toBe(false);
  });
});
