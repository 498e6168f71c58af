// Translated sentences whose numbers and amounts come from data, each value in its own left-to-right <bdi>.
import type { ComponentChildren } from 'preact';
import type { TFunction } from 'i18next';

export type SentencePart = { text: string } | { value: string };

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\w+)${CLOSE}`, 'g');

/** Stand-ins no translation contains, so we can find where each value landed after i18next interpolates. */
export function markValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
}

export function splitMarked(marked: string, values: Readonly<Record<string, string>>): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    if (m.index > last) parts.push({ text: marked.slice(last, m.index) });
    parts.push({ value: values[m[1]!] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < marked.length) parts.push({ text: marked.slice(last) });
  return parts;
}

/** `say(key)` renders one translated sentence with its values isolated left to right.
 * `counts` names, per sentence key, the value that picks its plural form (`key_one`, `key_other`…). */
export function sayWith(
  t: TFunction,
  values: Readonly<Record<string, string>>,
  counts: Readonly<Record<string, string>> = {},
): (key: string) => ComponentChildren {
  const marks = markValues(values);
  const optionsFor = (key: string): Record<string, string | number> =>
    counts[key] === undefined ? marks : { ...marks, count: Number(values[counts[key]]) };
  return (key) =>
    splitMarked(t(key, optionsFor(key)), values).map((part, i) =>
      'text' in part ? (
        part.text
      ) : (
        <bdi key={i} dir="ltr" class="ltr">
          {part.value}
        </bdi>
      ),
    );
}
