import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LanguageScope } from '../../language/use-t';
import { GpPage } from './GpPage';

describe('Health and GP page', () => {
  it('has one heading, the right to register, and a Migrant Help number to tap', async () => {
    render(<GpPage lang="en" area="sefton" topic="gp" />);
    expect(await screen.findByText(/You do not need ID, proof of address, immigration status or an NHS number/)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Health and GP']);
    // Parts of the page (the contact card's words) can arrive a moment after the first section: wait for each.
    const call = await screen.findByRole('link', { name: /Call Migrant Help 0808 8010 503/ });
    expect(call.getAttribute('href')).toBe('tel:08088010503');
    expect(call.querySelector('bdi')?.getAttribute('dir')).toBe('ltr');
    expect((await screen.findByRole('link', { name: /Call 999/ })).getAttribute('href')).toBe('tel:999');
  });

  it('gives every section an id that search results can jump to', async () => {
    const { container } = render(<GpPage lang="en" area="sefton" topic="gp" />);
    await screen.findByText(/You do not need ID/);
    for (const id of ['register', 'howto', 'interpreter', 'hc2', 'dentist', 'eyes', 'urgent', 'struggling']) {
      expect(container.querySelector(`section#${id} h2`), id).toBeTruthy();
    }
  });

  it('says when it was last checked and keeps its sources folded until asked', async () => {
    render(<GpPage lang="en" area="sefton" topic="gp" />);
    expect(await screen.findByText(/Last checked 23 November 2026/)).toBeTruthy();
    const sources = screen.getByRole('group');
    expect(sources.hasAttribute('open')).toBe(false);
    fireEvent.click(within(sources).getByText('Sources'));
    expect(sources.hasAttribute('open')).toBe(true);
    const bma = within(sources).getByRole('link', { name: 'BMA: Patient registration' });
    expect(bma.getAttribute('href')).toMatch(/^https:\/\/www\.bma\.org\.uk\//);
    expect(bma.getAttribute('lang')).toBe('en-GB');
  });

  it('shows English beside Arabic on request, each column in its own language', async () => {
    render(
      <LanguageScope lang="ar">
        <GpPage lang="ar" area="sefton" topic="gp" />
      </LanguageScope>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'الصحة والطبيب العام' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'English' })).toBeNull();
    const toggle = await screen.findByRole('button', { name: /أظهر الإنجليزية بجانبها/ });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    const english = await screen.findByRole('region', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en-GB');
    expect(english.getAttribute('dir')).toBe('ltr');
    expect(await within(english).findByRole('heading', { name: 'Your right to a GP' })).toBeTruthy();
    expect(english.querySelector('[id]')).toBeNull();
    expect(await screen.findByRole('heading', { level: 2, name: /حقك في طبيب عام/ })).toBeTruthy();
  });

  it('shows how to find a GP surgery near home: three steps and the NHS service search, sourced and marked to check', async () => {
    render(<GpPage lang="en" area="stockton" topic="gp" />);
    const howto = (await screen.findByRole('heading', { level: 2, name: 'How to register' })).closest('section')!;
    expect(within(howto).getByRole('heading', { level: 3, name: 'Find a surgery near you' })).toBeTruthy();
    const steps = within(howto)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toEqual([
      'Open the NHS page “Find a GP” below.',
      'Type your postcode or the name of your town.',
      'Choose a surgery near your home. Go there or call them, and ask to register.',
    ]);
    expect(within(howto).getByRole('link', { name: 'Find a GP (NHS)' }).getAttribute('href')).toBe(
      'https://www.nhs.uk/service-search/find-a-gp',
    );
    expect(within(howto).getByText(/Check this: the sources disagree or may be old/)).toBeTruthy();
    const sources = screen.getByRole('group');
    expect(within(sources).getByRole('link', { name: 'NHS: Find a GP' }).getAttribute('href')).toBe(
      'https://www.nhs.uk/service-search/find-a-gp',
    );
  });

  it('cites ambulance services for 999, not Reading Walk-in Health Centre, and marks the interpreter steps to check', async () => {
    render(<GpPage lang="en" area="sefton" topic="gp" />);
    const sources = await screen.findByRole('group');
    expect(within(sources).getByRole('link', { name: /^North West Ambulance Service \(NHS\): / })).toBeTruthy();
    expect(sources.textContent).not.toMatch(/Reading Walk-in/);
    const urgent = screen.getByRole('heading', { level: 2, name: 'NHS 111 or 999?' }).closest('section')!;
    expect(within(urgent).getByText(/Check this/)).toBeTruthy();
  });

  it('gives the three steps in Arabic too', async () => {
    render(
      <LanguageScope lang="ar">
        <GpPage lang="ar" area="sefton" topic="gp" />
      </LanguageScope>,
    );
    expect(await screen.findByRole('heading', { level: 3, name: 'ابحث عن عيادة قريبة منك' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ابحث عن طبيب عام (NHS)' }).getAttribute('href')).toBe(
      'https://www.nhs.uk/service-search/find-a-gp',
    );
  });
});
