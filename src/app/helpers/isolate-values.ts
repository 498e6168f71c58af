// Splits translated text around interpolated values so numbers can sit in their own left-to-right <bdi>.
export type TextPart = { text: string } | { value: string };

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Stand-ins for each value that no translation contains, to find where the values landed. */
export function markValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
}

export function splitAtValues(marked: string, values: Readonly<Record<string, string>>): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
  let last = 0;
  for (const match of marked.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: marked.slice(last, match.index) });
    const value = values[match[1]!];
    parts.push(value === undefined ? { text: '' } : { value });
    last = match.index + match[0].length;
  }
  if (last < marked.length) parts.push({ text: marked.slice(last) });
  return parts.filter((p) => !('text' in p) || p.text !== '');
}

/** The same text with the values put back, for reading aloud. */
export function joinParts(parts: readonly TextPart[]): string {
  return parts.map((p) => ('text' in p ? p.text : p.value)).join('');
}
