// Human-friendly report references, e.g. SEF-7K3Q-9D: area prefix, five random characters and a check
// character, from an alphabet without 0/O, 1/I/L or U so they survive being read out over the phone.

export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
// Weights coprime with 30, so any single mistyped character changes the check.
const WEIGHTS = [1, 7, 11, 13, 17];
const N = REFERENCE_ALPHABET.length;

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += REFERENCE_ALPHABET.indexOf(body[i]!) * WEIGHTS[i]!;
  return REFERENCE_ALPHABET[sum % N]!;
}

/** randomByte() must return uniform integers 0–255; bytes ≥ 240 are rejected to keep the draw uniform. */
export function createReference(prefix: string, randomByte: () => number): string {
  let body = '';
  while (body.length < 5) {
    const b = randomByte();
    if (b < 240) body += REFERENCE_ALPHABET[b % N];
  }
  return `${prefix}-${body.slice(0, 4)}-${body[4]}${checkCharacter(body)}`;
}

/** Uppercases and drops spaces, so "sef 7k3q 9d" finds SEF-7K3Q-9D. */
export function normaliseReference(input: string): string {
  const compact = input.toUpperCase().replace(/[\s-]+/g, '');
  const m = /^([A-Z]{3})([0-9A-Z]{4})([0-9A-Z]{2})$/.exec(compact);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : input.trim().toUpperCase();
}

export function isValidReference(reference: string): boolean {
  const m = /^[A-Z]{3}-([0-9A-Z]{4})-([0-9A-Z])([0-9A-Z])$/.exec(reference);
  if (!m) return false;
  const body = m[1]! + m[2]!;
  if ([...body].some((ch) => !REFERENCE_ALPHABET.includes(ch))) return false;
  return checkCharacter(body) === m[3];
}
