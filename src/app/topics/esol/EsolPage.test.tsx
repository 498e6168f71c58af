import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EsolPage } from './EsolPage';

describe('English classes page', () => {
  it('states the six-month rule and that local rules may differ', async () => {
    render(<EsolPage lang="en" area="sefton" topic="esol" />);
    await screen.findByText(/ESOL means English/);
    expect(screen.getByText(/or more for your asylum decision/).textContent).toContain('Waiting 6 months');
    expect(screen.getByText(/sets the rules for funded classes/).textContent).toContain('Liverpool City Region Combined Authority');
    expect(screen.getByText(/may be different from the national rules/)).toBeTruthy();
    expect(screen.queryByText(/in Darlington, a nearby council/)).toBeNull();
  });
  it('names Stockton’s college and authority in Stockton, with the nearby example', async () => {
    render(<EsolPage lang="en" area="stockton" topic="esol" />);
    await screen.findByText(/ESOL means English/);
    expect(screen.getByText(/sets the rules for funded classes/).textContent).toContain('Tees Valley Combined Authority');
    expect(screen.getByText(/runs ESOL classes/).textContent).toContain('Stockton Riverside College');
    expect(screen.getByText(/in Darlington, a nearby council/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /learn English at school/ }).getAttribute('href')).toBe('/en/stockton/schools');
  });

  it.each([
    ['sefton', 'Ask at Asylum Link Merseyside when its English classes are.'],
    ['stockton', 'Ask Stockton Riverside College about ESOL classes. Its website is below.'],
  ])('in %s, names a place to ask about classes, with its source', async (area, ask) => {
    render(<EsolPage lang="en" area={area} topic="esol" />);
    const where = (await screen.findByRole('heading', { level: 2, name: 'Where classes are' })).closest('section')!;
    expect([...where.querySelectorAll('p')].map((p) => p.textContent)).toContain(ask);
    const sources = screen.getByRole('group');
    fireEvent.click(within(sources).getByText('Sources'));
    const whereSources = within(sources).getByRole('heading', { level: 3, name: 'Where classes are' }).closest('section')!;
    const hosts = within(whereSources)
      .getAllByRole('link')
      .map((a) => new URL(a.getAttribute('href')!).hostname);
    expect(hosts).not.toContain('staging.justgiving.com');
    expect(hosts.length).toBeGreaterThan(0);
  });

  it('links Stockton Riverside College’s own website, and says the Sefton place is still to check', async () => {
    const { unmount } = render(<EsolPage lang="en" area="stockton" topic="esol" />);
    const where = (await screen.findByRole('heading', { level: 2, name: 'Where classes are' })).closest('section')!;
    expect(within(where).getByRole('link', { name: 'Stockton Riverside College' }).getAttribute('href')).toBe(
      'https://www.stockton.ac.uk/',
    );
    unmount();
    render(<EsolPage lang="en" area="sefton" topic="esol" />);
    const sefton = (await screen.findByRole('heading', { level: 2, name: 'Where classes are' })).closest('section')!;
    expect(within(sefton).getByText(/Check this/)).toBeTruthy();
  });
});
