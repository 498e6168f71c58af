// gettext PO files for translators (Poedit, Weblate, Lokalize, OmegaT read them): one file per language,
// one entry per string, msgctxt "namespace:key". Pure: writing and strict reading, with line numbers in every error.

export interface PoEntry {
  ctxt: string;
  id: string;
  str: string;
  fuzzy: boolean;
  /** extracted comments (#.) shown to the translator */
  notes: string[];
  line: number;
}

export class PoError extends Error {}

const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');

function quoted(keyword: string, value: string): string {
  if (!value.includes('\n')) return `${keyword} "${escape(value)}"`;
  const parts = value.split(/(?<=\n)/);
  return [`${keyword} ""`, ...parts.map((p) => `"${escape(p)}"`)].join('\n');
}

export function writePo(header: Record<string, string>, entries: Omit<PoEntry, 'line'>[]): string {
  const head = Object.entries(header)
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
  const blocks = [`msgid ""\n${quoted('msgstr', head)}`];
  for (const e of entries) {
    const lines = [
      ...e.notes.map((n) => `#. ${n}`),
      ...(e.fuzzy ? ['#, fuzzy'] : []),
      quoted('msgctxt', e.ctxt),
      quoted('msgid', e.id),
      quoted('msgstr', e.str),
    ];
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

function unescape(body: string, line: number): string {
  return body.replace(/\\(.)/g, (_, c: string) => {
    const map: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
    if (!(c in map)) throw new PoError(`Line ${line}: "\\${c}" is not an escape a PO file may use.`);
    return map[c]!;
  });
}

const STRING = /^"((?:[^"\\]|\\.)*)"$/;

/** Reads a PO file or throws PoError naming the first line that is not PO. Plural entries (msgid_plural) are refused. */
export function parsePo(text: string): { header: Record<string, string>; entries: PoEntry[] } {
  if (text.includes('\u0000')) throw new PoError('This is not a text file.');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: PoEntry[] = [];
  let current: Partial<PoEntry> & { notes: string[]; fuzzy: boolean } = { notes: [], fuzzy: false };
  let field: 'ctxt' | 'id' | 'str' | null = null;
  const finish = (at: number) => {
    if (current.id === undefined && current.str === undefined && current.ctxt === undefined) return;
    if (current.id === undefined || current.str === undefined) throw new PoError(`Line ${at}: an entry needs both msgid and msgstr.`);
    entries.push({
      ctxt: current.ctxt ?? '',
      id: current.id,
      str: current.str,
      fuzzy: current.fuzzy,
      notes: current.notes,
      line: current.line ?? at,
    });
    current = { notes: [], fuzzy: false };
    field = null;
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === '') return finish(n);
    if (line.startsWith('#~')) return;
    if (line.startsWith('#')) {
      if (current.str !== undefined) finish(n);
      if (line.startsWith('#,')) current.fuzzy ||= /\bfuzzy\b/.test(line);
      else if (line.startsWith('#.')) current.notes.push(line.slice(2).trim());
      return;
    }
    const m = /^(msgctxt|msgid|msgstr|msgid_plural|msgstr\[\d+\])\s+(".*")$/.exec(line);
    if (m) {
      const keyword = m[1]!;
      if (keyword === 'msgid_plural' || keyword.startsWith('msgstr['))
        throw new PoError(`Line ${n}: plural entries are not used; each plural form is its own entry.`);
      const next = keyword === 'msgctxt' ? 'ctxt' : keyword === 'msgid' ? 'id' : 'str';
      if (next !== 'str' && current.str !== undefined) finish(n);
      if (current[next] !== undefined) throw new PoError(`Line ${n}: a second ${keyword} in one entry.`);
      const s = STRING.exec(m[2]!);
      if (!s) throw new PoError(`Line ${n}: the text after ${keyword} must be one "quoted" string.`);
      current[next] = unescape(s[1]!, n);
      current.line ??= n;
      field = next;
      return;
    }
    const s = STRING.exec(line);
    if (s && field) {
      current[field] += unescape(s[1]!, n);
      return;
    }
    throw new PoError(`Line ${n}: "${line.slice(0, 40)}" is not PO (expected msgctxt, msgid, msgstr, a "quoted" line or a # comment).`);
  });
  finish(lines.length);
  const [first, ...rest] = entries;
  if (!first || first.id !== '') throw new PoError('The file has no PO header (an entry with msgid "" first).');
  const header = Object.fromEntries(
    first.str
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { header, entries: rest };
}
