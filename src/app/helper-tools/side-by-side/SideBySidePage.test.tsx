import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeAll, describe, expect, it } from 'vitest';
import { SideBySidePage } from './SideBySidePage';
import { FIXTURE_BODIES, installFixtureStrings, loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { TopicBodiesContext } from '../topic-body/topic-body';

function open(url: string, lang: string) {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <TopicBodiesContext.Provider value={FIXTURE_BODIES}>
        <SideBySidePage lang={lang} area="sefton" topic="side-by-side" />
      </TopicBodiesContext.Provider>
    </LocationProvider>,
  );
}

describe('SideBySidePage', () => {
  beforeAll(loadHelperStrings);
  beforeAll(installFixtureStrings);

  it('shows the topic in the person’s language beside English, each column with its own lang and dir', async () => {
    open('/ar/sefton/side-by-side?topic=gp&with=en', 'ar');
    const arabic = await screen.findByRole('region', { name: 'العربية' });
    const english = screen.getByRole('region', { name: 'English' });
    expect([arabic.getAttribute('lang'), arabic.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect([english.getAttribute('lang'), english.getAttribute('dir')]).toEqual(['en-GB', 'ltr']);
    await waitFor(() =>
      expect(
        within(arabic)
          .getAllByRole('heading')
          .map((h) => h.textContent),
      ).toContain('اتصل للمساعدة'),
    );
    expect(
      within(english)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toContain('Call for help');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('switches the second language from the picker', async () => {
    open('/ar/sefton/side-by-side?topic=gp&with=en', 'ar');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Second language' }), { target: { value: 'ti' } });
    await waitFor(() => expect(location.search).toBe('?topic=gp&with=ti'));
    const tigrinya = await screen.findByRole('region', { name: 'ትግርኛ' });
    expect([tigrinya.getAttribute('lang'), tigrinya.getAttribute('dir')]).toEqual(['ti', 'ltr']);
  });

  it('offers only topics that have text, and falls back to the first when the address names another', async () => {
    open('/en/sefton/side-by-side?topic=nope', 'en');
    const picker = await screen.findByRole('combobox', { name: 'Topic' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['gp', 'esol']);
    expect((picker as HTMLSelectElement).value).toBe('gp');
  });
});
