import { render, screen, waitFor } from '@testing-library/preact';
import { afterAll, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/common.json';
import ti from '../../../locales/ti/common.json';
import tiSafety from '../../../locales/ti/safety.json';
import { i18n } from './i18n';
import { MissingLanguageNote } from './MissingLanguageNote';
import { useMissingLanguage } from './use-missing-language';
import { useT } from './use-t';

function Page() {
  const { t, bcp47, dir } = useT();
  const missing = useMissingLanguage('ti');
  return (
    <>
      {missing && <MissingLanguageNote />}
      <p data-testid="words" lang={bcp47} dir={dir}>
        {t('nav.home')}
      </p>
    </>
  );
}

afterAll(() => i18n.changeLanguage('en'));

describe('a language whose strings are not on the phone', () => {
  it('shows English marked as English, says why in the chosen language, keeps the choice, and fetches it when online', async () => {
    const read = i18n.read.bind(i18n);
    // Offline: only the small safety file (precached for every language) can be read.
    const spy = vi
      .spyOn(i18n, 'read')
      .mockImplementation((lng, ns) => (lng === 'ti' && ns !== 'safety' ? Promise.reject(new Error('offline')) : read(lng, ns)));
    await i18n.changeLanguage('ti');
    render(<Page />);
    const note = await screen.findByRole('status');
    expect(note.textContent).toBe(tiSafety.language.notSaved);
    expect(note.getAttribute('lang')).toBe('ti');
    const words = screen.getByTestId('words');
    expect(words.textContent).toBe(en.nav.home);
    expect(words.getAttribute('lang')).toBe('en-GB');
    expect(words.getAttribute('dir')).toBe('ltr');
    expect(document.documentElement.lang).toBe('en-GB');
    expect(i18n.language).toBe('ti');

    spy.mockRestore();
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.getByTestId('words').textContent).toBe(ti.nav.home));
    expect(screen.getByTestId('words').getAttribute('lang')).toBe('ti');
    await waitFor(() => expect(document.documentElement.lang).toBe('ti'));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
