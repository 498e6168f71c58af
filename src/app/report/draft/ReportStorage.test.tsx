import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../../locales/en/report.json';
import { db } from '../../storage/db';
import { ReportPage } from '../ReportPage';

vi.mock('../delivery/outbox-runner', () => ({ startSender: vi.fn(), kickSender: vi.fn() }));

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

function open(path: string) {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <ReportPage lang="en" area="sefton" topic="report" />
    </LocationProvider>,
  );
}

async function fillAspen(description: string) {
  const box = await screen.findByRole('textbox', { name: startsWith(en.form.description) });
  fireEvent.input(box, { target: { value: description } });
  fireEvent.click(screen.getByRole('radio', { name: en.option.lost }));
  fireEvent.click(screen.getByRole('radio', { name: en.contact['in-person'] }));
  fireEvent.click(screen.getByRole('checkbox', { name: en.who.consent }));
  return box as HTMLTextAreaElement;
}

beforeEach(async () => {
  await Promise.all([db.outbox.clear(), db.drafts.clear()]);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the report page when storage fails', () => {
  it('flags 10,000 characters as too long and keeps every one of them', async () => {
    open('/en/sefton/report?c=aspen&step=form');
    const long = 'ሰላም 👋 '.repeat(1250);
    const box = await fillAspen(long);
    fireEvent.click(screen.getByRole('button', { name: en.form.check }));
    await screen.findByRole('alert');
    expect(box.value).toBe(long);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(en.error.too_long);
  });

  it('says so when this browser will not store anything, and can still send directly without claiming "saved"', async () => {
    vi.spyOn(db.drafts, 'get').mockRejectedValue(new Dexie.MissingAPIError('IndexedDB API missing'));
    vi.spyOn(db.drafts, 'put').mockRejectedValue(new Dexie.MissingAPIError('IndexedDB API missing'));
    vi.spyOn(db.outbox, 'add').mockRejectedValue(new Dexie.OpenFailedError('blocked', new DOMException('no', 'SecurityError')));
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ reference: 'SEF-DIR3-CT' }), { status: 201, headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    open('/en/sefton/report?c=aspen&step=form');
    expect(await screen.findByText(en.draft.unavailable)).toBeTruthy();
    await fillAspen('My card stopped working yesterday');
    fireEvent.click(screen.getByRole('button', { name: en.form.check }));
    fireEvent.click(await screen.findByRole('button', { name: en.check.send }));
    expect(await screen.findByText(en.save.unavailable)).toBeTruthy();
    expect(screen.queryByText(en.save.saved)).toBeNull();
    expect(screen.getByText('My card stopped working yesterday')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.save.direct }));
    await waitFor(() => expect(document.body.textContent).toContain('Sent — reference SEF-DIR3-CT'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(en.save.saved)).toBeNull();
  });
});

describe('after sending', () => {
  it('replaces "saved, will send" with "sent" once the report is delivered, so only the true state shows', async () => {
    open('/en/sefton/report?c=aspen&step=form');
    await fillAspen('My card was refused at the shop');
    fireEvent.click(screen.getByRole('button', { name: en.form.check }));
    fireEvent.click(await screen.findByRole('button', { name: en.check.send }));
    expect(await screen.findByText(en.save.saved)).toBeTruthy();
    const [item] = await db.outbox.toArray();
    // What the sender does on a 201: the waiting report becomes a receipt in one transaction.
    await db.transaction('rw', db.outbox, db.receipts, async () => {
      await db.outbox.delete(item!.id);
      await db.receipts.put({ id: item!.id, reference: 'SEF-7K3Q-9D', category: 'aspen', sentAt: Date.now() });
    });
    const flash = document.querySelector('.report-flash')!;
    await waitFor(() => expect(flash.textContent).toBe('Sent — reference SEF-7K3Q-9D'));
    expect(flash.getAttribute('role')).toBe('status');
    expect(screen.queryByText(en.save.saved)).toBeNull();
  });
});
