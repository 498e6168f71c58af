import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReference, isValidReference, normaliseReference, REFERENCE_ALPHABET } from './reference';

const bytes = (values: number[]) => () => values.shift() ?? 0;

describe('createReference', () => {
  it('never uses characters that are easy to confuse', () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OILU]/);
  });
  it('formats prefix, four characters, then two', () => {
    expect(createReference('SEF', bytes([0, 1, 2, 3, 4]))).toMatch(/^SEF-2345-6[2-9A-Z]$/);
  });
  it('skips bytes that would bias the draw', () => {
    expect(createReference('STO', bytes([250, 0, 0, 0, 0, 0]))).toBe(createReference('STO', bytes([0, 0, 0, 0, 0])));
  });
  it('makes references that pass their own check, and any single changed character fails it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 40, maxLength: 40 }),
        fc.nat(4),
        fc.nat(29),
        (values, at, replacement) => {
          const ref = createReference('SEF', bytes(values));
          expect(isValidReference(ref)).toBe(true);
          const position = at < 4 ? 4 + at : 9;
          const swapped = REFERENCE_ALPHABET[replacement]!;
          fc.pre(ref[position] !== swapped);
          expect(isValidReference(ref.slice(0, position) + swapped + ref.slice(position + 1))).toBe(false);
        },
      ),
    );
  });
});

describe('normaliseReference', () => {
  it('reads a reference typed in lower case with spaces', () => {
    expect(normaliseReference(' sef 7k3q 9d ')).toBe('SEF-7K3Q-9D');
  });
});
