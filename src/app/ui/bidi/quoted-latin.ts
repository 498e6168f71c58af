// Right-to-left sentences quote English words («evidence not seen»): isolated and kept on one line, the quote marks
// stay with their words instead of landing at the far end of a wrapped line. language/i18n.ts runs it as words load.
import { getLanguage, isLanguageCode } from '../../../shared/languages';

const FSI = '\u2068';
const PDI = '\u2069';
const NBSP = '\u00a0';
// A quoted run that holds Latin letters and no Arabic-script ones.
const QUOTED = /([«‹])([^«»‹›\u0600-\u06ff\u0750-\u077f]*[A-Za-z][^«»‹›\u0600-\u06ff\u0750-\u077f]*)([»›])/g;

/** «evidence not seen» → «⁨evidence not seen⁩» with no-break spaces; anything else is left as it is. */
export function isolateQuotedLatin(text: string): string {
  return text.replace(QUOTED, (_, open: string, inner: string, close: string) => `${open}${FSI}${inner.replace(/ /g, NBSP)}${PDI}${close}`);
}

/** A namespace's strings with quoted English isolated, for right-to-left languages only (others are returned as they are). */
export function isolateInStrings<T>(strings: T, lng: string): T {
  if (!isLanguageCode(lng) || getLanguage(lng).dir !== 'rtl') return strings;
  const walk = (value: unknown): unknown =>
    typeof value === 'string'
      ? isolateQuotedLatin(value)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]))
        : value;
  return walk(strings) as T;
}
