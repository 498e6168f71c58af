// Picks the best Waymark language for a browser's language list (navigator.languages order wins).
import { isLanguageCode, type LanguageCode } from './languages';

// Tags a browser may send that name one of our languages under another code.
const ALIASES: Record<string, LanguageCode> = {
  'fa-af': 'prs',
  prs: 'prs',
  pbt: 'ps',
  pus: 'ps',
  // Kurdish in Latin letters, and Kurdish with no script named, is Kurmanji (Turkey, Syria); Arabic letters are Sorani.
  ku: 'kmr',
  'ku-latn': 'kmr',
  kur: 'kmr',
  'ku-arab': 'ckb',
  'ku-iq': 'ckb',
  'ku-ir': 'ckb',
  sor: 'ckb',
  // Every Chinese tag reaches the simplified script, the only Chinese Waymark has.
  zh: 'zh-Hans',
  'zh-hans': 'zh-Hans',
  cmn: 'zh-Hans',
  chi: 'zh-Hans',
  zho: 'zh-Hans',
  // Punjabi in Shahmukhi (Pakistan) is written in Urdu's script; Gurmukhi would not serve its readers.
  'pa-arab': 'ur',
  'pa-pk': 'ur',
  pan: 'pa',
  pnb: 'ur',
  syl: 'bn',
  ben: 'bn',
  hin: 'hi',
  orm: 'om',
  gaz: 'om',
  spa: 'es',
  tur: 'tr',
  per: 'fa',
  fas: 'fa',
  ara: 'ar',
  tir: 'ti',
  amh: 'am',
  alb: 'sq',
  sqi: 'sq',
  urd: 'ur',
  som: 'so',
  vie: 'vi',
  fre: 'fr',
  fra: 'fr',
  eng: 'en',
};

export function matchLanguage(candidates: readonly string[], fallback: LanguageCode = 'en'): LanguageCode {
  for (const raw of candidates) {
    const found = matchOne(raw);
    if (found) return found;
  }
  return fallback;
}

export function matchOne(raw: string): LanguageCode | undefined {
  const tag = raw.trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return undefined;
  const parts = tag.split('-');
  // Most specific first: "fa-AF" must reach Dari before "fa" reaches Farsi.
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('-');
    const alias = ALIASES[prefix];
    if (alias) return alias;
    if (isLanguageCode(prefix)) return prefix;
  }
  return undefined;
}

/** An Accept-Language header's tags, most wanted first (a tag with q=0 is refused); junk is skipped, never thrown on. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .slice(0, 32)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => /^\s*q\s*=/.test(p));
      return { tag: tag.trim(), q: q === undefined ? 1 : /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/.test(q) ? Number(q.split('=')[1]) : 0, i };
    })
    .filter((l) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(l.tag) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}
