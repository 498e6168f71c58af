import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/report.json';
import { LANGUAGE_CODES } from '../../shared/languages';
import { LanguageScope } from '../language/use-t';
import { hasUnsavedInput } from '../offline/unsaved-input';
import { db } from '../storage/db';
import { ReportPage } from './ReportPage';

vi.mock('./delivery/outbox-runner', () => ({ startSender: vi.fn(), kickSender: vi.fn() }));

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

function open(path = '/en/sefton/report', area = 'sefton') {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <ReportPage lang="en" area={area} topic="report" />
    </LocationProvider>,
  );
}

beforeEach(async () => {
  await Promise.all([db.outbox.clear(), db.drafts.clear(), db.receipts.clear()]);
});

describe('who should I tell?', () => {
  it('asks what is wrong, with one choice per problem', async () => {
    open();
    const pick = await screen.findByRole('region', { name: en.category.title });
    expect(within(pick).getAllByRole('button')).toHaveLength(7);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('for a repair puts 999 first, then urgent hazards, then Migrant Help with one tap to call', async () => {
    open();
    fireEvent.click(await screen.findByRole('button', { name: en.category.repair }));
    const danger = await screen.findByRole('region', { name: en.danger.title });
    // Source titles now name 999 too ("When to call 999"): the call button is the link whose name starts with "Call 999".
    expect(
      within(danger)
        .getByRole('link', { name: /^Call 999/ })
        .getAttribute('href'),
    ).toBe('tel:999');
    const hazards = screen.getByRole('region', { name: en.hazard.title });
    expect(hazards.textContent).toContain(en.hazard.gasDo.replace('{{emergency}}', '999'));
    const routes = screen.getByRole('region', { name: en.route.title });
    expect(
      within(routes)
        .getByRole('link', { name: /Call Migrant Help/ })
        .getAttribute('href'),
    ).toBe('tel:08088010503');
    expect(screen.getByRole('button', { name: en.waymark.start })).toBeTruthy();
  });

  it('for hate crime in Sefton offers police 101, Stop Hate UK and True Vision by name, with no unconfirmed web address', async () => {
    open('/en/sefton/report?c=harassment');
    const routes = await screen.findByRole('region', { name: en.route.title });
    const links = within(routes)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['tel:101', 'tel:08001381625', 'tel:08088010503']));
    expect(within(routes).getByText(en.route.trueVision)).toBeTruthy();
    expect(routes.innerHTML).not.toContain('report-it.org');
  });

  it('does not offer Stop Hate UK in Stockton, where no source shows it covers', async () => {
    open('/en/stockton/report?c=harassment', 'stockton');
    const routes = await screen.findByRole('region', { name: en.route.title });
    expect(within(routes).queryByRole('link', { name: /Stop Hate UK/ })).toBeNull();
  });
});

describe('the form', () => {
  it('places translated errors beside their fields, announces them, and keeps what was typed', async () => {
    open('/en/sefton/report?c=aspen&step=form');
    const name = await screen.findByLabelText(en.contact.name);
    fireEvent.input(name, { target: { value: 'Hana' } });
    fireEvent.click(screen.getByRole('button', { name: en.form.check }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(en.error.summary)).toBeTruthy();
    const description = screen.getByRole('textbox', { name: startsWith(en.form.description) });
    expect(description.getAttribute('aria-invalid')).toBe('true');
    const describedBy = description.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(en.error.required);
    expect((screen.getByLabelText(en.contact.name) as HTMLInputElement).value).toBe('Hana');
  });

  it('saves a draft while typing and marks the form unsaved until it is stored', async () => {
    open('/en/sefton/report?c=other&step=form');
    const description = await screen.findByRole('textbox', { name: startsWith(en.form.description) });
    fireEvent.input(description, { target: { value: 'I need a volunteer to help with letters' } });
    expect(hasUnsavedInput()).toBe(true);
    await waitFor(async () =>
      expect((await db.drafts.get('report'))?.values).toMatchObject({ description: 'I need a volunteer to help with letters' }),
    );
    await waitFor(() => expect(hasUnsavedInput()).toBe(false));
  });

  it('asks for the phone number only when the person wants a call or WhatsApp', async () => {
    open('/en/sefton/report?c=school&step=form');
    await screen.findByRole('group', { name: startsWith(en.contact.method) });
    expect(screen.queryByLabelText(startsWith(en.contact.phoneNumber))).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: en.contact.whatsapp }));
    expect(screen.getByLabelText(startsWith(en.contact.phoneNumber))).toBeTruthy();
  });

  it('removes a pasted NUL and a lone surrogate from the words at once and says so beside the field', async () => {
    open('/en/sefton/report?c=other&step=form');
    const description = (await screen.findByRole('textbox', { name: startsWith(en.form.description) })) as HTMLTextAreaElement;
    expect(screen.queryByText(en.form.cleaned)).toBeNull();
    fireEvent.input(description, { target: { value: 'Boiler\u0000 broken \ud800since Monday 😀' } });
    expect(description.value).toBe('Boiler broken \ufffdsince Monday 😀');
    const note = screen.getByText(en.form.cleaned);
    expect(description.getAttribute('aria-describedby')!.split(' ')).toContain(note.id);
    await waitFor(async () =>
      expect((await db.drafts.get('report'))?.values).toMatchObject({ description: 'Boiler broken \ufffdsince Monday 😀' }),
    );
  });
});

describe('emergencies first', () => {
  it.each(LANGUAGE_CODES)(
    'in %s, the first heading after the title is the emergency block, with 999 and the gas emergency line',
    async (lng) => {
      const words = JSON.parse(readFileSync(join(process.cwd(), 'locales', lng, 'report.json'), 'utf8')) as typeof en;
      history.replaceState(null, '', `/${lng}/sefton/report`);
      render(
        <LanguageScope lang={lng}>
          <LocationProvider>
            <ReportPage lang={lng} area="sefton" topic="report" />
          </LocationProvider>
        </LanguageScope>,
      );
      const block = await screen.findByRole('region', { name: words.emergency.title });
      const headings = screen.getAllByRole('heading');
      expect(headings[0]!.tagName).toBe('H1');
      expect(headings[1]!.textContent).toBe(words.emergency.title);
      expect(block.contains(headings[1]!)).toBe(true);
      const calls = within(block)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href'));
      expect(calls).toEqual(expect.arrayContaining(['tel:999', 'tel:0800111999']));
      const picker = screen.getByRole('region', { name: words.category.title });
      expect(block.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    },
  );

  it('cites the gas networks for the gas line, with publisher and page date, and no Reading Walk-in Health Centre', async () => {
    open();
    const block = await screen.findByRole('region', { name: en.emergency.title });
    const sources = within(block).getByRole('group');
    expect(within(sources).getByRole('link', { name: 'Cadent Gas: Carbon monoxide advice' }).getAttribute('href')).toBe(
      'https://cadentgas.com/carbon-monoxide-advice',
    );
    expect(within(sources).getByRole('link', { name: /^Northern Gas Networks: / })).toBeTruthy();
    expect(within(sources).getByRole('link', { name: /^Energy Networks Association: / }).parentElement?.textContent).toMatch(
      /page date: 1 December 2019 · /,
    );
    expect(sources.textContent).not.toMatch(/Reading Walk-in|NHS 111 Wales/);
  });

  it('for a gas repair, gives the gas emergency line before 999 and Migrant Help', async () => {
    open('/en/sefton/report?c=repair');
    const hazards = await screen.findByRole('region', { name: en.hazard.title });
    const calls = within(hazards)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(calls.filter((h) => h === 'tel:0800111999')).toHaveLength(1);
    expect(hazards.textContent).toContain(en.hazard.gasFirst);
    const gasCall = calls.indexOf('tel:0800111999');
    expect(calls.indexOf('tel:999', gasCall)).toBeGreaterThan(gasCall);
  });
});
