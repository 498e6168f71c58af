// Folds spelling variants so a search matches however people type: case and accents in Latin scripts;
// in Arabic script the alef/hamza forms, Persian and Arabic ye and kaf, Pashto/Urdu/Sorani letters, diacritics,
// tatweel, invisible joiners, and Arabic-Indic digits. Ethiopic text passes through unchanged, and so do the
// vowel signs of Indic scripts (Bengali, Gurmukhi, Devanagari): there they are letters, not accents.
const FOLD: Readonly<Record<string, string>> = {
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ٵ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ێ: 'ي',
  ے: 'ي',
  ۓ: 'ي',
  ة: 'ه',
  ۃ: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ە: 'ه',
  ۀ: 'ه',
  ك: 'ک',
  ڪ: 'ک',
  ګ: 'گ',
  ۆ: 'و',
  ۇ: 'و',
  ۋ: 'و',
  ڕ: 'ر',
  ړ: 'ر',
  ڵ: 'ل',
  ں: 'ن',
  ڼ: 'ن',
  ټ: 'ت',
  ډ: 'د',
  ښ: 'ش',
  ږ: 'ژ',
  ء: '',
  ـ: '',
  đ: 'd',
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
};
// Zero-width joiners and bidi marks carry no letters.
const INVISIBLE = /\u200D|[\u200B\u200E\u200F\u061C\u2066-\u2069\uFEFF]/g;
const MARKS = /(\P{M})(\p{M}+)/gu;
// Bengali, Gurmukhi, Devanagari and their neighbours: combining signs spell the vowel, so they stay.
const INDIC = /[\u0900-\u0DFF]/u;
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Lower case, no accents or diacritics, one spelling per Arabic-script letter. ZWNJ is kept for the tokenizer. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, (_all, base: string, marks: string) => (INDIC.test(base) ? base + marks : base))
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(ARABIC_DIGIT, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/\S/gu, (c) => FOLD[c] ?? c);
}

// Arabic article and the particles fused to it: "الطبيب", "للطبيب", "والطبيب" all mean a form of "طبيب".
const ARTICLE = /^(?:وال|بال|كال|کال|فال|لل|ال)(?=[\u0600-\u06FF]{3})/;

/** One search term from one word: normalised, with a leading Arabic article removed. */
export function stemTerm(word: string): string {
  return normaliseText(word)
    .replace(/\u200C/g, '')
    .replace(ARTICLE, '');
}
