// A translated sentence whose values (numbers, references) come from data and read left to right.
import type { TFunction } from 'i18next';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\w+)${CLOSE}`, 'g');

export function Sentence({ t, k, values }: { t: TFunction; k: string; values: Readonly<Record<string, string>> }) {
  const marks = Object.fromEntries(Object.keys(values).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  const text = t(k, marks);
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(
      <bdi key={m.index} dir="ltr" class="ltr">
        {values[m[1]!] ?? ''}
      </bdi>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
