// Right-to-left sentences quote English words («evidence not seen»): isolated and kept on one line, the quote marks
// stay with their words instead of landing at the far end of a wrapped line. Runs on every translated string.
import type { PostProcessorModule } from 'i18next';
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

export const QUOTED_LATIN: PostProcessorModule = {
  type: 'postProcessor',
  name: 'quotedLatin',
  process(value: string, _key: string | string[], options: { lng?: string }, translator: { language?: string }): string {
    // A fixed-language t (LanguageScope) passes its language in the options.
    const lng = options.lng ?? translator.language;
    return isLanguageCode(lng) && getLanguage(lng).dir === 'rtl' ? isolateQuotedLatin(value) : value;
  },
};
