// Every language Waymark speaks. `code` is used in URLs and locale folders; `bcp47` goes in <html lang>.
export type Direction = 'ltr' | 'rtl';
/** ISO 15924 script of the written text; the picker and the print fonts use it. */
export type Script = 'Latn' | 'Arab' | 'Ethi' | 'Beng' | 'Guru' | 'Deva' | 'Hans';

export interface Language {
  code: string;
  bcp47: string;
  endonym: string;
  english: string;
  dir: Direction;
  script: Script;
  /** said under the name in the language picker where two languages could be confused */
  pickerNote?: string;
  /** false while the text is machine-made and not yet checked by a fluent speaker */
  reviewed: boolean;
}

export const LANGUAGES = [
  { code: 'en', bcp47: 'en-GB', endonym: 'English', english: 'English', dir: 'ltr', script: 'Latn', reviewed: true },
  { code: 'ar', bcp47: 'ar', endonym: 'العربية', english: 'Arabic', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'fa', bcp47: 'fa', endonym: 'فارسی', english: 'Farsi', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'prs', bcp47: 'fa-AF', endonym: 'دری', english: 'Dari', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'ps', bcp47: 'ps', endonym: 'پښتو', english: 'Pashto', dir: 'rtl', script: 'Arab', reviewed: false },
  {
    code: 'ckb',
    bcp47: 'ckb',
    endonym: 'کوردیی ناوەندی',
    english: 'Kurdish Sorani',
    dir: 'rtl',
    script: 'Arab',
    pickerNote: 'Arabic letters: ک ڕ ێ',
    reviewed: false,
  },
  {
    code: 'kmr',
    bcp47: 'ku-Latn',
    endonym: 'Kurdî (Kurmancî)',
    english: 'Kurdish Kurmanji',
    dir: 'ltr',
    script: 'Latn',
    pickerNote: 'Latin letters: ç ê ş',
    reviewed: false,
  },
  { code: 'ur', bcp47: 'ur', endonym: 'اردو', english: 'Urdu', dir: 'rtl', script: 'Arab', reviewed: false },
  { code: 'ti', bcp47: 'ti', endonym: 'ትግርኛ', english: 'Tigrinya', dir: 'ltr', script: 'Ethi', reviewed: false },
  { code: 'am', bcp47: 'am', endonym: 'አማርኛ', english: 'Amharic', dir: 'ltr', script: 'Ethi', reviewed: false },
  { code: 'sq', bcp47: 'sq', endonym: 'Shqip', english: 'Albanian', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'fr', bcp47: 'fr', endonym: 'Français', english: 'French', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'vi', bcp47: 'vi', endonym: 'Tiếng Việt', english: 'Vietnamese', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'so', bcp47: 'so', endonym: 'Soomaali', english: 'Somali', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'om', bcp47: 'om', endonym: 'Afaan Oromoo', english: 'Oromo', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'bn', bcp47: 'bn', endonym: 'বাংলা', english: 'Bengali', dir: 'ltr', script: 'Beng', reviewed: false },
  { code: 'pa', bcp47: 'pa-Guru', endonym: 'ਪੰਜਾਬੀ', english: 'Punjabi', dir: 'ltr', script: 'Guru', reviewed: false },
  { code: 'hi', bcp47: 'hi', endonym: 'हिन्दी', english: 'Hindi', dir: 'ltr', script: 'Deva', reviewed: false },
  {
    code: 'zh-Hans',
    bcp47: 'zh-Hans',
    endonym: '中文（简体）',
    english: 'Chinese (simplified)',
    dir: 'ltr',
    script: 'Hans',
    reviewed: false,
  },
  { code: 'es', bcp47: 'es', endonym: 'Español', english: 'Spanish', dir: 'ltr', script: 'Latn', reviewed: false },
  { code: 'tr', bcp47: 'tr', endonym: 'Türkçe', english: 'Turkish', dir: 'ltr', script: 'Latn', reviewed: false },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function getLanguage(code: LanguageCode): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}
