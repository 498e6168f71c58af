// Every language Waymark speaks. `code` is used in URLs and locale folders; `bcp47` goes in <html lang>.
export type Direction = 'ltr' | 'rtl';

export interface Language {
  code: string;
  bcp47: string;
  endonym: string;
  english: string;
  dir: Direction;
  /** false while the text is machine-made and not yet checked by a fluent speaker */
  reviewed: boolean;
}

export const LANGUAGES = [
  { code: 'en', bcp47: 'en-GB', endonym: 'English', english: 'English', dir: 'ltr', reviewed: true },
  { code: 'ar', bcp47: 'ar', endonym: 'العربية', english: 'Arabic', dir: 'rtl', reviewed: false },
  { code: 'fa', bcp47: 'fa', endonym: 'فارسی', english: 'Farsi', dir: 'rtl', reviewed: false },
  { code: 'prs', bcp47: 'fa-AF', endonym: 'دری', english: 'Dari', dir: 'rtl', reviewed: false },
  { code: 'ps', bcp47: 'ps', endonym: 'پښتو', english: 'Pashto', dir: 'rtl', reviewed: false },
  { code: 'ckb', bcp47: 'ckb', endonym: 'کوردیی ناوەندی', english: 'Kurdish Sorani', dir: 'rtl', reviewed: false },
  { code: 'ur', bcp47: 'ur', endonym: 'اردو', english: 'Urdu', dir: 'rtl', reviewed: false },
  { code: 'ti', bcp47: 'ti', endonym: 'ትግርኛ', english: 'Tigrinya', dir: 'ltr', reviewed: false },
  { code: 'am', bcp47: 'am', endonym: 'አማርኛ', english: 'Amharic', dir: 'ltr', reviewed: false },
  { code: 'sq', bcp47: 'sq', endonym: 'Shqip', english: 'Albanian', dir: 'ltr', reviewed: false },
  { code: 'fr', bcp47: 'fr', endonym: 'Français', english: 'French', dir: 'ltr', reviewed: false },
  { code: 'vi', bcp47: 'vi', endonym: 'Tiếng Việt', english: 'Vietnamese', dir: 'ltr', reviewed: false },
  { code: 'so', bcp47: 'so', endonym: 'Soomaali', english: 'Somali', dir: 'ltr', reviewed: false },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function getLanguage(code: LanguageCode): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}
