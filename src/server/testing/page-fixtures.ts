// What the page server's tests share: a built shell on disk, a renderer that draws its URL, and a drawn page to compose.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageRenderer, RenderedPage } from '../../shared/page-render';
import type { composePage } from '../routes/pages';

export type BuildManifest = Parameters<typeof composePage>[2];

/** A shell whose entry the loader starts: what composePage turns into a drawn page. */
export const SHELL_WITH_ENTRY =
  '<html><head><title>W</title><script type="module" crossorigin src="/assets/index.js"></script></head><body><div id="app"></div></body></html>';

/** A drawn page as the renderer returns it, in English unless told otherwise. */
export function drawnPage(overrides: Partial<RenderedPage> = {}): RenderedPage {
  return {
    kind: 'page',
    status: 200,
    bcp47: 'en-GB',
    dir: 'ltr',
    title: 'GP',
    html: '<h1>GP</h1>',
    namespaces: ['common'],
    noscript: '',
    lang: 'en',
    modules: [],
    ...overrides,
  };
}

/** A folder with the built shell (index.html), as the server serves it. */
export function builtShell(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pages-test-'));
  const shell = `<!doctype html><html lang="en-GB" dir="ltr"><head><title>Waymark</title><script src="/boot.js"></script></head><body><div id="app"></div></body></html>`;
  writeFileSync(join(dir, 'index.html'), shell + ' '.repeat(300));
  return dir;
}

/** Renders "<h1>url</h1>" in Arabic; while `hold` is set, every render waits for it. */
export function fakeRenderer() {
  const state = { renders: 0, hold: undefined as Promise<void> | undefined };
  const renderer: PageRenderer = {
    prepare: () => Promise.resolve(),
    async renderPage(url): Promise<RenderedPage> {
      state.renders++;
      if (state.hold) await state.hold;
      return drawnPage({ bcp47: 'ar', dir: 'rtl', title: 'الصحة · Waymark', html: `<h1>${url}</h1>`, noscript: 'JavaScript', lang: 'ar' });
    },
  };
  return { renderer, state };
}
