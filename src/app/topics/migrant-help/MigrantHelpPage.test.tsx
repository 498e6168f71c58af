import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MigrantHelpPage } from './MigrantHelpPage';

describe('Migrant Help and contacts page', () => {
  it('offers Migrant Help, 999 and 101 as numbers to tap', async () => {
    render(<MigrantHelpPage lang="en" area="stockton" topic="migrant-help" />);
    await screen.findByText(/Migrant Help is the free helpline/);
    expect(screen.getAllByRole('link', { name: /Call Migrant Help/ })[0]!.getAttribute('href')).toBe('tel:08088010503');
    expect(screen.getByRole('link', { name: /Call 999/ }).getAttribute('href')).toBe('tel:999');
    expect(screen.getByRole('link', { name: /Call 101/ }).getAttribute('href')).toBe('tel:101');
    expect(screen.getByRole('link', { name: /proofofsupport@migranthelpuk\.org/ }).getAttribute('href')).toBe(
      'mailto:proofofsupport@migranthelpuk.org',
    );
  });

  it('shows Stop Hate UK in Sefton, which it covers, and not in Stockton', async () => {
    const sefton = render(<MigrantHelpPage lang="en" area="sefton" topic="migrant-help" />);
    await screen.findByText(/Migrant Help is the free helpline/);
    expect(screen.getByRole('link', { name: /Call Stop Hate UK 0800 138 1625/ }).getAttribute('href')).toBe('tel:08001381625');
    expect(screen.getByRole('link', { name: /Send a text 07717 989 025/ }).getAttribute('href')).toBe('sms:07717989025');
    sefton.unmount();
    render(<MigrantHelpPage lang="en" area="stockton" topic="migrant-help" />);
    await screen.findByText(/Migrant Help is the free helpline/);
    expect(screen.queryByText(/Stop Hate UK/)).toBeNull();
  });

  it('shows the appeal deadline from data and the Refugee Council line only with its caveat', async () => {
    render(<MigrantHelpPage lang="en" area="sefton" topic="migrant-help" />);
    await screen.findByText(/Migrant Help is the free helpline/);
    expect(screen.getByText(/must reach the tribunal within/).textContent).toContain('within 3 days');
    expect(screen.getByText(/This line started some years ago\. It may have changed\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Call Refugee Council/ }).getAttribute('href')).toBe('tel:08081967272');
  });

  it('lists local organisations with what they do; an address opens in the maps app', async () => {
    render(<MigrantHelpPage lang="en" area="sefton" topic="migrant-help" />);
    await screen.findByText(/Migrant Help is the free helpline/);
    expect(screen.getByRole('heading', { level: 3, name: 'The Bosco Society' })).toBeTruthy();
    expect(screen.getByText(/It is not an asylum service/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open in maps' }).getAttribute('href')).toMatch(/^geo:0,0\?q=59-61%20Merton%20Road/);
    expect(screen.getByRole('link', { name: 'OpenStreetMap' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/search\?query=/,
    );
    expect(screen.getByRole('link', { name: /Call Sefton Council 0345 140 0845/ })).toBeTruthy();
    // No place has verified coordinates, so there is nothing to sort by distance.
    expect(screen.queryByRole('button', { name: 'Nearest to me' })).toBeNull();
  });
});
