import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../../locales/en/report.json';
import { db } from '../../storage/db';
import { ClearMyData } from './ClearMyData';
import { enqueueReport } from '../outbox/outbox-store';
import { sampleReport } from '../test-reports';

beforeEach(async () => {
  await Promise.all([db.outbox.clear(), db.drafts.clear(), db.receipts.clear()]);
});

describe('clear my data', () => {
  it('warns first, listing reports not yet sent, and deletes only on the second yes', async () => {
    await enqueueReport(sampleReport({ category: 'aspen', details: { problem: 'lost' } }), undefined);
    const onCleared = vi.fn();
    render(<ClearMyData onCleared={onCleared} />);
    fireEvent.click(await screen.findByRole('button', { name: en.clear.button }));
    const warning = await screen.findByRole('group');
    expect(within(warning).getByText(en.clear.unsent)).toBeTruthy();
    expect(within(warning).getByRole('listitem').textContent).toContain(en.category.aspen);
    expect(await db.outbox.count()).toBe(1);
    fireEvent.click(within(warning).getByRole('button', { name: en.clear.confirm }));
    expect(await screen.findByText(en.clear.done)).toBeTruthy();
    expect(await db.outbox.count()).toBe(0);
    expect(onCleared).toHaveBeenCalled();
  });

  it('keeps everything when the person changes their mind', async () => {
    await enqueueReport(sampleReport(), undefined);
    render(<ClearMyData onCleared={vi.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: en.clear.button }));
    fireEvent.click(await screen.findByRole('button', { name: en.clear.cancel }));
    expect(await db.outbox.count()).toBe(1);
  });
});
