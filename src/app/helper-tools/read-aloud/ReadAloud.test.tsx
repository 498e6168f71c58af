import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { LanguageScope } from '../../language/use-t';
import { ReadAloud } from './ReadAloud';

class FakeUtterance {
  voice: unknown = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

function installSpeech(langs: string[]) {
  const spoken: FakeUtterance[] = [];
  const speech = {
    getVoices: () => langs.map((lang) => ({ lang, name: lang, localService: true, default: false })),
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return spoken;
}

describe('ReadAloud', () => {
  beforeAll(loadHelperStrings);
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('reads the text with a voice for the language, then offers to stop', async () => {
    const spoken = installSpeech(['fr-FR', 'en-GB']);
    render(<ReadAloud getText={() => 'Hello. Call the doctor.'} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read aloud' }));
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['Hello. Call the doctor.', 'en-GB']]);
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(await screen.findByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });

  it('says when the phone has no voice for the language and offers the English one', async () => {
    const spoken = installSpeech(['en-US']);
    render(
      <LanguageScope lang="ti">
        <ReadAloud getText={() => 'ሰላም'} getEnglishText={() => 'Hello'} />
      </LanguageScope>,
    );
    expect((await screen.findByRole('status')).textContent).toContain('ትግርኛ');
    fireEvent.click(await screen.findByRole('button', { name: /English/ }));
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['Hello', 'en-US']]);
  });

  it('shows no button at all when there is no English text to fall back on', async () => {
    installSpeech(['en-US']);
    render(
      <LanguageScope lang="ti">
        <ReadAloud getText={() => 'ሰላም'} />
      </LanguageScope>,
    );
    await screen.findByRole('status');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so, with no button, when the browser cannot speak', async () => {
    render(<ReadAloud getText={() => 'Hello'} getEnglishText={() => 'Hello'} />);
    expect((await screen.findByRole('status')).textContent).toBe('This phone cannot read aloud.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
