// `npm run bench`: builds the app, measures it section by section, prints a table and, as the last line,
// one JSON object with every figure. A figure that could not be measured is null, with the reason on stderr.
// `npm run bench -- lcp` measures only issue 15's figures: a topic's first load, the first screen's bytes and the LCP ratios
// over the static snapshots (the other figures stay null).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, launchBrowser, startServer, type RunningServer } from '../e2e/harness';
import { FIGURE_NAMES, LIGHTHOUSE_PAGES, formatTable, type Figures } from './figures';
import { loadsDexie, measureFirstLoad } from './first-load';
import { measureLighthouse } from './lighthouse';
import { measureOfflineStart } from './offline-start';
import { measurePrecache } from './precache';
import { firstScreenBytes, lcpFloorRatios, serveSnapshots, snapshotPages } from './ssr';

const started = Date.now();
// Leaves room under the 10-minute limit for start-up and printing.
const DEADLINE_MS = 9 * 60_000;
const figures: Figures = Object.fromEntries(FIGURE_NAMES.map((n) => [n, null]));
const explained = new Set<string>();

function note(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function miss(names: readonly string[], reason: string): void {
  for (const n of names) {
    figures[n] = null;
    explained.add(n);
  }
  note(`${names.join(', ')} = null: ${reason}`);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`gave up after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one part of the bench with its own time limit; its figures are null (with the reason) if it fails. */
async function section(title: string, names: readonly string[], capMs: number, work: () => Promise<Figures>): Promise<void> {
  const budget = Math.min(capMs, DEADLINE_MS - (Date.now() - started));
  if (budget < 5_000) return miss(names, `${title} skipped: the bench ran out of time`);
  note(`${title}…`);
  const t0 = Date.now();
  try {
    const got = await within(budget, work());
    const absent: string[] = [];
    for (const n of names) {
      const value = got[n];
      if (typeof value === 'number' && Number.isFinite(value)) figures[n] = value;
      else if (!explained.has(n)) absent.push(n);
    }
    if (absent.length) miss(absent, `${title} gave no number`);
  } catch (error) {
    miss(names, `${title} failed: ${reasonOf(error)}`);
  }
  note(`${title} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function build(outDir: string): void {
  note(`building into ${outDir}…`);
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    env: { ...process.env, WAYMARK_OUT_DIR: outDir, WAYMARK_BUILD_ID: 'bench' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0 || !existsSync(join(outDir, 'index.html'))) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}\n`);
    note('the build failed');
    process.exit(1);
  }
  buildServer();
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Loads another helper's bench function, failing clearly if its file is not written yet. */
async function loadBench(file: string, name: string): Promise<() => Promise<Record<string, unknown>>> {
  const href = new URL(file, import.meta.url).href;
  if (!existsSync(fileURLToPath(href))) throw new Error(`test/bench/${file} does not exist yet`);
  const mod = (await import(href)) as Record<string, unknown>;
  const fn = mod[name];
  if (typeof fn !== 'function') throw new Error(`test/bench/${file} does not export ${name}()`);
  return fn as () => Promise<Record<string, unknown>>;
}

const FLOOR_PAGES = [
  ['Home', '/en/sefton/'],
  ['Topic', '/en/sefton/gp'],
  ['TopicAr', '/ar/sefton/gp'],
] as const;

/** Issue 15: a topic's first load, the first screen's bytes, and LCP against the page's own static snapshot. */
async function measureWordsFirst(outDir: string, server: RunningServer): Promise<void> {
  await section(
    'topic first load and first screen',
    ['firstLoadTopicJsGzipBytes', 'firstLoadTopicScriptRequests', 'firstScreenBytes'],
    90_000,
    async () => {
      const browser = await launchBrowser();
      try {
        const load = await measureFirstLoad(browser, `${server.url}/en/sefton/gp`);
        note(
          `/en/sefton/gp loads ${load.files
            .filter((f) => f.kind === 'js')
            .map((f) => `${f.url.replace(server.url, '')} ${f.gzipBytes}`)
            .join(', ')}`,
        );
        const screens: number[] = [];
        for (const [, path] of FLOOR_PAGES) screens.push(await firstScreenBytes(browser, `${server.url}${path}`));
        note(`first screen bytes (brotli): ${FLOOR_PAGES.map(([, p], i) => `${p} ${screens[i]}`).join(', ')}`);
        return {
          firstLoadTopicJsGzipBytes: load.jsGzipBytes,
          firstLoadTopicScriptRequests: load.scriptRequests,
          firstScreenBytes: Math.max(...screens),
        };
      } finally {
        await browser.close();
      }
    },
  );
  await measureLcpRatios(outDir, server);
}

/** lcpFloorRatio{Home,Topic,TopicAr}: the app's LCP over that of its own static snapshot, in one run. */
async function measureLcpRatios(outDir: string, server: RunningServer): Promise<void> {
  const ratioNames = FLOOR_PAGES.map(([key]) => `lcpFloorRatio${key}`);
  await section('LCP over static snapshot', ratioNames, 420_000, async () => {
    const browser = await launchBrowser();
    const snaps = await snapshotPages(
      browser,
      server.url,
      FLOOR_PAGES.map(([, p]) => p),
    ).finally(() => browser.close());
    const snapServer = await serveSnapshots(outDir, snaps);
    try {
      const runs = Number(process.env.WAYMARK_BENCH_LCP_RUNS ?? 3);
      const ratios = await lcpFloorRatios(
        server.url,
        snapServer.url,
        FLOOR_PAGES.map(([, p]) => p),
        runs,
      );
      return Object.fromEntries(FLOOR_PAGES.map(([key, path]) => [`lcpFloorRatio${key}`, ratios.get(path) ?? null]));
    } finally {
      await snapServer.stop();
    }
  });
}

async function measureApp(outDir: string): Promise<void> {
  const firstLoadNames = FIGURE_NAMES.filter((n) => n.startsWith('firstLoad'));
  const lighthouseNames = FIGURE_NAMES.filter((n) => LIGHTHOUSE_PAGES.some(([key]) => new RegExp(`${key}(Ms)?$`).test(n)));
  let server: RunningServer;
  try {
    server = await startServer({ staticDir: outDir });
  } catch (error) {
    return miss([...firstLoadNames, ...lighthouseNames], `the server did not start: ${reasonOf(error)}`);
  }
  try {
    await section('first-load bytes', firstLoadNames, 90_000, async () => {
      const browser = await launchBrowser();
      try {
        const out: Figures = {};
        for (const [suffix, path] of [
          ['', '/en/sefton/'],
          ['Ar', '/ar/sefton/'],
        ] as const) {
          const load = await measureFirstLoad(browser, `${server.url}${path}`);
          note(`${path} loads ${load.files.map((f) => `${f.url.replace(server.url, '')} ${f.gzipBytes}`).join(', ')}`);
          if (loadsDexie(load.files)) note(`${path} loads Dexie, which must stay out of the first load`);
          Object.assign(out, {
            [`firstLoad${suffix}JsGzipBytes`]: load.jsGzipBytes,
            [`firstLoad${suffix}CssGzipBytes`]: load.cssGzipBytes,
            [`firstLoad${suffix}HtmlGzipBytes`]: load.htmlGzipBytes,
          });
        }
        return out;
      } finally {
        await browser.close();
      }
    });
    await section('Lighthouse', lighthouseNames, 300_000, async () => {
      const runs = Number(process.env.WAYMARK_BENCH_LIGHTHOUSE_RUNS ?? 3);
      const results = await measureLighthouse(
        LIGHTHOUSE_PAGES.map(([, path]) => `${server.url}${path}`),
        runs,
      );
      const out: Figures = {};
      for (const [key, path] of LIGHTHOUSE_PAGES) {
        const names = lighthouseNames.filter((n) => new RegExp(`${key}(Ms)?$`).test(n));
        const r = results.get(`${server.url}${path}`);
        if (!r || r instanceof Error) {
          miss(names, `Lighthouse failed on ${path}: ${r?.message ?? 'not run'}`);
          continue;
        }
        note(`Lighthouse ${path}: host benchmark index ${Math.round(r.benchmarkIndex)}`);
        for (const p of r.problems) note(`Lighthouse ${path}: ${p}`);
        Object.assign(out, {
          [`lighthousePerformance${key}`]: r.performance,
          [`lighthouseAccessibility${key}`]: r.accessibility,
          [`lighthouseBestPractices${key}`]: r.bestPractices,
          [`lcp${key}Ms`]: r.lcpMs === null ? null : Math.round(r.lcpMs),
          [`tbt${key}Ms`]: r.tbtMs === null ? null : Math.round(r.tbtMs),
          [`cls${key}`]: r.cls === null ? null : Math.round(r.cls * 1000) / 1000,
        });
      }
      return out;
    });
    await measureWordsFirst(outDir, server);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const [load] = loadavg();
  if (load! > availableParallelism())
    note(`warning: load average ${load!.toFixed(1)} on ${availableParallelism()} cores; timings will be pessimistic`);
  const outDir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  build(outDir);
  // Other benches may serve this same build instead of making their own.
  process.env.WAYMARK_BENCH_STATIC_DIR = outDir;
  if (process.argv.slice(2).includes('lcp')) return measureOnlyLcp(outDir);

  await section(
    'precache',
    FIGURE_NAMES.filter((n) => n.startsWith('precache')),
    30_000,
    async () => {
      const p = measurePrecache(outDir);
      note(
        `precache: English only ${p.english.gzipBytes} gzip bytes; largest language ${p.largestLanguage ?? '(none built besides English)'}`,
      );
      return {
        precacheOneLanguageGzipBytes: p.oneLanguage.gzipBytes,
        precacheOneLanguageRawBytes: p.oneLanguage.rawBytes,
        precacheAllLanguagesGzipBytes: p.allLanguages.gzipBytes,
        precacheAllLanguagesRawBytes: p.allLanguages.rawBytes,
      };
    },
  );

  await measureApp(outDir);

  await section('warm offline start', ['warmOfflineStartMedianMs', 'warmOfflineStartCpu4xMedianMs'], 90_000, async () => {
    const r = await measureOfflineStart(outDir, '/en/sefton/', 12);
    note(`offline FCP samples (ms): ${r.samplesMs.join(' ')}; CPU 4×: ${r.cpu4xSamplesMs.join(' ')}`);
    return { warmOfflineStartMedianMs: Math.round(r.medianMs), warmOfflineStartCpu4xMedianMs: Math.round(r.cpu4xMedianMs) };
  });

  await section('search', ['searchP50Ms', 'searchP95Ms', 'searchQueryCount'], 90_000, async () => {
    const r = await (await loadBench('search.ts', 'benchSearch'))();
    return { searchP50Ms: num(r.p50Ms), searchP95Ms: num(r.p95Ms), searchQueryCount: num(r.queries) };
  });

  await section('outbox', ['outboxSaveP95Ms', 'outboxDeliver200Ms'], 150_000, async () => {
    const r = await (await loadBench('outbox.ts', 'benchOutbox'))();
    return { outboxSaveP95Ms: num(r.saveP95Ms), outboxDeliver200Ms: num(r.deliver200Ms) };
  });

  const serverNames = ['serverEmbeddedThroughputPerS', 'serverEmbeddedP99Ms', 'serverPostgresThroughputPerS', 'serverPostgresP99Ms'];
  await section('intake server', serverNames, 180_000, async () => {
    const r = await (await loadBench('server.ts', 'benchServer'))();
    const embedded = (r.embedded ?? {}) as Record<string, unknown>;
    const postgres = r.postgres as Record<string, unknown> | null | undefined;
    if (!postgres) miss(serverNames.slice(2), 'benchServer() measured no PostgreSQL figures');
    return {
      serverEmbeddedThroughputPerS: num(embedded.throughputPerS),
      serverEmbeddedP99Ms: num(embedded.p99Ms),
      serverPostgresThroughputPerS: num(postgres?.throughputPerS),
      serverPostgresP99Ms: num(postgres?.p99Ms),
    };
  });

  rmSync(outDir, { recursive: true, force: true });
  note(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`\n${formatTable(figures)}\n\n${JSON.stringify(figures)}\n`);
}

async function measureOnlyLcp(outDir: string): Promise<void> {
  const server = await startServer({ staticDir: outDir });
  try {
    await measureWordsFirst(outDir, server);
  } finally {
    await server.stop();
  }
  rmSync(outDir, { recursive: true, force: true });
  note(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`\n${formatTable(figures)}\n\n${JSON.stringify(figures)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    note(`unexpected failure: ${reasonOf(error)}`);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    process.exit(0);
  },
);
