import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from './App';

function visit(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

describe('App shell', () => {
  it('shows an area home with every topic as a link', async () => {
    visit('/en/sefton/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Help in Sefton' })).toBeTruthy();
    const topics = screen.getByRole('navigation', { name: 'Topics' });
    expect(topics.querySelectorAll('a').length).toBeGreaterThanOrEqual(8);
    expect(screen.getByRole('link', { name: /Report a problem/ }).getAttribute('href')).toBe('/en/sefton/report');
  });

  it('sends an unknown area to the area choice with a notice', async () => {
    visit('/en/leeds/');
    await waitFor(() => expect(window.location.pathname).toBe('/en/'));
    expect(await screen.findByRole('heading', { name: 'Where do you live?' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/could not find that area/);
  });

  it('remembers the area chosen', async () => {
    visit('/en/stockton/');
    await screen.findByRole('heading', { level: 1, name: 'Help in Stockton-on-Tees' });
    expect(localStorage.getItem('waymark.area')).toBe('stockton');
  });

  it('lists every language in its own script in the language dialog', async () => {
    visit('/en/sefton/');
    fireEvent.click(await screen.findByRole('button', { name: /Change language/ }));
    for (const name of ['العربية', 'ትግርኛ', 'دری', 'پښتو', 'Soomaali']) {
      expect(screen.getByRole('button', { name: new RegExp(name), hidden: true })).toBeTruthy();
    }
  });

  it('survives junk in localStorage on the start page', async () => {
    localStorage.setItem('waymark.lang', '{"x":1}');
    localStorage.setItem('waymark.area', '../../etc');
    visit('/');
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });
});
