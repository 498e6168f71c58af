import { describe, expect, it } from 'vitest';
import { sourceEntries } from './source-groups';

const gov = { publisher: 'GOV.UK', title: 'GOV.UK', url: 'https://www.gov.uk/a' };
const nhs = { publisher: 'NHS', title: 'NHS', url: 'https://www.nhs.uk/b' };

describe('source entries', () => {
  it('lists each page once, in first-cited order, with the oldest check of the facts citing it', () => {
    const entries = sourceEntries([
      { sources: [gov], checked: '2026-11-23' },
      { sources: [nhs, gov], checked: '2025-01-05' },
    ]);
    expect(entries.map((e) => [e.source.title, e.checked])).toEqual([
      ['GOV.UK', '2025-01-05'],
      ['NHS', '2025-01-05'],
    ]);
  });
  it('marks a page that backs a fact shown with a caveat', () => {
    const entries = sourceEntries([
      { sources: [gov], checked: '2026-11-23' },
      { sources: [gov], checked: '2026-11-23', caveat: 'check' },
      { sources: [nhs], checked: '2026-11-23' },
    ]);
    expect(entries.map((e) => e.caveat)).toEqual([true, false]);
  });
});
