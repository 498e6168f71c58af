import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../../../locales/en/report.json';
import safety from '../../../../locales/en/safety.json';
import { foldOutbox } from '../../safety/outbox-fold';
import { i18n } from '../../language/i18n';
import type { OutboxItem } from '../../storage/db';
import { kickSender } from '../delivery/outbox-runner';
import { retryRefused } from '../outbox/outbox-store';
import { OutboxList } from './OutboxList';
import { ESCALATE_AFTER_MS } from './status-view';

vi.mock('../delivery/outbox-runner', () => ({ startSender: vi.fn(), kickSender: vi.fn() }));
vi.mock('../outbox/outbox-store', () => ({ retryRefused: vi.fn(() => Promise.resolve()) }));

beforeAll(() => i18n.loadNamespaces(['report', 'safety']));

const now = Date.now();
const item = (over: Partial<OutboxItem>): OutboxItem => ({
  id: crypto.randomUUID(),
  state: 'queued',
  category: 'repair',
  area: 'sefton',
  payloadVersion: 1,
  payload: {},
  createdAt: now,
  attempts: 0,
  ...over,
});

describe('the status list', () => {
  it("tells each report's state in plain words, with the reference read left to right", () => {
    const items = [
      item({}),
      item({ category: 'aspen', state: 'sending' }),
      item({ category: 'health', state: 'attention', errors: [{ field: 'contact.phone', code: 'invalid' }] }),
    ];
    render(
      <OutboxList
        view={{ items, receipts: [{ id: 'r', reference: 'SEF-7K3Q-9D', category: 'school', sentAt: now }], loaded: true }}
        onFix={vi.fn()}
      />,
    );
    const entries = screen.getAllByRole('listitem');
    expect(within(entries[0]!).getByText(en.status.saved)).toBeTruthy();
    expect(within(entries[1]!).getByText(en.status.sending)).toBeTruthy();
    expect(within(entries[2]!).getByText(`Needs attention: ${en.contact.phoneNumber}: ${en.error.invalid}`)).toBeTruthy();
    const reference = within(entries[3]!).getByText('SEF-7K3Q-9D');
    expect(reference.tagName).toBe('BDI');
    expect(reference.getAttribute('dir')).toBe('ltr');
  });

  it('escalates a report waiting more than three days with advice and a call button', () => {
    render(
      <OutboxList view={{ items: [item({ createdAt: now - ESCALATE_AFTER_MS - 60_000 })], receipts: [], loaded: true }} onFix={vi.fn()} />,
    );
    expect(document.body.textContent).toContain(en.status.waitingLong_other.replace('{{days}}', '3'));
    expect(screen.getByRole('link', { name: /Migrant Help/ }).getAttribute('href')).toBe('tel:08088010503');
  });

  it('explains a captive portal in words a person can act on', () => {
    render(<OutboxList view={{ items: [item({ retryReason: 'portal', attempts: 1 })], receipts: [], loaded: true }} onFix={vi.fn()} />);
    expect(screen.getByText(en.status.portal)).toBeTruthy();
  });

  it('"Send now" wakes the sender', () => {
    render(<OutboxList view={{ items: [item({})], receipts: [], loaded: true }} onFix={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: en.status.sendNow }));
    expect(kickSender).toHaveBeenCalledWith('sendNow');
  });

  it('announces a status change politely', () => {
    const waiting = item({});
    const { rerender } = render(<OutboxList view={{ items: [waiting], receipts: [], loaded: true }} onFix={vi.fn()} />);
    rerender(
      <OutboxList
        view={{ items: [], receipts: [{ id: waiting.id, reference: 'SEF-AB12-3C', category: 'repair', sentAt: now }], loaded: true }}
        onFix={vi.fn()}
      />,
    );
    const live = screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;
    expect(live.textContent).toBe('Sent — reference SEF-AB12-3C');
  });

  it('tells the person when the service refused a report for a day, and lets them try again or show it to a helper', async () => {
    const payload = {
      schemaVersion: 1,
      id: 'x',
      area: 'sefton',
      category: 'repair',
      description: 'No hot water since Monday',
      details: {},
      contact: { method: 'in-person', name: 'Hana' },
      consent: true,
    };
    const refused = item({
      state: 'attention',
      errors: [{ field: 'body', code: 'server_refused' }],
      refusal: { status: 500, since: now - 86_400_000, tries: 290 },
      payload,
    });
    const onFix = vi.fn();
    render(<OutboxList view={{ items: [refused], receipts: [], loaded: true }} onFix={onFix} />);
    expect(screen.getByText(`Needs attention: ${en.error.report}: ${en.error.server_refused}`)).toBeTruthy();
    expect(screen.getByText(en.status.refused.replace('{{status}}', '500'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.status.show }));
    expect(screen.getAllByText('No hot water since Monday').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: en.status.hide }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: en.status.fix }));
    expect(onFix).toHaveBeenCalledWith(refused);
    fireEvent.click(screen.getByRole('button', { name: en.status.tryAgain }));
    expect(retryRefused).toHaveBeenCalledWith(refused.id, expect.any(Number));
    await vi.waitFor(() => expect(kickSender).toHaveBeenCalledWith('sendNow'));
  });

  it('offers no "Try again" for a report the service found invalid', () => {
    render(
      <OutboxList
        view={{ items: [item({ state: 'attention', errors: [{ field: 'description', code: 'invalid' }] })], receipts: [], loaded: true }}
        onFix={vi.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: en.status.tryAgain })).toBeNull();
    expect(screen.queryByRole('button', { name: en.status.show })).toBeNull();
  });

  it('after a quick exit shows no report, not even its kind, until the person asks', () => {
    foldOutbox(true);
    const items = [item({ category: 'harassment' })];
    render(
      <OutboxList
        view={{ items, receipts: [{ id: 'r', reference: 'SEF-7K3Q-9D', category: 'harassment', sentAt: now }], loaded: true }}
        onFix={vi.fn()}
      />,
    );
    expect(screen.getByText(safety.outbox.folded)).toBeTruthy();
    expect(document.body.textContent).not.toContain(en.category.harassment);
    expect(document.body.textContent).not.toContain('SEF-7K3Q-9D');
    fireEvent.click(screen.getByRole('button', { name: safety.outbox.show }));
    expect(screen.getAllByText(en.category.harassment)).toHaveLength(2);
    expect(localStorage.getItem('waymark.fold')).toBeNull();
  });
});

describe('what became of a sent report', () => {
  it('shows who it was passed on to, the note in English with the hint, and when it was last checked', () => {
    const receipt = {
      id: 'r2',
      reference: 'SEF-7K3Q-9D',
      category: 'repair' as const,
      sentAt: now,
      statusToken: 't'.repeat(43),
      checkedAt: now,
      seen: {
        status: 'passed_on' as const,
        changedAt: new Date(now).toISOString(),
        passedOnTo: 'migrant_help' as const,
        note: 'They will call you.',
      },
    };
    render(<OutboxList view={{ items: [], receipts: [receipt], loaded: true }} onFix={() => undefined} />);
    expect(screen.getByText(en.progress.passedToMigrantHelp)).toBeTruthy();
    const note = screen.getByText('They will call you.');
    expect(note.getAttribute('lang')).toBe('en');
    expect(screen.getByText(en.progress.noteHint)).toBeTruthy();
    expect(screen.getByText(en.progress.next)).toBeTruthy();
    expect(screen.getByText(/^Last checked /)).toBeTruthy();
  });

  it('says nothing of a status for an old receipt that has no token', () => {
    render(
      <OutboxList
        view={{ items: [], receipts: [{ id: 'r3', reference: 'STO-AB12-3C', category: 'aspen', sentAt: now }], loaded: true }}
        onFix={() => undefined}
      />,
    );
    expect(screen.queryByText(en.progress.next)).toBeNull();
    expect(screen.queryByText(/^Last checked /)).toBeNull();
  });
});
