import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { resolveArea } from '../../content/area-content';
import { setAreaContent } from '../../content/current-area';
import { seedArea, seedNational, seedPack } from '../../content/seed-packs';
import { DecisionPage } from './DecisionPage';

const open = async () => {
  const view = render(<DecisionPage lang="en" area="sefton" topic="decision" />);
  await screen.findByText(/Two letters usually come/);
  return view;
};

describe('When your decision comes', () => {
  it('puts Migrant Help’s number and the usual notice days, from data, in the refused section', async () => {
    const { container } = await open();
    expect(container.querySelector('#refused a[href="tel:08088010503"]')).toBeTruthy();
    const steps = [...container.querySelectorAll('#refused .notice-steps li')].map((li) => li.textContent);
    expect(steps).toEqual([
      'Day 0: the notice comes.',
      'Day 21: a lock-change notice usually comes.',
      'Day 28: the notice ends and you must leave the home.',
    ]);
    expect(container.querySelector('#refused .notice')?.textContent).toMatch(/check/i);
    expect(screen.getByRole('link', { name: 'Refused' }).getAttribute('href')).toBe('#refused');
  });

  it('draws the timeline from the count facts and mirrors it for right-to-left reading', async () => {
    const { container } = await open();
    const marks = [...container.querySelectorAll('.notice-timeline .mark')];
    expect(marks.map((g) => g.getAttribute('data-day'))).toEqual(['0', '21', '28']);
    const xs = marks.map((g) => Number(g.querySelector('circle')!.getAttribute('cx')));
    expect(xs[0]!).toBeLessThan(xs[1]!);
    expect(xs[1]!).toBeLessThan(xs[2]!);
  });

  it('counts the days left from a letter date, and rejects an impossible date keeping what was typed', async () => {
    await open();
    const day = (await screen.findByRole('textbox', { name: 'Day' })) as HTMLInputElement;
    const month = screen.getByRole('textbox', { name: 'Month' }) as HTMLInputElement;
    const year = screen.getByRole('textbox', { name: 'Year' }) as HTMLInputElement;
    fireEvent.input(day, { target: { value: '31' } });
    fireEvent.input(month, { target: { value: '2' } });
    fireEvent.input(year, { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Count the days' }));
    expect(await screen.findByText('This date does not exist. Check the day, month and year.')).toBeTruthy();
    expect([day.value, month.value, year.value]).toEqual(['31', '2', '2026']);
    expect(day.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(day, { target: { value: '1' } });
    fireEvent.input(month, { target: { value: '1' } });
    fireEvent.input(year, { target: { value: '2099' } });
    fireEvent.click(screen.getByRole('button', { name: 'Count the days' }));
    expect(await screen.findByText('The notice ends on 29 January 2099.')).toBeTruthy();
    expect(screen.getByText('A lock-change notice usually comes around 22 January 2099.')).toBeTruthy();
    expect(screen.getByText(/^\d+ days left\.$/)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: /Section 4/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Count the days' }));
    expect(await screen.findByText('The notice ends on 22 January 2099.')).toBeTruthy();
    expect(screen.getByText('A lock-change notice usually comes around 15 January 2099.')).toBeTruthy();
  });

  it('keeps nothing the person typed on the phone', async () => {
    localStorage.clear();
    await open();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Day' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Count the days' }));
    expect(localStorage.length).toBe(0);
    expect(location.search + location.hash).toBe('');
  });

  it('draws the notice and counts the days from the published pack: an edited count fact changes the page', async () => {
    const national = seedNational();
    const days: Record<string, number> = { 'notice-95': 35, 'lock-95': 30 };
    const facts = national.facts.map((f) => (f.kind === 'count' && f.id in days ? { ...f, value: days[f.id]! } : f));
    const edited = { area: 'sefton', version: 'edited', publishedAt: '2026-12-01T00:00:00.000Z', pack: seedPack('sefton')! };
    setAreaContent(resolveArea({ ...edited, national: { ...national, facts } }));
    try {
      const { container } = await open();
      const steps = [...container.querySelectorAll('#refused .notice-steps li')].map((li) => li.textContent);
      expect(steps).toEqual([
        'Day 0: the notice comes.',
        'Day 30: a lock-change notice usually comes.',
        'Day 35: the notice ends and you must leave the home.',
      ]);
      const marks = [...container.querySelectorAll('.notice-timeline .mark')].map((g) => g.getAttribute('data-day'));
      expect(marks).toEqual(['0', '30', '35']);
      fireEvent.input(await screen.findByRole('textbox', { name: 'Day' }), { target: { value: '1' } });
      fireEvent.input(screen.getByRole('textbox', { name: 'Month' }), { target: { value: '1' } });
      fireEvent.input(screen.getByRole('textbox', { name: 'Year' }), { target: { value: '2099' } });
      fireEvent.click(screen.getByRole('button', { name: 'Count the days' }));
      expect(await screen.findByText('The notice ends on 5 February 2099.')).toBeTruthy();
      expect(screen.getByText('A lock-change notice usually comes around 31 January 2099.')).toBeTruthy();
    } finally {
      setAreaContent(seedArea('sefton')!);
    }
  });
});
