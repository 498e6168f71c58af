import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LastChecked } from './LastChecked';
import { SourceList } from './SourceList';

const gov = { publisher: 'GOV.UK', title: 'Asylum support', url: 'https://www.gov.uk/asylum-support', pageDate: '2024-04-09' };
const fresh = { sources: [gov], checked: '2026-11-23' };
const old = { sources: [{ publisher: 'Example', title: 'Old page', url: 'https://example.org/old' }], checked: '2025-01-10' };
const checkMe = {
  sources: [{ publisher: 'Example', title: 'Disputed page', url: 'https://example.org/disputed' }],
  checked: '2026-11-23',
  caveat: 'check' as const,
};
const today = new Date('2026-11-23T10:00:00Z');

describe('last checked', () => {
  it('gives the oldest check date and no warning while it is under a year old', async () => {
    render(<LastChecked facts={[fresh, { ...fresh, checked: '2026-02-01' }]} today={today} />);
    expect(await screen.findByText('Last checked 1 February 2026')).toBeTruthy();
    expect(screen.queryByText(/more than a year ago/)).toBeNull();
  });
  it('warns that facts checked over twelve months ago may be out of date', async () => {
    render(<LastChecked facts={[fresh, old]} today={today} />);
    expect(await screen.findByText(/Some facts here were checked more than a year ago/)).toBeTruthy();
  });
});

describe('sources', () => {
  it('lists each source with its page date and check date, flagging old and disputed ones', async () => {
    render(<SourceList groups={[{ id: 'a', heading: 'Money', facts: [fresh, old, checkMe] }]} today={today} />);
    fireEvent.click(await screen.findByText('Sources'));
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('page date: 9 April 2024');
    expect(items[0]!.textContent).toContain('checked 23 November 2026');
    expect(items[0]!.textContent).not.toContain('possibly out of date');
    expect(items[1]!.textContent).toContain('possibly out of date');
    expect(items[2]!.textContent).toContain('Check this: the sources disagree or may be old.');
    expect(screen.getByRole('heading', { level: 3, name: 'Money' })).toBeTruthy();
  });
});
