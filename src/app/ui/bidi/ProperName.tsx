// A Latin proper noun (area, council, organisation) inside translated text: isolated so it keeps its own order in
// right-to-left sentences, and each hyphenated word kept on one line ("Stockton-on-Tees", never "Stockton-/on-Tees").
// `sayNamed` puts such names into a translated sentence.
import type { ComponentChildren } from 'preact';
import type { TFunction } from 'i18next';
import { markValues, splitMarked } from '../say';

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
