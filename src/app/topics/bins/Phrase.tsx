// A translated sentence whose values (dates, amounts, times) each sit in their own <bdi>,
// so a number or an English name keeps its order inside right-to-left text.
import type { TFunction } from '../../language/translator';
import type { ShownValue } from './rule-values';
import { ProperName } from '../../ui/say';

const OPEN = '\uE000';
const CLOSE = '\uE001';

export function Phrase({
  t,
  k,
  values,
  count,
}: {
  t: TFunction;
  k: string;
  values?: Readonly<Record<string, ShownValue>>;
  count?: number;
}) {
  const shown = values ?? {};
  const marked = Object.fromEntries(Object.keys(shown).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  const options: Record<string, string | number> = count === undefined ? marked : { ...marked, count };
  const text = t(k, options);
  const parts = text.split(new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`));
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const value = shown[part];
        if (!value) return null;
        return value.ltr ? (
          <bdi key={i} dir="ltr" class="ltr">
            {value.text}
          </bdi>
        ) : (
          <ProperName key={i} name={value.text} lang={value.lang} />
        );
      })}
    </>
  );
}
