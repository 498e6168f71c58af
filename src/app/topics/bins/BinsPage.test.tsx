import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import en from '../../../../locales/en/bins.json';
import { LocationProvider } from 'preact-iso';
import { BinsPage } from './BinsPage';
import { storageKey } from './schedule/saved-schedule';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z')); // Monday
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function open(area: string) {
  const view = render(<BinsPage lang="en" area={area} topic="bins" />);
  await screen.findByRole('heading', { level: 2, name: en.rules.heading });
  return view;
}

async function setUpSefton() {
  fireEvent.click(await screen.findByRole('radio', { name: 'Tuesday' }));
  fireEvent.click(screen.getByRole('radio', { name: en.slot.sefton.a }));
  fireEvent.click(screen.getByRole('button', { name: en.setup.save }));
}

describe('the bins page', () => {
  it('has one main heading, then setup, rules, contact and sources', async () => {
    await open('sefton');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('form', { name: en.setup.heading })).toBeTruthy();
    expect(screen.getByRole('link', { name: /0345 140 0845/ }).getAttribute('href')).toBe('tel:03451400845');
    expect(screen.getByText(/^Last checked/)).toBeTruthy();
  });

  it('saves the setup on the phone under the area, then shows the next collections instead of the form', async () => {
    await open('sefton');
    await setUpSefton();
    const heading = await screen.findByRole('heading', { level: 2, name: en.next.heading });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(en.setup.saved).getAttribute('role')).toBe('status');
    expect(JSON.parse(localStorage.getItem(storageKey('sefton'))!)).toMatchObject({
      area: 'sefton',
      weekday: 2,
      anchor: '2026-11-24',
      slot: 'a',
    });
    expect(screen.queryByRole('form', { name: en.setup.heading })).toBeNull();
  });

  it('shows the saved schedule when opened again', async () => {
    localStorage.setItem(storageKey('sefton'), JSON.stringify({ v: 1, area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'b' }));
    await open('sefton');
    expect(await screen.findByRole('heading', { level: 3, name: 'Tomorrow, Tuesday 24 November' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: en.setup.heading })).toBeNull();
  });

  it('never applies a Sefton schedule in Stockton, and says why', async () => {
    localStorage.setItem(storageKey('sefton'), JSON.stringify({ v: 1, area: 'sefton', weekday: 1, anchor: '2026-11-23', slot: 'a' }));
    await open('stockton');
    // The area's name sits in its own <bdi>, so the sentence is matched as its paragraph's whole text.
    const said = 'Your saved bin day is for Sefton. It does not work here. Please set up your bin day for this area.';
    const notice = screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === said);
    expect(notice.querySelector('bdi.proper-name')?.textContent).toBe('Sefton');
    expect(screen.getByRole('form', { name: en.setup.heading })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: en.next.heading })).toBeNull();
  });

  it('asks to set up again when the saved value is corrupt', async () => {
    localStorage.setItem(storageKey('stockton'), '{"v":1,"area":"stockton","weekday":1');
    await open('stockton');
    expect(screen.getByText(en.setup.resave)).toBeTruthy();
    expect(screen.getByRole('form', { name: en.setup.heading })).toBeTruthy();
  });

  it('still shows the schedule, and says so, when the phone cannot save it', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await open('sefton');
    await setUpSefton();
    expect(await screen.findByText(en.setup.notSaved)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Tomorrow, Tuesday 24 November' })).toBeTruthy();
  });

  it('lets the person change the day, keeping the old answers in the form', async () => {
    localStorage.setItem(storageKey('sefton'), JSON.stringify({ v: 1, area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' }));
    await open('sefton');
    fireEvent.click(await screen.findByRole('button', { name: en.next.change }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Tuesday' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: en.setup.cancel }));
    expect(screen.getByRole('heading', { level: 2, name: en.next.heading })).toBeTruthy();
  });

  it('downloads a calendar file with the reminders in the page’s language', async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:bins';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('bin-days-sefton.ics');
    });
    localStorage.setItem(storageKey('sefton'), JSON.stringify({ v: 1, area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' }));
    await open('sefton');
    fireEvent.click(await screen.findByRole('button', { name: en.calendar.download }));
    expect(click).toHaveBeenCalledOnce();
    expect(blob!.type).toBe('text/calendar;charset=utf-8');
    const text = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(reader.result as string);
      reader.readAsText(blob!);
    });
    expect(text).toContain('SUMMARY;LANGUAGE=en-GB:Bins tomorrow: Brown bin\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/London:20261123T180000\r\n');
    expect(text.replace(/\r\n /g, '')).toContain(
      'DESCRIPTION;LANGUAGE=en-GB:Tomorrow is bin day. Put out: Brown bin: recycling. Put everything out by 6:30.\r\n',
    );
    expect(screen.getByText(en.calendar.done)).toBeTruthy();
  });

  it('keeps each council’s colours: green is garden waste in Sefton and general waste in Stockton', async () => {
    const sefton = await open('sefton');
    const seftonGreen = screen.getByRole('article', { name: /^Green bin/ });
    expect(seftonGreen.textContent).toContain('garden waste only');
    expect(within(seftonGreen).getByText(en.rules.sefton.green.never.food)).toBeTruthy();
    sefton.unmount();
    await open('stockton');
    const stocktonGreen = screen.getByRole('article', { name: /^Green bin/ });
    expect(stocktonGreen.textContent).toContain('general waste that cannot be recycled');
    expect(stocktonGreen.textContent).not.toContain('garden');
    expect(screen.getByRole('article', { name: /^Brown bin/ }).textContent).toContain('garden waste, paid service');
  });

  it('shows an old or single-source rule with a caveat', async () => {
    await open('stockton');
    const missed = screen.getByText((_, el) => el?.tagName === 'LI' && (el.textContent ?? '').startsWith('Report a missed bin'));
    expect(missed.textContent).toContain('Report a missed bin no earlier than 16:30 on collection day.');
    expect(missed.textContent).toContain(en.rules.check);
  });
});

describe('the bins page’s tools for helpers', () => {
  it('offers side by side, show to person, print and hand-over for bin days, like every other topic', async () => {
    history.replaceState(null, '', '/en/sefton/bins');
    render(
      <LocationProvider>
        <BinsPage lang="en" area="sefton" topic="bins" />
      </LocationProvider>,
    );
    const tools = await screen.findByRole('navigation', { name: 'Tools for helpers' });
    const hrefs = [...tools.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/en/sefton/side-by-side?topic=bins&with=en',
      '/en/sefton/show?topic=bins&from=%2Fen%2Fsefton%2Fbins',
      '/en/sefton/leaflet?topics=bins&with=en',
    ]);
    expect(within(tools).getByRole('button', { name: 'Give to their phone' })).toBeTruthy();
  });
});

describe('bin days handed over in the link', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('shows the link’s next collections and saves them only when the person taps', async () => {
    history.replaceState(null, '', '/en/sefton/bins?bin=sefton.20261124.b');
    await open('sefton');
    expect(await screen.findByText(en.link.intro)).toBeTruthy();
    const day = screen.getByRole('heading', { level: 3, name: 'Tomorrow, Tuesday 24 November' });
    expect(day.closest('li')!.textContent).toContain('Grey bin');
    expect(screen.queryByRole('form', { name: en.setup.heading })).toBeNull();
    expect(localStorage.getItem(storageKey('sefton'))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.link.save }));
    expect(await screen.findByText(en.setup.saved)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(storageKey('sefton'))!)).toEqual({
      v: 1,
      area: 'sefton',
      weekday: 2,
      anchor: '2026-11-24',
      slot: 'b',
    });
    expect(screen.queryByRole('button', { name: en.link.save })).toBeNull();
  });

  it.each(['?bin=stockton.20261124.a', '?bin=sefton.20261124.z', '?bin=%3Cscript%3E'])(
    'ignores %s and shows the normal page',
    async (search) => {
      history.replaceState(null, '', `/en/sefton/bins${search}`);
      await open('sefton');
      expect(screen.getByRole('form', { name: en.setup.heading })).toBeTruthy();
      expect(screen.queryByText(en.link.intro)).toBeNull();
      expect(screen.queryByRole('button', { name: en.link.save })).toBeNull();
    },
  );

  it('puts the bin day saved on this phone into the hand-over link, without the street', async () => {
    const saved = { v: 1, area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a', street: 'Example Road' };
    localStorage.setItem(storageKey('sefton'), JSON.stringify(saved));
    history.replaceState(null, '', '/en/sefton/bins');
    render(
      <LocationProvider>
        <BinsPage lang="en" area="sefton" topic="bins" />
      </LocationProvider>,
    );
    await screen.findByRole('heading', { level: 2, name: en.next.heading });
    fireEvent.click(screen.getByRole('button', { name: 'Give to their phone' }));
    const url = document.querySelector('.hand-over-url')!.textContent;
    expect(url).toBe(`${location.origin}/en/sefton/bins?bin=sefton.20261124.a`);
  });
});
