import { render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ar from '../../../../locales/ar/bins.json';
import en from '../../../../locales/en/bins.json';
import { seedArea } from '../../content/seed-packs';
import { LeafletPage } from '../../helper-tools/leaflet/LeafletPage';
import { SideBySidePage } from '../../helper-tools/side-by-side/SideBySidePage';
import { storageKey } from './schedule/saved-schedule';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;

function at(url: string, page: preact.ComponentChildren) {
  history.replaceState(null, '', url);
  return render(<LocationProvider>{page}</LocationProvider>);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z')); // Monday
});
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('bin days in the helper tools', () => {
  it('prints the person’s own bin days and the rules in Arabic beside English', async () => {
    localStorage.setItem(storageKey('sefton'), JSON.stringify({ v: 1, area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' }));
    at('/ar/sefton/leaflet?topics=bins&with=en', <LeafletPage lang="ar" area="sefton" topic="leaflet" />);
    const arabic = await screen.findByRole('region', { name: 'العربية' });
    expect(await within(arabic).findByRole('heading', { level: 2, name: ar.next.heading }, { timeout: 5000 })).toBeTruthy();
    expect(within(arabic).getByRole('heading', { level: 2, name: ar.rules.general })).toBeTruthy();
    // Each bin is a section of its own (one screen each when shown to the person).
    expect(arabic.querySelectorAll('section.bins-card')).toHaveLength(SEFTON_BINS.containers.length);
    const english = screen.getByRole('region', { name: 'English' });
    expect(await within(english).findByRole('heading', { level: 2, name: en.next.heading })).toBeTruthy();
    expect(within(english).getByRole('heading', { level: 2, name: en.contact.heading })).toBeTruthy();
  });

  it('leaves the bin days out when none is set, and gives the second copy no ids of its own', async () => {
    at('/ar/stockton/side-by-side?topic=bins&with=en', <SideBySidePage lang="ar" area="stockton" topic="side-by-side" />);
    const english = await screen.findByRole('region', { name: 'English' });
    expect(await within(english).findByRole('heading', { level: 2, name: en.rules.general }, { timeout: 5000 })).toBeTruthy();
    expect(within(english).queryByRole('heading', { name: en.next.heading })).toBeNull();
    expect(english.querySelectorAll('[id]')).toHaveLength(0);
    expect(document.querySelectorAll('#bins-general')).toHaveLength(1);
  });
});
