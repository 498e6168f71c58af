import { describe, expect, it } from 'vitest';
import { joinParts, markValues, splitAtValues } from './isolate-values';

describe('values inside translated text', () => {
  const values = { phone: '0808 8010 503', hours: '24' };
  // What i18next returns when the stand-ins are interpolated into a right-to-left sentence.
  const interpolate = (template: string, v: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => v[k] ?? '');

  it('cuts the text where each value sits, keeping the words around it', () => {
    const marked = interpolate('اتصل على {{phone}} مجاناً، {{hours}} ساعة', markValues(values));
    expect(splitAtValues(marked, values)).toEqual([
      { text: 'اتصل على ' },
      { value: '0808 8010 503' },
      { text: ' مجاناً، ' },
      { value: '24' },
      { text: ' ساعة' },
    ]);
  });

  it('gives the plain sentence back for reading aloud', () => {
    const marked = interpolate('Call {{phone}}.', markValues(values));
    expect(joinParts(splitAtValues(marked, values))).toBe('Call 0808 8010 503.');
  });

  it('returns text without values untouched', () => {
    expect(splitAtValues('No numbers here', {})).toEqual([{ text: 'No numbers here' }]);
  });
});
