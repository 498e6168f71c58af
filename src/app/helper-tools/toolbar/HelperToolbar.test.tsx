import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LanguageScope } from '../../language/use-t';
import { HelperToolbar } from './HelperToolbar';
import { FIXTURE_BODIES, loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { TopicBodiesContext } from '../topic-body/topic-body';

const ti = JSON.parse(readFileSync('locales/ti/helpers.json', 'utf8')) as { readAloud: { readEnglish: string } };
const health = JSON.parse(readFileSync('locales/en/health.json', 'utf8')) as { register: { title: string } };

function withFixtures(node: preact.ComponentChildren) {
  return (
    <LocationProvider>
      <TopicBodiesContext.Provider value={FIXTURE_BODIES}>{node}</TopicBodiesContext.Provider>
    </LocationProvider>
  );
}

describe('HelperToolbar', () => {
  beforeAll(loadHelperStrings);
  afterEach(() => vi.unstubAllGlobals());

  it('links a topic to side by side with English, show to person (coming back here) and print', async () => {
    history.replaceState(null, '', '/ar/sefton/gp');
    render(withFixtures(<HelperToolbar lang="ar" area="sefton" topic="gp" />));
    const tools = await screen.findByRole('navigation', { name: 'Tools for helpers' });
    const hrefs = [...tools.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/ar/sefton/side-by-side?topic=gp&with=en',
      '/ar/sefton/show?topic=gp&from=%2Far%2Fsefton%2Fgp',
      '/ar/sefton/leaflet?topics=gp&with=en',
    ]);
    expect(screen.getByRole('button', { name: 'Give to their phone' })).toBeTruthy();
  });

  it('offers only the hand-over for a page without topic text', async () => {
    render(withFixtures(<HelperToolbar lang="en" area="sefton" topic="report" current="side-by-side" />));
    const tools = await screen.findByRole('navigation', { name: 'Tools for helpers' });
    expect(tools.querySelectorAll('a')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Give to their phone' })).toBeTruthy();
  });

  it('reads the real topic’s English aloud when the phone has no voice for Tigrinya', async () => {
    const speak = vi.fn();
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ lang: 'en-GB', name: 'English', localService: true, default: true }],
      speak,
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        constructor(public text: string) {}
      },
    );
    render(
      <LocationProvider>
        <LanguageScope lang="ti">
          <HelperToolbar lang="ti" area="sefton" topic="gp" />
        </LanguageScope>
      </LocationProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: ti.readAloud.readEnglish }, { timeout: 5000 }));
    await waitFor(() => expect(speak).toHaveBeenCalled());
    expect((speak.mock.calls[0]![0] as { text: string }).text).toContain(health.register.title);
  });
});
