// Lighthouse 12 with its default (mobile) settings against Debian's Chromium, which we launch ourselves
// with a debugging port so no chrome-launcher download or probing is needed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'lighthouse';
import { CHROMIUM, freePort } from '../e2e/harness';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** audits that lost points, with the elements at fault, to fix in the shell */
  problems: string[];
  /** Lighthouse's measure of this machine's CPU at the time (higher is faster); low means a busy host */
  benchmarkIndex: number;
}

export interface DebugChromium {
  port: number;
  stop: () => Promise<void>;
}

export async function startDebugChromium(): Promise<DebugChromium> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'waymark-lh-'));
  const child = spawn(CHROMIUM, [...FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  const stop = () =>
    new Promise<void>((done) => {
      const clean = () => {
        rmSync(profile, { recursive: true, force: true });
        done();
      };
      if (child.exitCode !== null) return clean();
      child.once('exit', clean);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { port, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error('Chromium did not open its debugging port');
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? Math.round(s * 100) : null);
const numeric = (lhr: Result, id: string) => {
  const v = lhr.audits[id]?.numericValue;
  return typeof v === 'number' ? v : null;
};

/** Audits in the three categories scoring under 0.9, with up to three offending elements each. */
export function listProblems(lhr: Result): string[] {
  const problems: string[] = [];
  for (const id of ['performance', 'accessibility', 'best-practices']) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9 || audit.scoreDisplayMode === 'informative') continue;
      const items = (audit.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? [];
      // Unweighted insights are kept only when they name the elements at fault (e.g. what shifted).
      if (ref.weight === 0 && !items.some((i) => i.node)) continue;
      const where = [...new Set(items.map((i) => i.node?.selector ?? i.node?.snippet).filter(Boolean))].slice(0, 3);
      problems.push(
        `${id}/${ref.id} (${audit.displayValue ?? `score ${audit.score}`}): ${audit.title}${where.length ? ` — ${where.join(', ')}` : ''}`,
      );
    }
  }
  return problems;
}

export async function runOnce(url: string, port: number): Promise<Result> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

export function figuresOf(lhr: Result): LighthouseFigures {
  return {
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    bestPractices: score(lhr.categories['best-practices']?.score),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    problems: listProblems(lhr),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * Audits each page `runs` times and keeps Lighthouse's own median run (closest to the median FCP and TTI),
 * because one run on a shared 2-core machine is noisy. A failed run is retried once in a fresh Chromium.
 */
export async function measureLighthouse(urls: readonly string[], runs: number): Promise<Map<string, LighthouseFigures | Error>> {
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  const results = new Map<string, LighthouseFigures | Error>();
  let chromium = await startDebugChromium();
  const attempt = async (url: string): Promise<Result> => {
    try {
      return await runOnce(url, chromium.port);
    } catch {
      await chromium.stop();
      chromium = await startDebugChromium();
      return runOnce(url, chromium.port);
    }
  };
  try {
    // The first audit in a new browser pays for cold caches; it is not kept.
    if (urls[0]) await attempt(urls[0]).catch(() => undefined);
    for (const url of urls) {
      try {
        const lhrs: Result[] = [];
        for (let i = 0; i < runs; i++) lhrs.push(await attempt(url));
        results.set(url, figuresOf(computeMedianRun(lhrs)));
      } catch (error) {
        results.set(url, error instanceof Error ? error : new Error(String(error)));
      }
    }
  } finally {
    await chromium.stop();
  }
  return results;
}
