import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync } from 'rolldown/utils';
import { version as viteVersion, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { translationStatus } from './test/i18n/translation-status-plugin';

// "<commit> <date>", shown on the accessibility and staff pages; WAYMARK_BUILD_ID wins (the browser tests name their builds).
function buildId(): string {
  if (process.env.WAYMARK_BUILD_ID) return process.env.WAYMARK_BUILD_ID;
  const day = new Date().toISOString().slice(0, 10);
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${commit} ${day}`;
  } catch {
    return `unknown ${day}`;
  }
}
const BUILD_ID = JSON.stringify(buildId());

// `vite build --ssr`: the server, the staff command and the page renderer as plain Node modules; packages stay in node_modules.
const serverBuild = defineConfig({
  plugins: [preact({ prerender: { enabled: false } }), translationStatus()],
  publicDir: false,
  define: { __BUILD_ID__: BUILD_ID },
  build: {
    ssr: true,
    outDir: process.env.WAYMARK_SERVER_OUT_DIR ?? 'dist-server',
    target: 'node20',
    sourcemap: false,
    rollupOptions: {
      input: {
        main: 'src/server/main.ts',
        staff: 'src/server/cli/staff.ts',
        content: 'src/server/cli/content.ts',
        render: 'src/app/ssr/render-page.tsx',
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// One content hash per language (all its files, and the bundler's version) instead of one per file: the
// loader map in the first-load script names 21 × 13 files, and repeated hashes compress to almost nothing.
const languageHashes = new Map<string, string>();
function languageHash(folder: string): string {
  let hash = languageHashes.get(folder);
  if (!hash) {
    const sha = createHash('sha256').update(viteVersion);
    const dir = join('locales', folder);
    for (const file of readdirSync(dir).sort()) sha.update(file).update(readFileSync(join(dir, file)));
    hash = sha.digest('base64url').slice(0, 10);
    languageHashes.set(folder, hash);
  }
  return hash;
}

// Locale chunks carry their language in the file name so the service worker can keep only the languages in use.
function chunkName(info: { name: string; facadeModuleId: string | null }): string {
  const status = info.facadeModuleId?.match(/^\0virtual:translation-status\/([a-zA-Z-]+)$/);
  if (status) return `assets/status-${status[1]!.replace('-', '_')}-[hash].js`;
  const m = info.facadeModuleId?.match(/locales[\\/]([a-z]+(?:-[A-Za-z]+)?)[\\/]([a-z0-9-]+)\.json$/);
  // "zh-Hans" is written "zh_Hans" so the language stays one part of a hyphen-separated name.
  return m ? `assets/locale-${m[1]!.replace('-', '_')}-${m[2]}-${languageHash(m[1]!)}.js` : 'assets/[name]-[hash].js';
}

// A topic page's code in at most four requests before it is live (the entry, app-core, topic-frame and one chunk of its own):
// what every topic page draws (frame, sources, links, helper tools' bar, the area's pack, the quick exit) and each page's own
// folder, styles included (a stylesheet left out makes a chunk of its own). Nothing here is in the entry: the home loads none.
const TOPIC_FRAME =
  /src[\\/]app[\\/](ui[\\/](TopicFrame|TopicSection|TermLinks|use-later|say|sources[\\/]|links[\\/]|bidi[\\/])|language[\\/]dates|content[\\/](topic-content|freshness|current-area|area-facts|area-content|area-words|pack-topics|pack-loader|glossary-terms|section-strings|topic-bodies|topic-contents|format)\.|topics[\\/]bins[\\/]schedule[\\/]calendar-date\.|helper-tools[\\/](toolbar[\\/]|read-aloud[\\/]|hand-over[\\/](HandOver|hand-over-url|use-qr-code)|contact[\\/]LinkActions|topic-body[\\/](topic-body|use-topic-body|english-points))|home[\\/](PackedPage|PackUpdated)|offline[\\/]pack-updates|safety[\\/](QuickExit|quick-exit|leave-quickly|neutral-page|shift-presses|forget-draft|outbox-fold|leaving)\.)/;
// The pages about staying safe and Migrant Help share their places list. The quick exit, which they and the report need
// before they are live, is in topic-frame (about 1 KB): a chunk of its own would be a fifth script for each of them.
const TOPIC_SAFETY = /src[\\/]app[\\/](topics[\\/](migrant-help|staying-safe)[\\/]|ui[\\/](places|PlaceList)\.)/;
// The report's first step: the choice of problem, 999 first (shared with the page for a missing pack), what the phone keeps.
const TOPIC_REPORT =
  /src[\\/](shared[\\/]report-categories\.|app[\\/](content[\\/]emergency-lines\.|report[\\/](ReportPage\.|ReportSteps\.|Sentence\.|report\.css|receipts[\\/](ClearMyData|use-outbox)\.|draft[\\/](use-report-draft|kept-reports)\.|form[\\/]CategoryPicker\.|advice[\\/](EmergencyFirst|FactSources|PhoneCall|phone-call)\.)))/;
// The helper tools' pages share their parts (bodies, columns, steps), so they come as one chunk. The QR encoder is not in it: it is
// a chunk of its own (hand-over/use-qr-code.ts), fetched on the hand-over tap, or by the leaflet once it is live.
const HELPER_TOOLS =
  /src[\\/]app[\\/]helper-tools[\\/](walkthrough|side-by-side|show-to-person|leaflet|contact[\\/](SaveContact|contact-card)|topic-body[\\/](ReadyBody|MissingBody|BodyColumn|EnglishBeside))/;
const TOPIC_CHUNKS = [
  // Preact and the bundler's helpers (Vite's preload, the compiler's class-field helpers), which Rolldown splits from the entry on
  // its own: one request for them. Rolldown's own runtime helpers ride in the entry (main.tsx says why).
  {
    name: 'app-core',
    test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]|vite[\\/]preload-helper|@oxc-project[+\\/]runtime/,
    priority: 4,
  },
  { name: 'topic-frame', test: TOPIC_FRAME, priority: 3 },
  { name: 'topic-safety', test: TOPIC_SAFETY, priority: 2 },
  { name: 'topic-report', test: TOPIC_REPORT, priority: 2 },
  { name: 'helper-tools', test: HELPER_TOOLS, priority: 2 },
  // The bin days a phone saved (BinsPage fetches them once it has some, never for a first visit) and the tools' copy of bins.
  {
    name: 'bins-saved',
    test: /src[\\/]app[\\/]topics[\\/]bins[\\/](schedule[\\/](NextCollections|bin-calendar)|calendar-file[\\/]|BinsContent|bins-points|bins-body)/,
    priority: 2,
  },
  // What the report page fetches once the phone keeps a report or a problem is chosen (Dexie, the validator, the outbox, the sender),
  // in one request; never its first step. The hint and the start-up check stay in the entry.
  {
    name: 'report-store',
    test: /node_modules[\\/](dexie|valibot)[\\/]|src[\\/](shared[\\/](report|postcode-districts)\.|app[\\/](storage[\\/]db\.|report[\\/](outbox[\\/](?!outbox-hint)|delivery[\\/](?!outbox-start)|draft[\\/](draft-store|draft-values|storage-error|save-report)\.|receipts[\\/](outbox-query|receipt-status)\.|form[\\/]form-values\.)))/,
    priority: 2,
  },
  {
    // Every file in a topic's folder, at any depth; ComingSoon is drawn by bins alone.
    name: (id: string) => {
      const folder = /src[\\/]app[\\/]topics[\\/](?:([a-z-]+)[\\/]|ComingSoon\.)/.exec(id);
      return folder ? `topic-${folder[1] ?? 'bins'}` : null;
    },
    test: /src[\\/]app[\\/]topics[\\/]([a-z-]+[\\/].+|ComingSoon)\.(tsx?|css)$/,
    priority: 1,
  },
];

// public/load.js is kept readable; the built copy is minified, as it is written into every page (and hashed into the CSP).
function minifiedLoader(): Plugin {
  return {
    name: 'waymark-minified-loader',
    apply: 'build',
    writeBundle(options) {
      const { code, errors } = minifySync('load.js', readFileSync('public/load.js', 'utf8'));
      if (errors.length) throw new Error(`public/load.js: ${errors.map((e) => e.message).join('; ')}`);
      writeFileSync(join(options.dir!, 'load.js'), code);
    },
  };
}

const appBuild = defineConfig({
  plugins: [
    preact({ prerender: { enabled: false } }),
    translationStatus(),
    minifiedLoader(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Waymark — local help in your language',
        short_name: 'Waymark',
        description: 'Health, bins, English classes, schools and who to call, for people newly housed in a UK town. Works offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}', 'icons/icon-192.png'],
        maximumFileSizeToCacheInBytes: 512 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    __BUILD_ID__: BUILD_ID,
  },
  build: {
    outDir: process.env.WAYMARK_OUT_DIR ?? 'dist',
    target: 'es2020',
    sourcemap: false,
    // The server reads it to name each page's scripts, styles and strings for modulepreload.
    manifest: true,
    rollupOptions: {
      output: { chunkFileNames: chunkName, advancedChunks: { includeDependenciesRecursively: false, groups: TOPIC_CHUNKS } },
    },
  },
  test: {
    projects: [
      {
        extends: true as const,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}', 'src/shared/**/*.test.ts', 'src/sw/**/*.test.ts'],
          setupFiles: ['test/setup-app.ts'],
          expect: { requireAssertions: true },
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts'],
          globalSetup: ['test/pg.ts'],
          expect: { requireAssertions: true },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          expect: { requireAssertions: true },
          // One worker runs every file in turn, so the worker-scoped browser in harness.ts is launched once per run.
          isolate: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

export default defineConfig(({ isSsrBuild }) => (isSsrBuild ? serverBuild : appBuild));
