import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PhoneFact } from '../../content/fact';
import { seedArea } from '../../content/seed-packs';
import { FIXTURE_BODIES, loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { TopicBodiesContext } from '../topic-body/topic-body';
import { WalkthroughPage } from './WalkthroughPage';

// Migrant Help's number as the national seed pack gives it.
const MIGRANT_HELP = seedArea('sefton')!.fact('migrant-help') as PhoneFact;

function open(lang = 'en') {
  history.replaceState(null, '', `/${lang}/sefton/walkthrough`);
  return render(
    <LocationProvider>
      <TopicBodiesContext.Provider value={FIXTURE_BODIES}>
        <WalkthroughPage lang={lang} area="sefton" topic="walkthrough" />
      </TopicBodiesContext.Provider>
    </LocationProvider>,
  );
}

describe('WalkthroughPage', () => {
  beforeAll(loadHelperStrings);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  it('lists every first-visit step, each opening the page that explains it', async () => {
    open();
    const links = await screen.findAllByRole('link', { name: 'Open the page' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/en/sefton/gp',
      '/en/sefton/bins',
      '/en/sefton/migrant-help',
      '/en/sefton/esol',
      '/en/sefton/schools',
      '/en/sefton/report',
    ]);
    const gp = screen.getByRole('checkbox', { name: /register/i }).closest('li')!;
    expect(
      within(gp)
        .getByRole('link', { name: /Show to person/ })
        .getAttribute('href'),
    ).toBe('/en/sefton/show?topic=gp&from=%2Fen%2Fsefton%2Fwalkthrough');
    const bins = screen.getByRole('checkbox', { name: /Bin day/ }).closest('li')!;
    expect(within(bins).queryByRole('link', { name: /Show to person/ })).toBeNull();
  });

  it('keeps ticks on the phone across visits, without any name', async () => {
    const first = open();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Migrant Help/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 6 done'));
    first.unmount();
    open();
    expect(((await screen.findByRole('checkbox', { name: /Migrant Help/ })) as HTMLInputElement).checked).toBe(true);
    expect(Object.values({ ...localStorage })).toEqual(['["migrantHelp"]']);
  });

  it('clears every tick for the next person and says so', async () => {
    open();
    fireEvent.click(await screen.findByRole('checkbox', { name: /English classes/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start again for the next person' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All ticks are cleared.'));
    expect(screen.getAllByRole('checkbox').some((c) => (c as HTMLInputElement).checked)).toBe(false);
    expect(localStorage.length).toBe(0);
  });

  it('hands the phone a contact card with the Migrant Help number to save', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:card'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    open();
    fireEvent.click(await screen.findByRole('button', { name: `Save to contacts ${MIGRANT_HELP.display}` }));
    expect(click).toHaveBeenCalledOnce();
    const text = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(text).toContain(`TEL;TYPE=VOICE:${MIGRANT_HELP.digits}`);
  });

  it('offers a welcome pack of the checklist and the topics that have text', async () => {
    open('prs');
    const pack = await screen.findByRole('link', { name: /welcome pack|بسته|Print/i });
    expect(pack.getAttribute('href')).toBe('/prs/sefton/leaflet?topics=checklist%2Cgp%2Cesol&with=en');
  });
});
