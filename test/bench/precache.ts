// What a phone stores to work offline, read from the built sw.js: the shell and English always,
// other languages' string chunks only once used (the same split the service worker makes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitManifest, type ManifestEntry } from '../../src/sw/routes';
import { gzipBytes } from './first-load';

export interface Bytes {
  rawBytes: number;
  gzipBytes: number;
}

export interface Precache {
  /** the language whose strings cost most; `undefined` when only English is built */
  largestLanguage: string | undefined;
  english: Bytes;
  oneLanguage: Bytes;
  allLanguages: Bytes;
}

/** Finds the JSON array workbox injected in place of `self.__WB_MANIFEST`. */
export function parseManifest(sw: string): ManifestEntry[] {
  const start = sw.search(/\[\{"(?:revision|url)"/);
  if (start < 0) throw new Error('no precache manifest found in sw.js');
  let depth = 0;
  let inString = false;
  for (let i = start; i < sw.length; i++) {
    const c = sw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) {
      const entries = JSON.parse(sw.slice(start, i + 1)) as ManifestEntry[];
      if (!entries.every((e) => typeof e.url === 'string')) throw new Error('precache manifest entries lack a url');
      return entries;
    }
  }
  throw new Error('the precache manifest in sw.js is not closed');
}

function measure(outDir: string, paths: Iterable<string>): Bytes {
  let rawBytes = 0;
  let gzip = 0;
  for (const p of new Set(paths)) {
    const body = readFileSync(join(outDir, p));
    rawBytes += body.length;
    gzip += gzipBytes(body);
  }
  return { rawBytes, gzipBytes: gzip };
}

/** Totals include sw.js itself: without it nothing works offline. */
export function measurePrecache(outDir: string): Precache {
  const entries = parseManifest(readFileSync(join(outDir, 'sw.js'), 'utf8'));
  const { core, locales } = splitManifest(entries);
  const corePaths = ['sw.js', ...core.map((e) => e.url.replace(/^\//, ''))];
  const languagePaths = (lng: string) => (locales.get(lng) ?? []).map((u) => u.replace(/^\//, ''));
  const english = measure(outDir, corePaths);
  let largestLanguage: string | undefined;
  let oneLanguage = english;
  for (const lng of locales.keys()) {
    const bytes = measure(outDir, [...corePaths, ...languagePaths(lng)]);
    if (bytes.gzipBytes > oneLanguage.gzipBytes) [largestLanguage, oneLanguage] = [lng, bytes];
  }
  const allLanguages = measure(outDir, [...corePaths, ...[...locales.keys()].flatMap(languagePaths)]);
  return { largestLanguage, english, oneLanguage, allLanguages };
}
