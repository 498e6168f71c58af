import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashBody } from './canonical-json';

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, shuffleKeys(v)]),
    );
  }
  return value;
}

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(shuffleKeys(value))).toBe(canonicalJson(value));
      }),
    );
  });
  it('keeps array order, because order is meaning there', () => {
    expect(hashBody([1, 2])).not.toBe(hashBody([2, 1]));
  });
  it('parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
