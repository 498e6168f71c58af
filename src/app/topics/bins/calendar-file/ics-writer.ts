// A small RFC 5545 (iCalendar) writer: text escaping, parameter quoting, folding at 75 octets, CRLF.
// Written here rather than taken from the `ics` package: that one adds about 24 KB gzip (yup, nanoid) and has no TZID.
import type { IsoDate } from '../../../content/bins/bin-rules';

export interface IcsProperty {
  name: string;
  value: string;
  params?: Readonly<Record<string, string>>;
}

export interface IcsComponent {
  name: string;
  properties: readonly IcsProperty[];
  components?: readonly IcsComponent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Parameter values with : ; or , must be quoted; quotes themselves are not allowed. */
function paramValue(value: string): string {
  const clean = value.replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets continue on the next line after CRLF and one space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (used + size > MAX_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += char;
    used += size;
  }
  return out;
}

function contentLine({ name, value, params }: IcsProperty): string {
  const p = Object.entries(params ?? {})
    .map(([k, v]) => `;${k}=${paramValue(v)}`)
    .join('');
  return foldLine(`${name}${p}:${value}`);
}

function componentLines(c: IcsComponent): string[] {
  return [`BEGIN:${c.name}`, ...c.properties.map(contentLine), ...(c.components ?? []).flatMap(componentLines), `END:${c.name}`];
}

/** The whole file: every line ends with CRLF, the last one too. */
export function writeIcs(calendar: IcsComponent): string {
  return componentLines(calendar).join(CRLF) + CRLF;
}

/** DATE-TIME in UTC, as DTSTAMP needs: 20261123T091500Z. */
export function formatUtcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Local DATE-TIME for use with a TZID parameter: 20261123T180000. */
export function formatLocalDateTime(date: IsoDate, hour: number, minute: number): string {
  return `${date.replace(/-/g, '')}T${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}00`;
}
