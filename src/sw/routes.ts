// Pure rules for what the service worker keeps: the shell and English always, other languages once used.
export interface ManifestEntry {
  url: string;
  revision: string | null;
}

// The build names language files locale-<lang>-<namespace>-<hash>.js, with "zh-Hans" written "zh_Hans".
const LOCALE = /(?:^|\/)assets\/locale-([a-z]+(?:_[A-Za-z]+)?)-([a-z0-9-]+)-[\w-]+\.js$/;
// Small namespaces every language keeps from the first visit: the quick exit and the "language not saved yet" note.
const IN_EVERY_LANGUAGE = /(?:^|\/)assets\/locale-[a-z]+(?:_[A-Za-z]+)?-safety-[\w-]+\.js$/;

export function localeOf(url: string): string | undefined {
  return LOCALE.exec(url)?.[1]?.replace('_', '-');
}

/** Splits the build's file list: `core` is precached at install, `locales` maps each other language to its files. */
export function splitManifest(entries: readonly ManifestEntry[]): {
  core: ManifestEntry[];
  locales: Map<string, string[]>;
} {
  const core: ManifestEntry[] = [];
  const locales = new Map<string, string[]>();
  for (const entry of entries) {
    const lng = localeOf(entry.url);
    if (!lng || lng === 'en' || IN_EVERY_LANGUAGE.test(entry.url)) {
      core.push(entry);
      continue;
    }
    const list = locales.get(lng) ?? [];
    list.push(absolute(entry.url));
    locales.set(lng, list);
  }
  return { core, locales };
}

export function absolute(url: string): string {
  return url.startsWith('/') ? url : `/${url}`;
}

/** Languages present in the cache, from the paths of the files cached for them. */
export function languagesIn(paths: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const p of paths) {
    const lng = localeOf(p);
    if (lng) found.add(lng);
  }
  return found;
}

// An area's content pack: kept for the area in use only, refreshed in the background (stale while revalidate).
const PACK = /^\/api\/packs\/([a-z0-9][a-z0-9-]{0,40})$/;

export function packAreaOf(pathname: string): string | undefined {
  return PACK.exec(pathname)?.[1];
}

/** Cached pack requests to drop when `area`'s pack is stored: the phone keeps its own area's pack, not every area's. */
export function otherAreaPacks(cachedPaths: readonly string[], area: string): string[] {
  return cachedPaths.filter((p) => {
    const other = packAreaOf(p);
    return other !== undefined && other !== area;
  });
}

/** A newer pack was fetched in the background when the cached copy existed and its ETag differs. */
export function isNewerPack(oldEtag: string | null | undefined, newEtag: string | null | undefined): boolean {
  return Boolean(oldEtag && newEtag && oldEtag !== newEtag);
}

// A page of the app is /<lang>/<area>/…; the language is letters with an optional script (zh-Hans).
const PAGE = /^\/[a-z]{2,3}(?:-[A-Za-z]+)?\/([a-z0-9][a-z0-9-]{0,40})(?:\/|$)/;

/** The area a page's path is in, whose pack the phone should keep. */
export function areaOfPage(pathname: string): string | undefined {
  const area = PAGE.exec(pathname)?.[1];
  return area && area !== 'api' && area !== 'staff' ? area : undefined;
}

/** The language a page's path is in ("/ar/sefton/gp" → "ar"), whose string files the phone should keep. */
export function languageOfPage(pathname: string): string | undefined {
  return /^\/([a-z]{2,3}(?:-[A-Za-z]+)?)(?:\/|$)/.exec(pathname)?.[1];
}
