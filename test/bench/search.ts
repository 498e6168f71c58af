// Search latency: the index holds every topic of an area in all 13 languages (more than the app ever
// loads: it indexes one language plus English), queried with realistic words, typos and spelling variants.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AREA_IDS } from '../../src/shared/areas';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { buildIndex, searchIndex } from '../../src/app/search/search-index';
import { collectSections, type LoadStrings } from '../../src/app/search/search-sources';

const fromDisk: LoadStrings = async (lng, ns) =>
  JSON.parse(await readFile(join('locales', lng, `${ns}.json`), 'utf8')) as Record<string, unknown>;

const QUERIES = [
  'doctor',
  'docter',
  'register gp',
  'dentist',
  'aspen card lost',
  'money',
  'school meals',
  'english classes',
  'hate crime',
  'appeal',
  '0808 8010 503',
  'interpreter',
  'طبيب',
  'الطبيب',
  'بطاقه مفقوده',
  'مدرسة',
  'پزشک',
  'پزشك',
  'کلاس انگلیسی',
  'داکتر',
  'شفاخانه',
  'ډاکټر',
  'ښوونځی',
  'ڈاکٹر',
  'ہسپتال',
  'پزیشک',
  'قوتابخانە',
  'ሓኪም',
  'ሐኪም',
  'mjek',
  'médecin',
  'ecole',
  'bác sĩ',
  'dhakhtar',
  'lacag',
];
const ROUNDS = 5;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchSearch(): Promise<{ p50Ms: number; p95Ms: number; queries: number }> {
  const times: number[] = [];
  for (const area of AREA_IDS) {
    const index = buildIndex(await collectSections(area, LANGUAGE_CODES, fromDisk), 'en');
    for (const q of QUERIES) searchIndex(index, q);
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of QUERIES) {
        const start = performance.now();
        searchIndex(index, q);
        times.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return { p50Ms: round2(percentile(times, 50)), p95Ms: round2(percentile(times, 95)), queries: times.length };
}
