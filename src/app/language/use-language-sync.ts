// Keeps the translator, <html lang dir> and the remembered choice in step with the language in the URL.
import { useEffect } from 'preact/hooks';
import type { LanguageCode } from '../../shared/languages';
import { savedLanguage, saveLanguage } from '../storage/prefs';
import { applyDocumentLanguage } from './document-language';
import { i18n } from './i18n';
import { keepLanguageCached } from '../offline/sw-bridge';

export function useLanguageSync(lang: LanguageCode | undefined): void {
  useEffect(() => {
    if (!lang) return;
    applyDocumentLanguage(lang);
    // A shared link sets the language only for someone who has not chosen one yet.
    if (!savedLanguage()) saveLanguage(lang);
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    keepLanguageCached(lang);
  }, [lang]);
}
