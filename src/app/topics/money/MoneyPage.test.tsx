import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MoneyPage } from './MoneyPage';

describe('Money and ASPEN card page', () => {
  it('shows the weekly amounts from data, each read left to right', async () => {
    render(<MoneyPage lang="en" area="sefton" topic="money" />);
    await screen.findByText(/for each person in your home/);
    const weekly = screen.getAllByText('£49.18');
    expect(weekly.length).toBeGreaterThanOrEqual(2);
    expect(weekly.every((el) => el.tagName === 'BDI' && el.getAttribute('dir') === 'ltr')).toBe(true);
    expect(screen.getByText(/You cannot take out cash/)).toBeTruthy();
    expect(screen.getByText('£300')).toBeTruthy();
  });
  it('shows the full-board rate only beside a caveat and a link to GOV.UK', async () => {
    render(<MoneyPage lang="en" area="sefton" topic="money" />);
    await screen.findByText(/for each person in your home/);
    expect(screen.getByText('£8.86')).toBeTruthy();
    expect(screen.getByText(/This amount may have changed\. Check the current rate on GOV\.UK\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Asylum support on GOV.UK' }).getAttribute('href')).toBe(
      'https://www.gov.uk/asylum-support/what-youll-get',
    );
  });
  it('sends a lost card to Migrant Help', async () => {
    const { container } = render(<MoneyPage lang="en" area="sefton" topic="money" />);
    await screen.findByText(/for each person in your home/);
    expect(container.querySelector('#card a[href="tel:08088010503"]')).toBeTruthy();
  });
  it('explains section 98 and sends changes in life to Migrant Help, and points to the maternity payment', async () => {
    const { container } = render(<MoneyPage lang="en" area="stockton" topic="money" />);
    await screen.findByText(/for each person in your home/);
    expect(container.querySelector('#section98 h2')!.textContent).toBe('Section 98: emergency support');
    expect(screen.getByText(/The ASPEN card usually comes once section 95 support starts/)).toBeTruthy();
    expect(screen.getByText(/Tell Migrant Help about changes: a pregnancy, a birth, a new address/)).toBeTruthy();
    expect(container.querySelector('#changes')!.textContent).toContain('Ask about the maternity payment');
    expect(container.querySelector('#changes a[href="tel:08088010503"]')).toBeTruthy();
  });
});
