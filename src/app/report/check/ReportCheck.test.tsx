import { fireEvent, render, screen, within } from '@testing-library/preact';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ar from '../../../../locales/ar/report.json';
import en from '../../../../locales/en/report.json';
import { LanguageScope } from '../../language/use-t';
import { db, type OutboxItem } from '../../storage/db';
import { emptyValues, type FormValues } from '../form/form-values';
import { ReportCheck } from './ReportCheck';

vi.mock('../delivery/outbox-runner', () => ({ startSender: vi.fn(), kickSender: vi.fn() }));

const values: FormValues = {
  ...emptyValues('harassment', 'ar'),
  description: 'صرخوا علينا في الشارع <b>مرتين</b>',
  details: { ongoing: 'yes', where: 'Stanley Road' },
  method: 'phone',
  name: 'Amal',
  phone: '07700 900123',
  consent: true,
};

function show(over: Partial<FormValues> = {}) {
  const props = {
    values: { ...values, ...over },
    area: 'sefton',
    onEdit: vi.fn(),
    onBeforeSave: vi.fn(),
    onSaved: vi.fn<(item: OutboxItem) => void>(),
    onSentDirect: vi.fn(),
  };
  render(
    <LanguageScope lang="ar">
      <ReportCheck {...props} />
    </LanguageScope>,
  );
  return props;
}

beforeEach(async () => {
  vi.restoreAllMocks();
  await db.outbox.clear();
});

describe('checking a report before sending', () => {
  it("shows it in the person's language and in English side by side, each column marked with its language", async () => {
    show();
    const mine = (await screen.findByRole('heading', { name: ar.check.yourLanguage })).closest('section')!;
    const english = (await screen.findByRole('heading', { name: en.check.english })).closest('section')!;
    expect([mine.getAttribute('lang'), mine.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect([english.getAttribute('lang'), english.getAttribute('dir')]).toEqual(['en-GB', 'ltr']);
    expect(within(english).getByText(en.option.yes)).toBeTruthy();
    expect(within(mine).getByText(ar.option.yes)).toBeTruthy();
    expect(within(english).getByText('07700 900123').closest('bdi')?.getAttribute('dir')).toBe('ltr');
  });

  it('shows the interpreter answer and the postcode district in both columns', async () => {
    show({ interpreter: 'no', postcodeDistrict: ' l20 ' });
    const mine = (await screen.findByRole('heading', { name: ar.check.yourLanguage })).closest('section')!;
    const english = (await screen.findByRole('heading', { name: en.check.english })).closest('section')!;
    expect(within(english).getByText(en.contact.interpreter)).toBeTruthy();
    expect(within(mine).getByText(ar.contact.interpreter)).toBeTruthy();
    expect(within(english).getByText(en.option.no)).toBeTruthy();
    expect(within(english).getByText(en.contact.postcode)).toBeTruthy();
    expect(within(mine).getByText('L20').closest('bdi')?.getAttribute('dir')).toBe('ltr');
  });

  it('shows HTML typed into a field as text, never as markup', async () => {
    show();
    const english = (await screen.findByRole('heading', { name: en.check.english })).closest('section')!;
    expect(within(english).getByText(values.description)).toBeTruthy();
    expect(english.querySelector('b')).toBeNull();
  });

  it('says "saved" only once the report is stored, and stores it once', async () => {
    const props = show();
    fireEvent.click(await screen.findByRole('button', { name: ar.check.send }));
    await vi.waitFor(() => expect(props.onSaved).toHaveBeenCalledTimes(1));
    expect(props.onBeforeSave).toHaveBeenCalled();
    const stored = await db.outbox.toArray();
    expect(stored).toHaveLength(1);
    expect(props.onSaved.mock.calls[0]![0].id).toBe(stored[0]!.id);
  });

  it('when storage is full says so plainly, saves nothing and offers to send without saving', async () => {
    vi.spyOn(db.outbox, 'add').mockRejectedValue(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')));
    const props = show();
    fireEvent.click(await screen.findByRole('button', { name: ar.check.send }));
    expect(await screen.findByText(ar.save.full)).toBeTruthy();
    expect(props.onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: ar.save.direct })).toBeTruthy();
    expect(screen.getAllByText(values.description).length).toBeGreaterThan(0);
  });
});
