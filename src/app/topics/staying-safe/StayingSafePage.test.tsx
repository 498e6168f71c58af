import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StayingSafePage } from './StayingSafePage';

const links = (container: Element) =>
  [...container.querySelectorAll<HTMLAnchorElement>('main a, article a')].map((a) => a.getAttribute('href'));

describe('Staying safe page', () => {
  it('puts 999 first, then the helplines as numbers to tap', async () => {
    const { container } = render(<StayingSafePage lang="en" area="sefton" topic="staying-safe" />);
    await screen.findByText(/in danger now/);
    expect(container.querySelector('.topic-section h2')!.textContent).toBe('In danger now');
    expect(links(container).find((h) => h?.startsWith('tel:'))).toBe('tel:999');
    expect(screen.getByRole('link', { name: /Call National Domestic Abuse Helpline 0808 2000 247/ }).getAttribute('href')).toBe(
      'tel:08082000247',
    );
    expect(screen.getByRole('link', { name: /Call Modern Slavery & Exploitation Helpline 08000 121 700/ }).getAttribute('href')).toBe(
      'tel:08000121700',
    );
    expect(screen.getByRole('link', { name: 'Rape Crisis support line' }).getAttribute('href')).toBe(
      'https://247sexualabusesupport.org.uk/faqs/',
    );
    expect(container.querySelector('#sexual')!.textContent).toContain('aged 16 or over');
  });

  it('sends hate crime in Sefton to Stop Hate UK and in Stockton to Cleveland’s reporting centres, both to True Vision', async () => {
    const sefton = render(<StayingSafePage lang="en" area="sefton" topic="staying-safe" />);
    await screen.findByText(/in danger now/);
    expect(screen.getByRole('link', { name: /Call Stop Hate UK/ }).getAttribute('href')).toBe('tel:08001381625');
    expect(screen.getByRole('link', { name: 'True Vision' }).getAttribute('href')).toBe('https://www.report-it.org.uk/');
    sefton.unmount();
    render(<StayingSafePage lang="en" area="stockton" topic="staying-safe" />);
    await screen.findByText(/in danger now/);
    expect(screen.queryByText(/Stop Hate UK/)).toBeNull();
    expect(screen.getByText(/Third Party Reporting Centres/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Reporting centres in Cleveland' }).getAttribute('href')).toBe(
      'https://www.cleveland.pcc.police.uk/how-can-we-help/problems/hate-crime/',
    );
    expect(screen.getByRole('link', { name: 'True Vision' })).toBeTruthy();
  });
});
