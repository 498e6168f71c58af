import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from './i18n';
import { reviewedNoteFor } from './ReviewedNote';
import { showStale } from './translation-status';

vi.mock('virtual:translation-status', () => ({
  STATUS: {
    fr: () => Promise.resolve({ default: { stale: [], reviewed: ['common', 'content', 'dates', 'health', 'helpers'] } }),
    ar: () => Promise.resolve({ default: { stale: ['common:nav.skip'], reviewed: ['common', 'content', 'dates', 'helpers'] } }),
  },
}));

const strings = (lng: string, ns: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'locales', lng, `${ns}.json`), 'utf8')) as Record<string, unknown>;

beforeAll(() => {
  for (const lng of ['en', 'ar', 'fr']) i18n.addResourceBundle(lng, 'common', strings(lng, 'common'), true);
});

describe('out-of-date translations', () => {
  it('show the English beside them, isolated for right-to-left text, and only in the language marked', () => {
    const arabic = i18n.getFixedT('ar', 'common')('nav.home');
    const french = i18n.getFixedT('fr', 'common')('nav.home');
    showStale('ar', ['common:nav.home']);
    expect(i18n.getFixedT('ar', 'common')('nav.home')).toBe(`${arabic} \u2068[EN: Home]\u2069`);
    expect(i18n.getFixedT('fr', 'common')('nav.home')).toBe(french);
    expect(i18n.getFixedT('en', 'common')('nav.home')).toBe('Home');
  });

  it('say "checked by a fluent speaker" only on a page whose every namespace was reviewed', async () => {
    expect(await reviewedNoteFor('fr', '/fr/sefton/gp')).not.toBeNull();
    expect(await reviewedNoteFor('fr', '/fr/sefton/bins')).toBeNull();
    expect(await reviewedNoteFor('fr', '/fr/sefton/')).toBeNull();
  });

  it('mark the strings the build lists as out of date once the status arrives', async () => {
    const { loadTranslationStatus } = await import('./translation-status');
    expect(i18n.getFixedT('ar', 'common')('nav.skip')).not.toContain('[EN:');
    await loadTranslationStatus('ar');
    expect(i18n.getFixedT('ar', 'common')('nav.skip')).toContain('[EN: Skip to main content]');
    expect(await reviewedNoteFor('ar', '/ar/sefton/gp')).toBeNull();
  });
});
