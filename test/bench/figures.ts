// Every figure the bench reports, in output order, with its target from issue 8 and the readable table.
export type Figures = Record<string, number | null>;

interface Target {
  op: '<=' | '>=';
  value: number;
}

interface FigureSpec {
  name: string;
  label: string;
  target?: Target;
}

const KB = 1024;
const atMost = (value: number): Target => ({ op: '<=', value });
const atLeast = (value: number): Target => ({ op: '>=', value });

const PAGES = [
  ['Home', '/en/sefton/'],
  ['Topic', '/en/sefton/gp'],
  ['HomeAr', '/ar/sefton/'],
  ['TopicAr', '/ar/sefton/gp'],
] as const;

export const LIGHTHOUSE_PAGES: readonly (readonly [string, string])[] = PAGES;

export const FIGURES: readonly FigureSpec[] = [
  { name: 'firstLoadJsGzipBytes', label: 'First load JS, /en/sefton/ (gzip bytes)', target: atMost(40 * KB) },
  { name: 'firstLoadCssGzipBytes', label: 'First load CSS, /en/sefton/ (gzip bytes)' },
  { name: 'firstLoadHtmlGzipBytes', label: 'First load HTML, /en/sefton/ (gzip bytes)' },
  { name: 'firstLoadArJsGzipBytes', label: 'First load JS, /ar/sefton/ (gzip bytes)', target: atMost(40 * KB) },
  { name: 'firstLoadArCssGzipBytes', label: 'First load CSS, /ar/sefton/ (gzip bytes)' },
  { name: 'firstLoadArHtmlGzipBytes', label: 'First load HTML, /ar/sefton/ (gzip bytes)' },
  { name: 'firstLoadTopicJsGzipBytes', label: 'First load JS, /en/sefton/gp, strings included (gzip bytes)', target: atMost(40 * KB) },
  { name: 'firstLoadTopicScriptRequests', label: 'Script requests, /en/sefton/gp', target: atMost(4) },
  { name: 'firstScreenBytes', label: 'Compressed bytes to the first screen, largest of home and GP en/ar', target: atMost(14 * KB) },
  { name: 'lcpFloorRatioHome', label: 'LCP over static snapshot, /en/sefton/', target: atMost(1.1) },
  { name: 'lcpFloorRatioTopic', label: 'LCP over static snapshot, /en/sefton/gp', target: atMost(1.1) },
  { name: 'lcpFloorRatioTopicAr', label: 'LCP over static snapshot, /ar/sefton/gp', target: atMost(1.1) },
  { name: 'precacheOneLanguageGzipBytes', label: 'Precache, one language + English (gzip bytes)', target: atMost(400 * KB) },
  { name: 'precacheOneLanguageRawBytes', label: 'Precache, one language + English (raw bytes)' },
  { name: 'precacheAllLanguagesGzipBytes', label: 'Precache, all languages (gzip bytes)' },
  { name: 'precacheAllLanguagesRawBytes', label: 'Precache, all languages (raw bytes)' },
  ...PAGES.flatMap(([key, path]): FigureSpec[] => [
    { name: `lighthousePerformance${key}`, label: `Lighthouse performance ${path}`, target: atLeast(95) },
    { name: `lighthouseAccessibility${key}`, label: `Lighthouse accessibility ${path}`, target: atLeast(100) },
    { name: `lighthouseBestPractices${key}`, label: `Lighthouse best practices ${path}`, target: atLeast(95) },
    { name: `lcp${key}Ms`, label: `LCP ${path} (ms)`, target: atMost(2000) },
    { name: `tbt${key}Ms`, label: `TBT ${path} (ms)` },
    { name: `cls${key}`, label: `CLS ${path}`, target: atMost(0) },
  ]),
  { name: 'warmOfflineStartMedianMs', label: 'Warm offline start to FCP, median (ms)', target: atMost(500) },
  { name: 'warmOfflineStartCpu4xMedianMs', label: 'Warm offline start, CPU 4× slower, median (ms)' },
  { name: 'searchP50Ms', label: 'Search latency p50 (ms)' },
  { name: 'searchP95Ms', label: 'Search latency p95 (ms)', target: atMost(15) },
  { name: 'searchQueryCount', label: 'Search queries timed' },
  { name: 'outboxSaveP95Ms', label: 'Outbox save p95 (ms)', target: atMost(50) },
  { name: 'outboxDeliver200Ms', label: 'Outbox: deliver 200 waiting reports (ms)', target: atMost(10_000) },
  { name: 'serverEmbeddedThroughputPerS', label: 'Intake, embedded DB (reports/s)' },
  { name: 'serverEmbeddedP99Ms', label: 'Intake, embedded DB p99 (ms)' },
  { name: 'serverPostgresThroughputPerS', label: 'Intake, PostgreSQL (reports/s)', target: atLeast(1000) },
  { name: 'serverPostgresP99Ms', label: 'Intake, PostgreSQL p99 (ms)', target: atMost(50) },
];

export const FIGURE_NAMES: readonly string[] = FIGURES.map((f) => f.name);

export function verdict(value: number | null, target: Target | undefined): 'pass' | 'FAIL' | '-' {
  if (value === null || !target) return '-';
  return (target.op === '<=' ? value <= target.value : value >= target.value) ? 'pass' : 'FAIL';
}

function show(value: number | null): string {
  if (value === null) return 'not measured';
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  return value < 1 ? value.toFixed(3) : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

export function formatTable(figures: Figures): string {
  const rows = FIGURES.map((f) => {
    const value = figures[f.name] ?? null;
    const target = f.target ? `${f.target.op === '<=' ? '≤' : '≥'} ${show(f.target.value)}` : '';
    return [f.label, show(value), target, verdict(value, f.target)];
  });
  const header = ['Figure', 'Value', 'Target', 'Result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
