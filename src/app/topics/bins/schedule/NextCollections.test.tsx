import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import en from '../../../../../locales/en/bins.json';
import ps from '../../../../../locales/ps/bins.json';
import { LanguageScope } from '../../../language/use-t';
import type { AreaBinRules } from '../../../content/bins/bin-rules';
import { seedArea } from '../../../content/seed-packs';
import type { BinSchedule } from './next-collections';
import { NextCollections } from './NextCollections';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;
const STOCKTON_BINS = seedArea('stockton')!.bins!;

const seftonTuesday: BinSchedule = { area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' };

async function show(rules: AreaBinRules, schedule: BinSchedule, today: string) {
  render(<NextCollections rules={rules} schedule={schedule} today={today} />);
  await screen.findByRole('heading', { level: 2, name: en.next.heading });
}
/** Matches a paragraph by its whole text, values in <bdi> included. */
const paragraph = (text: string) => (_: string, el: Element | null) => el?.tagName === 'P' && el.textContent === text;
const days = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const dayItem = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;

describe('the next collections', () => {
  it('shows the next three days with the bin for each, tomorrow first', async () => {
    await show(SEFTON_BINS, seftonTuesday, '2026-11-23');
    expect(days()).toEqual(['Tomorrow, Tuesday 24 November', 'Tuesday 1 December', 'Tuesday 8 December']);
    expect(within(dayItem('Tomorrow, Tuesday 24 November')).getByText('Brown bin: recycling')).toBeTruthy();
    expect(within(dayItem('Tuesday 1 December')).getByText('Grey bin: general waste')).toBeTruthy();
    expect(within(dayItem('Tuesday 8 December')).getByText('Brown bin: recycling')).toBeTruthy();
  });

  it('draws each bin in the council’s colour beside its words', async () => {
    await show(SEFTON_BINS, seftonTuesday, '2026-11-23');
    const brown = SEFTON_BINS.containers.find((c) => c.id === 'brown')!.colour;
    const grey = SEFTON_BINS.containers.find((c) => c.id === 'grey')!.colour;
    expect(dayItem('Tomorrow, Tuesday 24 November').querySelector('svg[data-colour]')!.getAttribute('data-colour')).toBe(brown);
    expect(dayItem('Tuesday 1 December').querySelector('svg[data-colour]')!.getAttribute('data-colour')).toBe(grey);
  });

  it('gives the latest time to put the bin out, as each council words it', async () => {
    await show(SEFTON_BINS, seftonTuesday, '2026-11-23');
    expect(within(dayItem('Tuesday 1 December')).getByText(paragraph('Put everything out by 6:30.'))).toBeTruthy();
    render(
      <NextCollections
        rules={STOCKTON_BINS}
        schedule={{ area: 'stockton', weekday: 3, anchor: '2026-11-25', slot: 'a' }}
        today="2026-11-25"
        count={1}
      />,
    );
    expect(await screen.findByText(paragraph('Put everything out before 7:00.'))).toBeTruthy();
  });

  it('lists every container of a Stockton green-bin day, each linking to what goes in it', async () => {
    await show(STOCKTON_BINS, { area: 'stockton', weekday: 3, anchor: '2026-11-25', slot: 'a' }, '2026-11-25');
    const first = dayItem('Today, Wednesday 25 November');
    const names = within(first)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names.map((n) => n!.replace(/What goes in the .*$/, '').trim())).toEqual([
      'Green bin: general waste that cannot be recycled',
      'Food caddy: food waste',
      'Weighted bag: plastics, cans and cartons',
      'White bag: paper and card',
      'Blue box: glass and batteries',
    ]);
    expect(within(first).getByRole('link', { name: 'What goes in the Green bin' }).getAttribute('href')).toBe('#bins-rule-green');
    expect(within(dayItem('Wednesday 2 December')).queryByText(/Green bin/)).toBeNull();
  });

  it('adds the year to a day in the new year', async () => {
    await show(SEFTON_BINS, seftonTuesday, '2026-12-30');
    expect(days()[0]).toMatch(/^Tuesday,? 5 January 2027$/);
  });

  it('says when the council moved a collection, and warns in Christmas week', async () => {
    const source = { sources: [{ publisher: 'p', title: 't', url: 'https://example.org/' }], checked: '2026-11-23' };
    const rules = { ...SEFTON_BINS, exceptions: [{ date: '2026-12-22', moveTo: '2026-12-23', ...source }] };
    await show(rules, seftonTuesday, '2026-12-20');
    const moved = dayItem('Wednesday 23 December');
    expect(within(moved).getByText(paragraph('The council changed this day. The usual day was Tuesday 22 December.'))).toBeTruthy();
    expect(within(moved).getByText(en.next.festive)).toBeTruthy();
  });

  it('shows nothing for a schedule that does not fit the area', async () => {
    render(<NextCollections rules={STOCKTON_BINS} schedule={seftonTuesday} today="2026-11-23" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: en.next.heading })).toBeNull();
  });

  it('speaks Pashto inside a Pashto scope, with the date in Pashto', async () => {
    render(
      <LanguageScope lang="ps">
        <NextCollections rules={SEFTON_BINS} schedule={seftonTuesday} today="2026-11-23" count={1} />
      </LanguageScope>,
    );
    await screen.findByRole('heading', { level: 2, name: ps.next.heading });
    const day = screen.getByRole('heading', { level: 3 }).textContent!;
    expect(day.startsWith(ps.next.tomorrow.replace('{{date}}', ''))).toBe(true);
    expect(day).toMatch(/نومبر/);
    expect(screen.getByText(`${ps.container.sefton.brown.name}: ${ps.container.sefton.brown.purpose}`)).toBeTruthy();
  });
});
