// A page in another language carries only the English its own strings lack (the per-key fallback), not all of
// English: on a right-to-left GP page that was 4 KB of the 14 KB that must arrive in the first round trip.
import { deepFind } from './translator-lookup';

type Bundle = Record<string, unknown>;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

function has(bundle: Bundle | undefined, key: string): boolean {
  return typeof deepFind(bundle, key) === 'string';
}

/** True if `own` has a string for the key, in any plural form (a plural key falls back only when none is there). */
function covers(own: Bundle | undefined, key: string): boolean {
  if (has(own, key)) return true;
  const base = key.replace(PLURAL, '');
  return base !== key && (has(own, base) || FORMS.some((f) => has(own, `${base}_${f}`)));
}

/** The English strings `own` lacks, nested as in the file. */
export function englishGaps(english: Bundle, own: Bundle | undefined, prefix = '', out: Bundle = {}): Bundle {
  for (const [key, value] of Object.entries(english)) {
    const path = `${prefix}${key}`;
    if (value && typeof value === 'object') {
      const inner = englishGaps(value as Bundle, own, `${path}.`, {});
      if (Object.keys(inner).length) out[key] = inner;
    } else if (typeof value === 'string' && !covers(own, path)) out[key] = value;
  }
  return out;
}
