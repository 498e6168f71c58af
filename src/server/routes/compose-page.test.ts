// composePage: what a drawn page links and carries besides its HTML.
import { describe, expect, it } from 'vitest';
import { composePage } from './pages';
import { drawnPage, SHELL_WITH_ENTRY, type BuildManifest } from '../testing/page-fixtures';

describe('the strings a page was drawn with', () => {
  const page = drawnPage({
    bcp47: 'ar',
    dir: 'rtl',
    lang: 'ar',
    strings: { strings: { ar: { common: { a: '</script><script>alert(1)</script>' } } }, fallback: { common: { b: 'B' } } },
  });
  const shell = SHELL_WITH_ENTRY;
  const manifest = { 'locales/ar/common.json': { file: 'assets/locale-ar-common.js' } } as unknown as BuildManifest;

  it('come in the page after the content, as JSON no string can close, and no locale file is fetched for them', () => {
    const html = composePage(shell, page, manifest);
    const json = /<script type="application\/json" id="waymark-strings">(.*?)<\/script><\/body>/.exec(html)?.[1];
    expect(JSON.parse(json!)).toEqual(page.strings);
    expect(html.indexOf('waymark-strings')).toBeGreaterThan(html.indexOf('<h1>GP</h1>'));
    expect(html).not.toContain('locale-ar-common');
    expect(composePage(shell, { ...page, strings: undefined }, manifest)).toContain('/assets/locale-ar-common.js');
  });
});

describe('the web app manifest of a drawn page', () => {
  it('is linked by the loader after the first paint, not in the head the first paint waits on', () => {
    const page = drawnPage();
    const shell = SHELL_WITH_ENTRY.replace('<title>W</title>', '<title>W</title><link rel="manifest" href="/manifest.webmanifest">');
    const html = composePage(shell, page, {} as BuildManifest);
    expect(html).not.toContain('<link rel="manifest"');
    expect(html).toMatch(/<meta name="waymark-scripts" content="\/assets\/index\.js" data-manifest="\/manifest\.webmanifest">/);
    // The shell itself (a page drawn on the phone) keeps its link.
    expect(composePage(shell, { ...page, kind: 'shell' }, {} as BuildManifest)).toContain('<link rel="manifest"');
  });
});

describe('a topic body a helper tool drew', () => {
  it('comes with its stylesheet but not its script, which the page fetches only once it is live', () => {
    const page = drawnPage({ modules: ['topic-side-by-side'], styleModules: ['topic-decision', 'topic-side-by-side'] });
    const manifest = {
      'src/main.tsx': { file: 'assets/index.js', isEntry: true },
      '_helper-tools.js': { file: 'assets/helper-tools.js', name: 'helper-tools', css: ['assets/helper-tools.css'] },
      '_topic-decision.js': { file: 'assets/topic-decision.js', name: 'topic-decision', css: ['assets/topic-decision.css'] },
    } as unknown as BuildManifest;
    const html = composePage(SHELL_WITH_ENTRY, page, manifest);
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/helper-tools.css">',
      '<link rel="stylesheet" crossorigin href="/assets/topic-decision.css">',
    ]);
    expect(/<meta name="waymark-scripts" content="([^"]*)"/.exec(html)?.[1]).toBe('/assets/index.js /assets/helper-tools.js');
  });
});
