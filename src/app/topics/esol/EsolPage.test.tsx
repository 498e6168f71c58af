import { render, screen } from '@testing-library/preact';
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
});
