import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SchoolsPage } from './SchoolsPage';

describe('Schools page', () => {
  it('states every child’s right to a place and how to reach the council', async () => {
    render(<SchoolsPage lang="en" area="stockton" topic="schools" />);
    await screen.findByText(/Every child has a right to a place/);
    expect(screen.getByText(/must get a school place, whatever their immigration status/).textContent).toContain('aged 5 to 16');
    expect(screen.getByRole('link', { name: /Call Stockton-on-Tees Borough Council 01642 391959/ }).getAttribute('href')).toBe(
      'tel:01642391959',
    );
  });
  it('marks the infant meals fact as one to check', async () => {
    render(<SchoolsPage lang="en" area="sefton" topic="schools" />);
    await screen.findByText(/Every child has a right to a place/);
    expect(screen.getByText(/Check this with the school\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Email proofofsupport@migranthelpuk\.org/ })).toBeTruthy();
  });
});
