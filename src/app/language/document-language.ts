import { getLanguage, type LanguageCode } from '../../shared/languages';

/** Sets <html lang dir>; public/boot.js does the same before first paint. */
export function applyDocumentLanguage(code: LanguageCode, doc: Document = document): void {
  const lang = getLanguage(code);
  doc.documentElement.lang = lang.bcp47;
  doc.documentElement.dir = lang.dir;
}
