// Translated sentences whose numbers and amounts come from data, each value in its own left-to-right <bdi>; and Latin
// proper nouns (area, council, organisation) put in isolated, each hyphenated word kept whole ("Stockton-on-Tees").
// One module, so pages that use them share one chunk.
import type { ComponentChildren } from 'preact';
import type { TFunction } from '../language/translator';

export type SentencePart = { text: string } | { value: string };

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\w+)${CLOSE}`, 'g');

/** Stand-ins no translation contains, so we can find where each value landed after the translator interpolates. */
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

/** Splits a name at its spaces; parts with a hyphen are kept whole. */
export function nameParts(name: string): { text: string; whole: boolean }[] {
  return name
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((text) => ({ text, whole: text.includes('-') }));
}

export function ProperName({ name, lang = 'en' }: { name: string; lang?: string }) {
  return (
    <bdi lang={lang} class="proper-name">
      {nameParts(name).map((part, i) =>
        part.whole ? (
          <span key={i} class="nowrap">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </bdi>
  );
}

export function sayNamed(
  t: TFunction,
  key: string,
  names: Readonly<Record<string, string>>,
  values: Readonly<Record<string, string>> = {},
): ComponentChildren {
  return splitMarked(String(t(key, { ...values, ...markValues(names) })), names).map((part, i) =>
    'text' in part ? part.text : <ProperName key={i} name={part.value} />,
  );
}
