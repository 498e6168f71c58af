import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSearch } from './search-engine';
import type * as Engine from './search-engine';
import { SearchPage } from './SearchPage';

// The real engine, watched: the index (MiniSearch and every topic's words) must be built only on intent.
vi.mock('./search-engine', async (original) => {
  const real = await original<typeof Engine>();
  return { ...real, loadSearch: vi.fn(real.loadSearch) };
});

function renderAt(url: string) {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <SearchPage lang="en" area="sefton" topic="search" />
    </LocationProvider>,
  );
}

describe('search page', () => {
  beforeEach(() => {
    vi.mocked(loadSearch).mockClear();
  });

  it('builds no index with the page, only once the box is focused', async () => {
    renderAt('/en/sefton/search');
    const box = await screen.findByRole('searchbox', { name: 'What do you need?' });
    await new Promise((done) => setTimeout(done, 50));
    expect(loadSearch).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.focus(box);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await waitFor(() => expect(loadSearch).toHaveBeenCalledWith('sefton', 'en'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });

  it('builds the index on the first letter typed, even without a focus event', async () => {
    renderAt('/en/sefton/search');
    const box = await screen.findByRole('searchbox', { name: 'What do you need?' });
    expect(loadSearch).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: 'dentist' } });
    expect(await screen.findByRole('link', { name: /dentist/i })).toBeTruthy();
    expect(loadSearch).toHaveBeenCalledTimes(1);
  });

  it('runs the query from the URL and links each result to its section', async () => {
    renderAt('/en/sefton/search?q=dentist');
    const results = await screen.findByRole('list');
    const first = within(results).getAllByRole('link')[0]!;
    expect(first.getAttribute('href')).toBe('/en/sefton/gp#dentist');
    expect(screen.getByRole('searchbox', { name: 'What do you need?' })).toHaveProperty('value', 'dentist');
    // One result is "1 result", more are "n results" (plural forms).
    const shown = screen.getByRole('status').textContent ?? '';
    const count = within(results).getAllByRole('listitem').length;
    expect(shown).toBe(count === 1 ? '1 result' : `${count} results`);
  });

  it('keeps what is typed in the URL', async () => {
    renderAt('/en/sefton/search');
    const box = await screen.findByRole('searchbox', { name: 'What do you need?' });
    fireEvent.input(box, { target: { value: 'lost card' } });
    expect(location.search).toBe('?q=lost%20card');
    expect(await screen.findByRole('link', { name: /Card lost, stolen or not working/ })).toBeTruthy();
  });

  it('offers Migrant Help and the report form when nothing is found', async () => {
    renderAt('/en/sefton/search?q=zzqqxxv');
    expect(await screen.findByText('Nothing found.')).toBeTruthy();
    expect((await screen.findByRole('link', { name: /Call Migrant Help 0808 8010 503/ })).getAttribute('href')).toBe('tel:08088010503');
    expect(screen.getByRole('link', { name: 'Report a problem' }).getAttribute('href')).toBe('/en/sefton/report');
  });
});
