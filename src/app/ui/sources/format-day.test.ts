import { describe, expect, it } from 'vitest';
import { formatDay } from './format-day';

describe('page and check dates', () => {
  it('formats a calendar day in the reader’s language', () => {
    expect(formatDay('2019-12-01', 'en-GB')).toBe('1 December 2019');
  });
  it.each(['2020', 'September 2020', 'about early 2025', '2024/25'])('shows the free-text page date "%s" as written, never as 1 January', (text) => {
    expect(formatDay(text, 'en-GB')).toBe(text);
  });
});
