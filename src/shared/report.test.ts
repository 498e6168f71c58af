import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, findBadText, validateReport } from './report';

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

describe('text and photos the database cannot store', () => {
  it('refuses a NUL and a lone surrogate in text, naming the field', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ description: 'boiler\u0000broken' }, 'description', 'control_character'],
      [{ description: 'boiler \ud800 broken' }, 'description', 'lone_surrogate'],
      [{ description: 'ends low \udc00' }, 'description', 'lone_surrogate'],
      [{ contact: { method: 'phone', phone: '07700\u0000900123' } }, 'contact.phone', 'control_character'],
      [{ contact: { method: 'none', name: '\udfff' } }, 'contact.name', 'lone_surrogate'],
      [{ details: { room: 'bathroom', problem: 'hotWater', access: 'key\u0000' } }, 'details.access', 'control_character'],
    ];
    for (const [patch, field, code] of cases) {
      const r = validateReport({ ...base, ...patch });
      expect(r.ok ? [] : r.errors).toContainEqual({ field, code });
    }
  });
  it('keeps emoji and other well-formed pairs', () => {
    expect(validateReport({ ...base, description: 'leak 💧 in 𐐷 flat' }).ok).toBe(true);
  });
  it('refuses malformed base64 and zero-byte photos', () => {
    const photo = (data: string) => ({ ...base, photos: [{ type: 'image/jpeg', data }] });
    for (const data of ['abc', 'ab=c', 'a===', 'ab$d', 'abcde']) {
      expect(validateReport(photo(data))).toEqual({ ok: false, errors: [{ field: 'photos.0.data', code: 'bad_base64' }] });
    }
    expect(validateReport(photo(''))).toEqual({ ok: false, errors: [{ field: 'photos.0.data', code: 'empty_photo' }] });
    for (const data of ['/9j/', 'AA==', 'AAA=']) expect(validateReport(photo(data)).ok).toBe(true);
  });
});

describe('findBadText and cleanText', () => {
  it('names what is wrong and leaves good text alone', () => {
    expect(findBadText('a\u0000b')).toBe('control_character');
    expect(findBadText('a\ud83d')).toBe('lone_surrogate');
    expect(findBadText('\ude00a')).toBe('lone_surrogate');
    expect(findBadText('😀 ok\n\ttab')).toBeNull();
  });
  it('cleans text so that it can be stored', () => {
    expect(cleanText('a\u0000b\u0007c\nd\te')).toBe('abc\nd\te');
    expect(cleanText('x\ud800y😀\udc00')).toBe('x\ufffdy😀\ufffd');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => findBadText(cleanText(s)) === null));
  });
});
