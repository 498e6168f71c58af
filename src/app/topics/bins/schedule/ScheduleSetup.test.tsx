import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import en from '../../../../../locales/en/bins.json';
import type { AreaBinRules } from '../../../content/bins/bin-rules';
import { seedArea } from '../../../content/seed-packs';
import { ScheduleSetup } from './ScheduleSetup';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;
const STOCKTON_BINS = seedArea('stockton')!.bins!;

// Monday 23 November 2026
const today = '2026-11-23';

/** Renders the form and waits for its words to load. */
async function setup(rules: AreaBinRules) {
  const onSave = vi.fn();
  render(<ScheduleSetup rules={rules} today={today} initial={null} onSave={onSave} />);
  await screen.findByRole('button', { name: en.setup.save });
  return onSave;
}
const save = () => fireEvent.click(screen.getByRole('button', { name: en.setup.save }));
const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('setting up the bin day', () => {
  it('saves the day and which bin goes out on the next one', async () => {
    const onSave = await setup(SEFTON_BINS);
    fireEvent.click(await screen.findByRole('radio', { name: 'Tuesday' }));
    const question = screen.getByRole('group', { name: 'Which bin goes out on Tuesday 24 November?' });
    fireEvent.click(within(question).getByRole('radio', { name: en.slot.sefton.a }));
    save();
    expect(onSave).toHaveBeenCalledWith({ area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' });
  });

  it('explains at once that Stockton does not collect on Monday, keeps every answer and saves nothing', async () => {
    const onSave = await setup(STOCKTON_BINS);
    fireEvent.click(await screen.findByRole('radio', { name: 'Monday' }));
    const days = screen.getByRole('group', { name: en.setup.day });
    expect(describedText(days)).toContain(
      'The council does not collect bins on Monday. It collects on Tuesday, Wednesday, Thursday and Friday.',
    );
    fireEvent.click(screen.getByRole('radio', { name: en.slot.stockton.b }));
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Monday' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: en.slot.stockton.b }).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Monday' }));

    fireEvent.click(screen.getByRole('radio', { name: 'Wednesday' }));
    expect(describedText(days).trim()).toBe('');
    save();
    expect(onSave).toHaveBeenCalledWith({ area: 'stockton', weekday: 3, anchor: '2026-11-25', slot: 'b' });
  });

  it('asks for the "this week" answer when it is missing, and moves focus to it', async () => {
    const onSave = await setup(SEFTON_BINS);
    fireEvent.click(await screen.findByRole('radio', { name: 'Friday' }));
    save();
    const question = screen.getByRole('group', { name: 'Which bin goes out on Friday 27 November?' });
    expect(describedText(question)).toContain(en.error.slotMissing);
    expect(document.activeElement).toBe(within(question).getAllByRole('radio')[0]);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('asks for the day first when nothing is chosen', async () => {
    const onSave = await setup(SEFTON_BINS);
    save();
    expect(describedText(await screen.findByRole('group', { name: en.setup.day }))).toContain(en.error.dayMissing);
    expect(screen.getByRole('group', { name: en.setup.slotThisWeek })).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says how to find out, with the council’s number, when the person does not know', async () => {
    const onSave = await setup(SEFTON_BINS);
    fireEvent.click(await screen.findByRole('radio', { name: 'Tuesday' }));
    fireEvent.click(screen.getByRole('radio', { name: en.setup.dontKnow }));
    expect(screen.getByText(en.setup.dontKnowHelp)).toBeTruthy();
    expect(screen.getByRole('link', { name: /0345 140 0845/ }).getAttribute('href')).toBe('tel:03451400845');
    save();
    expect(screen.getByText(en.error.slotUnknown)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('starts from the saved schedule, asking about the next collection day', async () => {
    // Brown went out on 24 November, so grey goes out on 1 December.
    const onSave = vi.fn();
    const saved = { area: 'sefton' as const, weekday: 2 as const, anchor: '2026-11-24', slot: 'a' };
    render(<ScheduleSetup rules={SEFTON_BINS} today="2026-11-30" initial={saved} onSave={onSave} />);
    await screen.findByRole('button', { name: en.setup.save });
    expect((await screen.findByRole<HTMLInputElement>('radio', { name: 'Tuesday' })).checked).toBe(true);
    const question = screen.getByRole('group', { name: 'Which bin goes out on Tuesday 1 December?' });
    expect(within(question).getByRole<HTMLInputElement>('radio', { name: en.slot.sefton.b }).checked).toBe(true);
    save();
    expect(onSave).toHaveBeenCalledWith({ area: 'sefton', weekday: 2, anchor: '2026-12-01', slot: 'b' });
  });

  it('takes the schedule from the council’s street list where the area has one', async () => {
    const street = { street: 'Example Road', weekday: 4 as const, anchor: '2026-11-26', slot: 'b', sources: [], checked: today };
    const onSave = await setup({ ...SEFTON_BINS, streets: [street] });
    fireEvent.change(await screen.findByRole('combobox', { name: en.setup.street }), { target: { value: 'Example Road' } });
    expect(screen.queryByRole('group', { name: en.setup.day })).toBeNull();
    save();
    expect(onSave).toHaveBeenCalledWith({ area: 'sefton', weekday: 4, anchor: '2026-11-26', slot: 'b', street: 'Example Road' });
  });
});
