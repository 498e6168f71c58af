import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ComplaintsPage } from './ComplaintsPage';

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
});
