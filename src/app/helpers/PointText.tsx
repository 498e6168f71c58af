import type { TFunction } from 'i18next';
import { joinParts, markValues, splitAtValues, type TextPart } from './isolate-values';

export function translateParts(t: TFunction, key: string, values: Readonly<Record<string, string>> = {}): TextPart[] {
  return splitAtValues(String(t(key, markValues(values))), values);
}

export function translatePlain(t: TFunction, key: string, values: Readonly<Record<string, string>> = {}): string {
  return joinParts(translateParts(t, key, values));
}

/** Translated text with each number or address in its own left-to-right island. */
export function PointText({ t, k, values }: { t: TFunction; k: string; values?: Readonly<Record<string, string>> | undefined }) {
  return (
    <>
      {translateParts(t, k, values).map((part, i) =>
        'text' in part ? (
          part.text
        ) : (
          <bdi key={i} dir="ltr" class="ltr">
            {part.value}
          </bdi>
        ),
      )}
    </>
  );
}
