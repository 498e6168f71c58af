import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, formatLocalDateTime, formatUtcStamp, writeIcs } from './ics-writer';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('the iCalendar writer', () => {
  it('ends every line, the last too, with CRLF and has no bare line feeds', () => {
    const text = writeIcs({
      name: 'VCALENDAR',
      properties: [{ name: 'VERSION', value: '2.0' }],
      components: [{ name: 'VEVENT', properties: [] }],
    });
    expect(text).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 octets without cutting a character, and unfolding gives back the line', () => {
    fc.assert(
      // U+FFFD is how a cut character would show, so the input itself must not contain one.
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }).filter((t) => !t.includes('\uFFFD')),
        (text) => {
          const line = `SUMMARY;LANGUAGE=ps:${text}`;
          const folded = foldLine(line);
          for (const physical of folded.split('\r\n')) {
            expect(octets(physical)).toBeLessThanOrEqual(75);
            expect(physical).not.toContain('\uFFFD');
          }
          expect(unfold(folded)).toBe(line);
        },
      ),
    );
  });

  it('folds Pashto text on character boundaries', () => {
    const pashto = 'سبا د کثافاتو ورځ ده: نسواري بن (بیا کارول) او خړ بن (عمومي کثافات)، مهرباني وکړئ';
    const folded = foldLine(`SUMMARY:${pashto}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(unfold(folded)).toBe(`SUMMARY:${pashto}`);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text, reversibly', () => {
    expect(escapeText('cans, card; glass\\jars\nand paper')).toBe('cans\\, card\\; glass\\\\jars\\nand paper');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unescapeText(escapeText(s))).toBe(s.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('quotes parameter values that hold a colon, semicolon or comma', () => {
    const text = writeIcs({ name: 'X', properties: [{ name: 'ATTACH', value: 'a', params: { FMTTYPE: 'text/plain', X: 'a:b' } }] });
    expect(text).toContain('ATTACH;FMTTYPE=text/plain;X="a:b":a\r\n');
  });

  it('writes UTC stamps and local date-times in the basic format', () => {
    expect(formatUtcStamp(new Date(Date.UTC(2026, 10, 23, 9, 15, 7, 120)))).toBe('20261123T091507Z');
    expect(formatLocalDateTime('2026-11-23', 18, 0)).toBe('20261123T180000');
  });
});
