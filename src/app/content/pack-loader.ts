// Fetches the area's pack (the service worker keeps it offline and refreshes it in the background) and applies it.
// Loaded when a page needs facts, or to ask about an area the page has not met; the service worker caches the
// area's pack on the first visit itself, so the home's first load carries none of this.
import { registerArea } from '../../shared/areas';
import { onPackUpdated } from '../offline/pack-updates';
import { readStored, STORED_KEYS, writeStored } from '../storage/local-store';
import type { AreaPackBody } from './area-content';
import { hasAreaContent, notePackUpdated, setAreaContent } from './current-area';
import { i18n } from '../language/i18n';

const bodies = new Map<string, AreaPackBody>();
// A newer pack the service worker fetched in the background is applied at once (no app update needed).
onPackUpdated((area) => void (bodies.has(area) && loadAreaPack(area, { fresh: true })));
const pending = new Map<string, Promise<boolean>>();

/** Fetches the area's pack, and with `resolve` makes its facts readable; false when the server has no such area. */
export async function loadAreaPack(area: string, options: { resolve?: boolean; fresh?: boolean } = {}): Promise<boolean> {
  if (options.fresh || !bodies.has(area)) {
    let load = pending.get(area);
    if (!load || options.fresh) {
      load = fetchBody(area).finally(() => pending.delete(area));
      pending.set(area, load);
    }
    if (!(await load)) return false;
  }
  if (options.resolve && (options.fresh || !hasAreaContent(area))) await applyBody(area);
  return true;
}

async function fetchBody(area: string): Promise<boolean> {
  try {
    const res = await fetch(`/api/packs/${encodeURIComponent(area)}`);
    if (!res.ok) return false;
    const body = (await res.json()) as AreaPackBody;
    registerArea({ id: area, prefix: body.pack.prefix ?? 'WAY', council: body.pack.council?.name ?? body.pack.name });
    notePackVersion(area, body);
    // An area locales/ has no name for is called by its pack's name (a proper noun), in English and so every language.
    if (!i18n.exists(`area.${area}.name`, { lng: 'en', ns: 'common' }))
      i18n.addResource('en', 'common', `area.${area}.name`, body.pack.name);
    const had = bodies.has(area);
    bodies.set(area, body);
    if (had || hasAreaContent(area)) await applyBody(area);
    return true;
  } catch {
    return false;
  }
}

async function applyBody(area: string): Promise<void> {
  const body = bodies.get(area);
  if (!body) return;
  const { resolveArea } = await import('./area-content');
  setAreaContent(resolveArea(body));
}

// A version other than the one last shown here is news: the page says "updated <date>".
function notePackVersion(area: string, body: AreaPackBody): void {
  let last: { area?: string; version?: string } = {};
  try {
    last = JSON.parse(readStored(STORED_KEYS.packVersion) ?? '{}') as typeof last;
  } catch {
    last = {};
  }
  if (last.area === area && last.version && last.version !== body.version) notePackUpdated(area, body.publishedAt);
  writeStored(STORED_KEYS.packVersion, JSON.stringify({ area, version: body.version }));
}
