// A new area's own places and bins are named by its pack's English words until locales/ has them; in another
// language they are marked English, and a translation in locales/ always wins over the pack.
import { render, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePackFiles } from '../../shared/pack-files';
import { i18n } from '../language/i18n';
import { LanguageScope } from '../language/use-t';
import { BinRules } from '../topics/bins/BinRules';
import { LocalPlaces } from '../topics/migrant-help/LocalPlaces';
import { resolveArea } from './area-content';
import { areaContent, setAreaContent } from './current-area';
import { seedNational } from './seed-packs';

const FIXTURE = import.meta.glob<unknown>('../../../test/fixtures/packs/riverside/*.json', { eager: true, import: 'default' });

beforeAll(() => {
  const files = Object.fromEntries(Object.entries(FIXTURE).map(([p, c]) => [p.split('/').at(-1)!, c]));
  const national = seedNational();
  const r = parsePackFiles(files, 'riverside', national);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  setAreaContent(resolveArea({ area: 'riverside', version: 'test', publishedAt: '2026-12-01T00:00:00.000Z', pack: r.pack, national }));
});

const RAW_KEY = /\b[a-z]+\.riverside\./;

describe("an area's own words from its pack", () => {
  it('names its places and bins in English, with no raw key', async () => {
    const { container } = render(
      <>
        <LocalPlaces area="riverside" />
        <BinRules rules={areaContent('riverside').bins!} />
      </>,
    );
    await waitFor(() => expect(container.textContent).toContain('Blue bin: paper'));
    expect(container.textContent).toContain('Paper and card, for tests.');
    expect(container.textContent).not.toMatch(RAW_KEY);
    expect(screen.getByText('A made-up drop-in for tests. It is not a real place.').getAttribute('lang')).toBeNull();
  });

  it('marks them English in another language, and a translation in locales/ wins', async () => {
    i18n.addResource('ar', 'bins', 'container.riverside.black.name', 'الصندوق الأسود');
    const { container } = render(
      <LanguageScope lang="ar">
        <LocalPlaces area="riverside" />
        <BinRules rules={areaContent('riverside').bins!} />
      </LanguageScope>,
    );
    await waitFor(() => expect(container.textContent).toContain('الصندوق الأسود'));
    const place = screen.getByText('A made-up drop-in for tests. It is not a real place.');
    expect(place.getAttribute('lang')).toBe('en');
    expect(place.getAttribute('dir')).toBe('ltr');
    const paper = screen.getByText('Paper and card, for tests.');
    expect(paper.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(container.textContent).not.toMatch(RAW_KEY);
  });
});
