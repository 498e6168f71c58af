import { describe, expect, it, vi, afterEach } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { parsePackFiles } from '../../shared/pack-files';
import { seedNational } from '../content/seed-packs';
import { areaContent } from '../content/current-area';
import area from '../../../test/fixtures/packs/riverside/area.json';
import facts from '../../../test/fixtures/packs/riverside/facts.json';
import bins from '../../../test/fixtures/packs/riverside/bins.json';
import routes from '../../../test/fixtures/packs/riverside/routes.json';
import topics from '../../../test/fixtures/packs/riverside/topics.json';
import { withPack } from './PackedPage';

function riversideBody() {
  const national = seedNational();
  const parsed = parsePackFiles(
    { 'area.json': area, 'facts.json': facts, 'bins.json': bins, 'routes.json': routes, 'topics.json': topics },
    'riverside',
    national,
  );
  if (!parsed.ok) throw new Error('fixture pack does not parse');
  return { area: 'riverside', version: 'v1', publishedAt: '2026-11-30T00:00:00.000Z', pack: parsed.pack, national };
}

// Draws the area's name from the pack, so it shows only once the pack is there.
const Page = withPack(({ area: a }) => <p>Pack of {areaContent(a).name}</p>);

describe('a topic page whose pack is not on the phone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows 999 and says the page is not saved yet instead of a blank page, then draws the page once signal returns', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);
    render(<Page lang="en" area="riverside" topic="gp" />);
    expect(await screen.findByText(/This page is not saved on this phone yet/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Health and GP' })).toBeTruthy();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toContain('tel:999');
    expect(screen.queryByText(/^Pack of/)).toBeNull();

    fetch.mockResolvedValue(new Response(JSON.stringify(riversideBody()), { headers: { 'content-type': 'application/json' } }));
    fireEvent(window, new Event('online'));
    expect(await screen.findByText(/^Pack of/)).toBeTruthy();
    expect(screen.queryByText(/This page is not saved on this phone yet/)).toBeNull();
  });
});
