import { describe, expect, it } from 'vitest';
import { assetsOf, type ManifestChunk } from './page-assets';

// The shape vite.config.ts's chunk groups give: the topic's page inside its folder's chunk, the frame beside it.
const manifest: Record<string, ManifestChunk> = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_app-core.js'] },
  '_app-core.js': { file: 'assets/app-core.js', name: 'app-core' },
  '_topic-gp.js': { file: 'assets/topic-gp.js', name: 'topic-gp', imports: ['index.html', '_topic-frame.js', '_app-core.js'] },
  '_topic-frame.js': { file: 'assets/topic-frame.js', name: 'topic-frame', imports: ['index.html'], css: ['assets/topic-frame.css'] },
  '_topic-safety.js': { file: 'assets/topic-safety.js', name: 'topic-safety', imports: ['index.html', '_topic-frame.js'] },
  'src/app/safety/QuickExit.tsx': {
    file: 'assets/QuickExit.js',
    name: 'QuickExit',
    src: 'src/app/safety/QuickExit.tsx',
    css: ['assets/qe.css'],
  },
};

describe("a page's assets", () => {
  it('finds a topic grouped into its folder chunk by name, with the chunks and styles it imports, and none of the entry', () => {
    expect(assetsOf(manifest, ['GpPage', 'topic-gp'])).toEqual({
      scripts: ['/assets/topic-gp.js', '/assets/topic-frame.js'],
      styles: ['/assets/topic-frame.css'],
    });
  });

  it('still finds a page that is a chunk of its own by its file', () => {
    expect(assetsOf(manifest, ['QuickExit'])).toEqual({ scripts: ['/assets/QuickExit.js'], styles: ['/assets/qe.css'] });
  });

  it('finds a topic that vite.config.ts groups with others (the quick-exit pages) by the group', () => {
    expect(assetsOf(manifest, ['MigrantHelpPage', 'topic-migrant-help'])).toEqual({
      scripts: ['/assets/topic-safety.js', '/assets/topic-frame.js'],
      styles: ['/assets/topic-frame.css'],
    });
  });
});
