import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it.each(['=1+1', '+44 7700', '-2', '@SUM(A1)', '\tx', '\rx'])('defuses %j so a spreadsheet reads it as text', (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
  });
  it('writes dates as ISO and nothing as empty', () => {
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('"2026-01-02T03:04:05.000Z"');
    expect(csvCell(null)).toBe('""');
  });
  it('starts with a byte-order mark and ends rows with CRLF, keeping Arabic intact', () => {
    expect(toCsv(['a'], [['مرحبا']])).toBe('\uFEFF"a"\r\n"مرحبا"\r\n');
  });
});
