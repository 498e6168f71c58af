// Search latency: the index holds every topic of an area in all 13 languages (more than the app ever
// loads: it indexes one language plus English), queried with realistic words, typos and spelling variants.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AREA_IDS } from '../../src/shared/areas';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { buildIndex, searchIndex } from '../../src/app/search/search-index';
import { collectSections, type LoadStrings } from '../../src/app/search/search-sources';
import { readdirSync, readFileSync } from 'node:fs';
import { resolveArea } from '../../src/app/content/area-content';
import { setAreaContent } from '../../src/app/content/current-area';
import { parsePackFiles } from '../../src/shared/pack-files';
import type { AreaPack } from '../../src/shared/pack-schema';

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

// The repository's packs, read as the server's seed publishes them (seed-packs.ts needs Vite's import.meta.glob).
function seedPackOf(area: string, parent?: AreaPack): AreaPack {
  const dir = join('src', 'packs', area);
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]),
  );
  const result = parsePackFiles(files, dir, parent);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`).join('\n'));
  return result.pack;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchSearch(): Promise<{ p50Ms: number; p95Ms: number; queries: number }> {
  const times: number[] = [];
  for (const area of AREA_IDS) {
    // The area's facts (its numbers, names, places) are indexed too: the seed pack, as a fresh server publishes it.
    const national = seedPackOf('national');
    const pack = seedPackOf(area, national);
    setAreaContent(resolveArea({ area, version: 'seed', publishedAt: `${pack.updated}T00:00:00.000Z`, pack, national }));
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
