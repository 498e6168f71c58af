import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeAll, describe, expect, it } from 'vitest';
import { LanguageScope } from '../language/use-t';
import { ShowToPersonPage } from './ShowToPersonPage';
import { FIXTURE_BODIES, installFixtureStrings, loadHelperStrings } from './topic-bodies.fixture';
import { TopicBodiesContext } from './topic-body';

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

describe('ShowToPersonPage', () => {
  beforeAll(loadHelperStrings);
  beforeAll(installFixtureStrings);

  it('shows one point per screen and moves with the next and back buttons', async () => {
    open('/en/sefton/show?topic=gp');
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toBe('Call for help');
    expect(await screen.findByText('1 of 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('See a doctor');
    expect(screen.getByText('2 of 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
  });

  it('keeps phone numbers left to right inside right-to-left text', async () => {
    open('/ar/sefton/show?topic=gp', 'ar');
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('اتصل للمساعدة');
    const phone = screen.getByText('01234 567890');
    expect(phone.tagName).toBe('BDI');
    expect(phone.getAttribute('dir')).toBe('ltr');
    expect(phone.closest('p')?.textContent).toBe('اتصل على 01234 567890 في أي وقت.');
  });

  it('moves with swipes and arrow keys in the reading direction', async () => {
    open('/ar/sefton/show?topic=gp', 'ar');
    const heading = await screen.findByRole('heading', { level: 2 });
    const frame = heading.closest('[dir]')!;
    expect(frame.getAttribute('dir')).toBe('rtl');
    fireEvent.keyDown(frame, { key: 'ArrowLeft' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('زيارة الطبيب');
    const area = screen.getByRole('heading', { level: 2 }).parentElement!;
    fireEvent.pointerDown(area, { clientX: 300, clientY: 100 });
    fireEvent.pointerUp(area, { clientX: 100, clientY: 110 });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('اتصل للمساعدة');
  });

  it('returns to where the helper was on Escape and on Close', async () => {
    open('/en/sefton/show?topic=gp&from=%2Fen%2Fsefton%2Fwalkthrough');
    const heading = await screen.findByRole('heading', { level: 2 });
    fireEvent.keyDown(heading, { key: 'Escape' });
    await waitFor(() => expect(location.pathname).toBe('/en/sefton/walkthrough'));
    open('/en/sefton/show?topic=gp');
    fireEvent.click((await screen.findAllByRole('button', { name: 'Close' }))[0]!);
    await waitFor(() => expect(location.pathname).toBe('/en/sefton/gp'));
  });

  it('splits a body without a points list by its sections', async () => {
    open('/en/sefton/show?topic=esol');
    await waitFor(() => expect(screen.getByText('1 of 2')).toBeTruthy());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Call for help');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('See a doctor'));
  });

  it('says so when a topic has nothing to show', async () => {
    open('/en/sefton/show?topic=report');
    expect((await screen.findByRole('status')).textContent).toContain('no text to show');
    expect(screen.getByRole('link', { name: /Back/ }).getAttribute('href')).toBe('/en/sefton/report');
  });
});
