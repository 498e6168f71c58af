import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { FoodPage } from './FoodPage';

describe('Food, clothes and drop-ins page', () => {
  it('names Sefton’s food banks in Sefton only', async () => {
    const sefton = render(<FoodPage lang="en" area="sefton" topic="food" />);
    await screen.findByText(/Most ask for a voucher first/);
    expect(screen.getByText(/is part of the Trussell Trust/).textContent).toContain('South Sefton Foodbank is part of the Trussell Trust');
    expect(screen.queryByText(/Palmerston Street/)).toBeNull();
    sefton.unmount();
    render(<FoodPage lang="en" area="stockton" topic="food" />);
    await screen.findByText(/Most ask for a voucher first/);
    expect(screen.queryByText(/South Sefton Foodbank/)).toBeNull();
    expect(screen.getByText(/lists food banks, community pantries/).textContent).toContain('Stockton-on-Tees Food Power Network');
  });

  it('shows the food club’s price from data, read left to right, beside its caveat', async () => {
    const { container } = render(<FoodPage lang="en" area="stockton" topic="food" />);
    await screen.findByText(/Most ask for a voucher first/);
    const price = screen.getByText('£8.50');
    expect(price.tagName).toBe('BDI');
    expect(price.closest('.notice')).toBeTruthy();
    expect(container.querySelector('details.sources')).toBeTruthy();
  });
});
