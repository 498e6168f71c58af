// Fetches the area's pack (the service worker keeps it offline and refreshes it in the background) and applies it.
// Small on purpose: it is in the first load; the resolver is fetched with the pack, as its own chunk.
import { registerArea } from '../../shared/areas';
import { readStored, STORED_KEYS, writeStored } from '../storage/local-store';
import type { AreaPackBody } from './area-content';
import { hasAreaContent, setAreaContent } from './current-area';

const pending = new Map<string, Promise<boolean>>();
/** area → when the newer pack the page picked up was published (ISO) */
const updated = new Map<string, string>();

/** Loads and applies the area's pack; false when the server has no such area (or it cannot be had offline). */
export function loadAreaPack(area: string, fresh = false): Promise<boolean> {
  if (hasAreaContent(area) && !fresh) return Promise.resolve(true);
  let load = pending.get(area);
  if (!load || fresh) {
    load = fetchPack(area).finally(() => pending.delete(area));
    pending.set(area, load);
  }
  return load;
}

async function fetchPack(area: string): Promise<boolean> {
  try {
    const res = await fetch(`/api/packs/${encodeURIComponent(area)}`);
    if (!res.ok) return false;
    const [body, { resolveArea }] = await Promise.all([res.json() as Promise<AreaPackBody>, import('./area-content')]);
    const content = resolveArea(body);
    registerArea({ id: content.area, prefix: content.prefix, council: content.local.council.name });
    notePackVersion(area, body);
    setAreaContent(content);
    return true;
  } catch {
    return false;
  }
}

// A version other than the one last shown here is news: the page says "updated <date>".
function notePackVersion(area: string, body: AreaPackBody): void {
  let last: { area?: string; version?: string } = {};
  try {
    last = JSON.parse(readStored(STORED_KEYS.packVersion) ?? '{}') as typeof last;
  } catch {
    last = {};
  }
  if (last.area === area && last.version && last.version !== body.version) updated.set(area, body.publishedAt);
  writeStored(STORED_KEYS.packVersion, JSON.stringify({ area, version: body.version }));
}

/** When the newer pack this page picked up was published, or undefined when nothing changed since the last visit. */
export function packUpdatedAt(area: string): string | undefined {
  return updated.get(area);
}
