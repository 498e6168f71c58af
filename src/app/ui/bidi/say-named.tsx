// A translated sentence with proper nouns put in as <ProperName>s: "مساعدة في Stockton-on-Tees" keeps its order
// and never breaks the name at its hyphens.
import type { ComponentChildren } from 'preact';
import type { TFunction } from 'i18next';
import { markValues, splitMarked } from '../say';
import { ProperName } from './ProperName';

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
