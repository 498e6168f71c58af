import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AreaPack } from '../../../shared/pack-schema';
import { resolveArea } from '../../content/area-content';
import { setAreaContent } from '../../content/current-area';
import { seedArea, seedNational, seedPack } from '../../content/seed-packs';
import { ComplaintsPage } from './ComplaintsPage';

const withSefton = (pack: AreaPack) =>
  setAreaContent(
    resolveArea({ area: 'sefton', version: 'edited', publishedAt: '2026-12-01T00:00:00.000Z', pack, national: seedNational() }),
  );

describe('Complaints page', () => {
  it.each([
    ['sefton', 'Serco'],
    ['stockton', 'Mears Group'],
  ])('names the housing company for %s (%s) only beside a check note', async (area, provider) => {
    const { container } = render(<ComplaintsPage lang="en" area={area} topic="complaints" />);
    await screen.findByText(/Report problems with your home/);
    const section = container.querySelector('#provider')!;
    expect(section.textContent).toContain(`run by ${provider} for the Home Office`);
    expect(section.querySelector('.notice')).toBeTruthy();
    expect(section.textContent).not.toContain(provider === 'Serco' ? 'Mears' : 'Serco');
  });
  it('gives the Home Office reply time from data and the GOV.UK complaints page', async () => {
    const { container } = render(<ComplaintsPage lang="en" area="sefton" topic="complaints" />);
    expect(await screen.findByText(/reply within/)).toBeTruthy();
    expect(screen.getByText('20').tagName).toBe('BDI');
    const link = container.querySelector('#homeOffice a.button, #homeOffice a');
    expect(link?.getAttribute('href')).toBe(
      'https://www.gov.uk/government/organisations/uk-visas-and-immigration/about/complaints-procedure',
    );
  });

  it('follows the published pack: no housing company without its section, and the one an edited pack names', async () => {
    const pack = seedPack('sefton')!;
    const { complaints, ...others } = pack.topics!;
    try {
      withSefton({ ...pack, topics: others });
      const first = render(<ComplaintsPage lang="en" area="sefton" topic="complaints" />);
      await screen.findByText(/Report problems with your home/);
      expect(first.container.querySelector('#provider')).toBeNull();
      first.unmount();

      withSefton({
        ...pack,
        topics: { ...others, complaints: { ...complaints!, values: { ...complaints!.values, provider: { text: 'Example Homes' } } } },
      });
      const { container } = render(<ComplaintsPage lang="en" area="sefton" topic="complaints" />);
      await screen.findByText(/Report problems with your home/);
      expect(container.querySelector('#provider')!.textContent).toContain('run by Example Homes for the Home Office');
    } finally {
      setAreaContent(seedArea('sefton')!);
    }
  });
});
