// An area's own sentences (its places, its bins) for an area locales/ does not know yet: the pack's English wording
// is the fallback, marked lang="en" where the page speaks another language. Translations in locales/ always win.
import type { TFunction } from '../language/translator';
import { i18n } from '../language/i18n';
import { areaContent, hasAreaContent } from './current-area';

type Options = Record<string, unknown> & { count?: number };

export interface AreaWords {
  t: TFunction;
  /** lang and dir for the element holding `key`'s sentence: set only when it shows the pack's English in another language */
  langOf: (key: string, count?: number) => { lang?: string; dir?: 'ltr' };
}

const NONE = () => ({});

/** Wraps `t` (from useT, in one namespace) so a key locales/ lacks shows the area pack's English words instead. */
export function areaWords(t: TFunction, area: string, ns: string): AreaWords {
  const words = hasAreaContent(area) ? areaContent(area).words[ns] : undefined;
  if (!words) return { t, langOf: NONE };
  // The words are English, so a counted sentence takes the English form (key_one for 1, key_other otherwise).
  const label = (key: string, count?: number) =>
    words[key] ?? (count === undefined ? undefined : words[`${key}_${count === 1 ? 'one' : 'other'}`]);
  const lng = t.lng ?? i18n.language;
  const wrapped = (key: string, options?: Options) => {
    const text = label(key, options?.count);
    return t(key, text === undefined ? options : { ...options, defaultValue: text });
  };
  return {
    t: wrapped as unknown as TFunction,
    langOf: (key, count) =>
      lng !== 'en' && label(key, count) !== undefined && !i18n.exists(key, { lng, ns, ...(count === undefined ? {} : { count }) })
        ? { lang: 'en', dir: 'ltr' }
        : {},
  };
}
