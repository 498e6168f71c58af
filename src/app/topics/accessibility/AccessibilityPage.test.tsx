import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { LanguageScope } from '../../language/use-t';
import arabic from '../../../../locales/ar/accessibility.json';
import english from '../../../../locales/en/accessibility.json';
import { AccessibilityPage } from './AccessibilityPage';

declare const __BUILD_ID__: string;

describe('AccessibilityPage', () => {
  it('has exactly one main heading', async () => {
    render(<AccessibilityPage lang="en" area="sefton" topic="accessibility" />);
    await screen.findByRole('heading', { level: 2, name: english.works.heading });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('names the screen readers it supports and admits it has not been tested with their users', async () => {
    render(<AccessibilityPage lang="en" area="sefton" topic="accessibility" />);
    const works = await screen.findByRole('region', { name: english.works.heading });
    const supported = within(works)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(supported.some((s) => s.includes('TalkBack') && s.includes('VoiceOver'))).toBe(true);
    const gaps = screen.getByRole('region', { name: english.gaps.heading });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain(english.gaps.testing);
  });

  it('names the build it is, so a barrier report can say which version it was seen in', async () => {
    render(<AccessibilityPage lang="en" area="sefton" topic="accessibility" />);
    const line = await screen.findByText(new RegExp(`^${english.version}:`));
    expect(line.textContent).toBe(`${english.version}: ${__BUILD_ID__}`);
    expect(__BUILD_ID__).toMatch(/^(\S+) \d{4}-\d{2}-\d{2}$|^e2e-|^bench$/);
  });

  it('sends barriers to the report form of the same language and area', async () => {
    render(<AccessibilityPage lang="fr" area="stockton" topic="accessibility" />);
    const part = await screen.findByRole('region', { name: english.report.heading });
    expect(within(part).getByRole('link', { name: english.report.link }).getAttribute('href')).toBe('/fr/stockton/report');
  });

  it('speaks the language of its scope', async () => {
    render(
      <LanguageScope lang="ar">
        <AccessibilityPage lang="ar" area="sefton" topic="accessibility" />
      </LanguageScope>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: arabic.gaps.heading })).toBeTruthy();
  });
});
