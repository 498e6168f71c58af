import type { LanguageCode } from '../../shared/languages';
import { savedLanguage } from '../storage/prefs';
import { matchLanguage, matchOne } from '../../shared/match-language';

/** The language for the first render: the URL's, then the remembered one, then the browser's. */
export function initialLanguage(path: string, browser: readonly string[]): LanguageCode {
  const first = path.split('/').filter(Boolean)[0];
  const fromUrl = first ? matchOne(first) : undefined;
  return fromUrl ?? savedLanguage() ?? matchLanguage(browser);
}
