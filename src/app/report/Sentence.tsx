// A translated sentence whose values (numbers, references) come from data and read left to right.
import type { TFunction } from '../language/translator';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\w+)${CLOSE}`, 'g');

export function Sentence({ t, k, values, count }: { t: TFunction; k: string; values: Readonly<Record<string, string>>; count?: number }) {
  const marks = Object.fromEntries(Object.keys(values).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  const options: Record<string, string | number> = count === undefined ? marks : { ...marks, count };
  const text = t(k, options);
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
