import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LanguageScope } from '../../language/use-t';
import { ShowToPersonPage } from './ShowToPersonPage';
import { FIXTURE_BODIES, installFixtureStrings, loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { TopicBodiesContext } from '../topic-body/topic-body';

function open(url: string, lang = 'en') {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <TopicBodiesContext.Provider value={FIXTURE_BODIES}>
        <LanguageScope lang={lang}>
          <ShowToPersonPage lang={lang} area="sefton" topic="show" />
        </LanguageScope>
      </TopicBodiesContext.Provider>
    </LocationProvider>,
  );
}

const visibleHeading = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('ShowToPersonPage', () => {
  beforeAll(loadHelperStrings);
  beforeAll(installFixtureStrings);

  it('shows one section of the topic per screen and moves with the next and back buttons', async () => {
    open('/en/sefton/show?topic=gp');
    expect(await screen.findByText('1 of 2')).toBeTruthy();
    expect(visibleHeading()).toBe('Call for help');
    expect(screen.getByRole('link', { name: '01234 567890' }).getAttribute('href')).toBe('tel:01234567890');
    expect(screen.getByRole('button', { name: 'Back' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(visibleHeading()).toBe('See a doctor'));
    expect(screen.getByText('2 of 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
  });

  it('moves with swipes and arrow keys in the reading direction of right-to-left text', async () => {
    open('/ar/sefton/show?topic=gp', 'ar');
    await waitFor(() => expect(visibleHeading()).toBe('اتصل للمساعدة'));
    const frame = screen.getByRole('heading', { level: 2 }).closest('[dir]')!;
    expect(frame.getAttribute('dir')).toBe('rtl');
    fireEvent.keyDown(frame, { key: 'ArrowLeft' });
    await waitFor(() => expect(visibleHeading()).toBe('زيارة الطبيب'));
    const area = screen.getByRole('heading', { level: 2 }).closest('section')!.parentElement!;
    fireEvent.pointerDown(area, { clientX: 300, clientY: 100 });
    fireEvent.pointerUp(area, { clientX: 100, clientY: 110 });
    await waitFor(() => expect(visibleHeading()).toBe('اتصل للمساعدة'));
  });

  it('ignores a tap that is not a swipe', async () => {
    open('/en/sefton/show?topic=gp');
    await screen.findByText('1 of 2');
    const area = screen.getByRole('heading', { level: 2 }).closest('section')!.parentElement!;
    fireEvent.pointerDown(area, { clientX: 100, clientY: 100 });
    fireEvent.pointerUp(area, { clientX: 104, clientY: 100 });
    expect(visibleHeading()).toBe('Call for help');
  });

  it('returns to where the helper was on Escape and on Close', async () => {
    open('/en/sefton/show?topic=gp&from=%2Fen%2Fsefton%2Fwalkthrough');
    await screen.findByText('1 of 2');
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    await waitFor(() => expect(location.pathname).toBe('/en/sefton/walkthrough'));
    open('/en/sefton/show?topic=gp');
    fireEvent.click((await screen.findAllByRole('button', { name: 'Close' }))[0]!);
    await waitFor(() => expect(location.pathname).toBe('/en/sefton/gp'));
  });

  it('says so when a topic has nothing to show', async () => {
    open('/en/sefton/show?topic=report');
    expect((await screen.findByRole('status')).textContent).toContain('no text to show');
    expect(screen.getByRole('link', { name: /Back/ }).getAttribute('href')).toBe('/en/sefton/report');
  });

  describe('a point taller than the screen', () => {
    const scrolled = new WeakMap<Element, number>();
    const own = (name: 'scrollHeight' | 'clientHeight' | 'scrollTop') => Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    const saved = { scrollHeight: own('scrollHeight'), clientHeight: own('clientHeight'), scrollTop: own('scrollTop') };
    // jsdom has no layout: the point is given the sizes the issue measured (1,344 px of words in a 562 px box).
    beforeAll(() => {
      const isPoint = (el: Element) => el.classList.contains('show-point');
      Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
        configurable: true,
        get: function (this: Element) {
          return isPoint(this) ? 1344 : 0;
        },
      });
      Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
        configurable: true,
        get: function (this: Element) {
          return isPoint(this) ? 562 : 0;
        },
      });
      Object.defineProperty(HTMLElement.prototype, 'scrollTop', {
        configurable: true,
        get: function (this: Element) {
          return scrolled.get(this) ?? 0;
        },
        set: function (this: Element, v: number) {
          scrolled.set(this, Math.max(0, Math.min(v, 1344 - 562)));
        },
      });
    });
    afterEach(() => {
      for (const [name, d] of Object.entries(saved)) {
        if (d) Object.defineProperty(HTMLElement.prototype, name, d);
        else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
      }
    });

    it('says there is more below, scrolls on when asked, and drops the sign at the bottom', async () => {
      open('/en/sefton/show?topic=gp');
      const more = await screen.findByRole('button', { name: 'More below' });
      expect(more.hidden).toBe(false);
      const point = document.querySelector<HTMLElement>('.show-point')!;
      fireEvent.click(more);
      expect(point.scrollTop).toBeGreaterThan(0);
      fireEvent.click(more);
      fireEvent.scroll(point);
      expect(point.scrollTop).toBe(1344 - 562);
      await waitFor(() => expect(more.hidden).toBe(true));
    });
  });
});
