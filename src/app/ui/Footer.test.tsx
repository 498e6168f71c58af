import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import english from '../../../locales/en/common.json';
import { HomePage } from '../home/HomePage';
import { Footer } from './Footer';

describe('Footer', () => {
  it('links to the accessibility statement in the current language and area', () => {
    render(<Footer lang="so" area="stockton" />);
    const link = screen.getByRole('link', { name: english.topic.accessibility });
    expect(link.getAttribute('href')).toBe('/so/stockton/accessibility');
  });

  it('shows no link while the area is unknown', () => {
    render(<Footer lang="en" area="nowhere" />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('keeps the statement off the home grid of topics', () => {
    render(
      <LocationProvider>
        <HomePage lang="en" area="sefton" />
      </LocationProvider>,
    );
    const grid = screen.getByRole('navigation', { name: english.home.topics });
    expect(grid.textContent).toContain(english.topic.gp);
    expect(grid.textContent).not.toContain(english.topic.accessibility);
  });
});
