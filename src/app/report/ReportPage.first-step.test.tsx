// The first step is drawn without the store: a phone that keeps nothing gets no database until the person starts a report.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/report.json';
import { db } from '../storage/db';
import { ReportPage } from './ReportPage';

vi.mock('./delivery/outbox-runner', () => ({ startSender: vi.fn(), kickSender: vi.fn() }));

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const hasDatabase = async () => (await indexedDB.databases()).some((d) => d.name === 'waymark');

function open(path = '/en/sefton/report') {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <ReportPage lang="en" area="sefton" topic="report" />
    </LocationProvider>,
  );
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('the report page before anything is typed', { timeout: 20_000 }, () => {
  it('draws "What is wrong?" on a phone that keeps nothing without opening the database', async () => {
    open();
    expect(await screen.findByRole('button', { name: en.category.repair })).toBeTruthy();
    expect(screen.getByRole('button', { name: en.clear.button })).toBeTruthy();
    // Long enough for the draft and outbox reads the page used to start at once.
    await new Promise((r) => setTimeout(r, 300));
    expect(await hasDatabase()).toBe(false);
  });

  it('keeps the very first keystroke once a problem is chosen and the store is fetched', async () => {
    open();
    fireEvent.click(await screen.findByRole('button', { name: en.category.aspen }));
    fireEvent.click(await screen.findByRole('button', { name: en.waymark.start }));
    const box = await screen.findByRole('textbox', { name: startsWith(en.form.description) });
    fireEvent.input(box, { target: { value: 'M' } });
    await waitFor(async () => expect(((await db.drafts.get('report'))?.values as { description?: string })?.description).toBe('M'));
  });

  it('still offers to continue a draft the phone kept', async () => {
    await db.drafts.put({ id: 'report', values: { category: 'aspen', contactLanguage: 'en', description: 'kept' }, updatedAt: 1 });
    open();
    expect(await screen.findByRole('button', { name: en.draft.continue })).toBeTruthy();
  });
});
