import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ar from '../../../../locales/ar/dates.json';
import { LeafletPage } from './LeafletPage';
import { FIXTURE_BODIES, installFixtureStrings, loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { TopicBodiesContext } from '../topic-body/topic-body';

// The QR encoder arrives only when the test lets it: the page must be drawn, and live, without it.
const encoder = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((done) => (arrive = done));
  return { arrive, arrived };
});
vi.mock('../hand-over/QrCode', async (original) => {
  await encoder.arrived;
  return original();
});

function open(url: string, lang: string) {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <TopicBodiesContext.Provider value={FIXTURE_BODIES}>
        <LeafletPage lang={lang} area="sefton" topic="leaflet" />
      </TopicBodiesContext.Provider>
    </LocationProvider>,
  );
}

describe('LeafletPage', () => {
  beforeAll(loadHelperStrings);
  beforeAll(installFixtureStrings);
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('draws the cover with a place for the QR code, then the code once its encoder has arrived', async () => {
    const { container } = open('/en/sefton/leaflet?topics=gp&with=ar', 'en');
    const url = `${location.origin}/en/sefton/`;
    await screen.findByRole('region', { name: 'English' });
    expect(screen.queryByRole('img', { name: url })).toBeNull();
    expect(container.querySelector('.leaflet-qr .qr-code')?.getAttribute('aria-hidden')).toBe('true');
    encoder.arrive();
    const qr = await screen.findByRole('img', { name: url });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+/);
    expect(container.querySelectorAll('.leaflet-qr .qr-code')).toHaveLength(1);
  });

  it('lays out each chosen topic in the person’s language beside English, each with its own lang and dir', async () => {
    open('/ar/sefton/leaflet?topics=gp&with=en', 'ar');
    const arabic = await screen.findByRole('region', { name: 'العربية' });
    const english = screen.getByRole('region', { name: 'English' });
    expect([arabic.getAttribute('lang'), arabic.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect([english.getAttribute('lang'), english.getAttribute('dir')]).toEqual(['en-GB', 'ltr']);
    await waitFor(() => expect(within(arabic).getByRole('heading', { name: 'زيارة الطبيب' })).toBeTruthy());
    // Each column's strings arrive on their own: English may come after Arabic.
    expect(await within(english).findByRole('heading', { name: 'See a doctor' })).toBeTruthy();
    // Only the first copy keeps the section ids that links jump to.
    expect(arabic.querySelector('#doctor')).not.toBeNull();
    expect(english.querySelector('[id]')).toBeNull();
  });

  it('writes the printed date in each language as the app writes every date, not as YYYY-MM-DD', async () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 10, 0), toFake: ['Date'] });
    open('/ar/sefton/leaflet?topics=gp&with=en', 'ar');
    await waitFor(() => expect(document.querySelector('.leaflet-cover')?.textContent).toContain('24 November 2026'));
    const parts = [...document.querySelectorAll('.leaflet-cover .paired-part')].map((p) => p.textContent ?? '');
    expect(parts.some((p) => p.includes(`24 ${ar.month['11']} 2026`))).toBe(true);
    expect(parts.some((p) => p.includes('2026-11-24'))).toBe(false);
  });

  it('adds the first-visit checklist with empty boxes to tick by hand', async () => {
    open('/en/sefton/leaflet?topics=checklist&with=ar', 'en');
    const heading = await screen.findByRole('heading', { level: 2, name: /First visit checklist/ });
    const checklist = heading.closest('section')!;
    await waitFor(() => expect(within(checklist).getAllByRole('listitem')).toHaveLength(6));
    const parts = heading.querySelectorAll('[lang]');
    expect([...parts].map((p) => [p.getAttribute('lang'), p.getAttribute('dir')])).toEqual([
      ['en-GB', 'ltr'],
      ['ar', 'rtl'],
    ]);
  });

  it('chooses topics with tick boxes and keeps the choice in the address', async () => {
    open('/en/sefton/leaflet?topics=checklist,gp&with=en', 'en');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'English classes' }));
    await waitFor(() => expect(new URLSearchParams(location.search).get('topics')).toBe('checklist,gp,esol'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'First visit checklist' }));
    await waitFor(() => expect(new URLSearchParams(location.search).get('topics')).toBe('gp,esol'));
  });

  it('prints with the browser’s own print dialog, and only when something is chosen', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    open('/en/sefton/leaflet?topics=gp', 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    open('/en/sefton/leaflet?topics=', 'en');
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Print' }).at(-1)!.hasAttribute('disabled')).toBe(true));
  });
});
