// The words people meet in Home Office letters and calls: each glossary entry's anchor id, the English word as
// letters print it (never translated, so people recognise it), and the spellings that mean a page uses the word.

export interface GlossaryTerm {
  /** anchor on the glossary page and top-level key in locales/<lng>/words.json */
  id: string;
  /** the word as it appears in English letters */
  english: string;
  /** how an English page may write the word; any match means the page must link the term */
  spellings: readonly RegExp[];
  /** who to ask when the meaning depends on the person's case */
  ask?: 'migrantHelp' | 'adviser';
}

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  { id: 'section95', english: 'Section 95 support', spellings: [/\bsection 95\b/i, /\bs\.? ?95\b/i] },
  { id: 'section4', english: 'Section 4 support', spellings: [/\bsection 4\b/i, /\bs\.? ?4\b(?![.,]\d)/i], ask: 'migrantHelp' },
  { id: 'section98', english: 'Section 98 support', spellings: [/\bsection 98\b/i, /\bs\.? ?98\b/i], ask: 'migrantHelp' },
  { id: 'aspen', english: 'ASPEN card', spellings: [/\baspen\b/i] },
  { id: 'hc2', english: 'HC2 certificate', spellings: [/\bHC2\b/i] },
  { id: 'arc', english: 'ARC (Application Registration Card)', spellings: [/\bARC\b/, /\bapplication registration card\b/i] },
  { id: 'evisa', english: 'eVisa', spellings: [/\be-?visas?\b/i] },
  { id: 'grantLetter', english: 'Grant letter', spellings: [/\bgrant letter\b/i], ask: 'migrantHelp' },
  { id: 'moveOn', english: 'Move-on period', spellings: [/\bmove-on\b/i, /\bmove on (period|from)\b/i], ask: 'migrantHelp' },
  { id: 'noticeToQuit', english: 'Notice to quit', spellings: [/\bnotice to quit\b/i], ask: 'migrantHelp' },
  {
    id: 'furtherSubmissions',
    english: 'Further submissions (fresh claim)',
    spellings: [/\bfurther submissions?\b/i, /\bfresh claims?\b/i],
    ask: 'adviser',
  },
  { id: 'esol', english: 'ESOL', spellings: [/\bESOL\b/i] },
  { id: 'dispersal', english: 'Dispersal accommodation', spellings: [/\bdispers(al|ed)\b/i] },
  { id: 'initialAccommodation', english: 'Initial accommodation', spellings: [/\binitial accommodation\b/i] },
];

export function findGlossaryTerm(id: string): GlossaryTerm | undefined {
  return GLOSSARY_TERMS.find((t) => t.id === id);
}

/** The glossary terms a piece of English text uses, in glossary order. */
export function termsIn(text: string): string[] {
  return GLOSSARY_TERMS.filter((t) => t.spellings.some((s) => s.test(text))).map((t) => t.id);
}
