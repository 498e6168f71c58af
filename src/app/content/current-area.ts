// The content of the areas the page has loaded, read synchronously at render time. The page sets it when an area's
// pack arrives; the server can set it per request before rendering, so the same components render in both places.
import type { AreaContent } from './area-content';

const loaded = new Map<string, AreaContent>();

/** area → when the newer pack the page picked up was published (ISO) */
const updated = new Map<string, string>();

export function notePackUpdated(area: string, publishedAt: string): void {
  updated.set(area, publishedAt);
}

/** When the newer pack this page picked up was published, or undefined when nothing changed since the last visit. */
export function packUpdatedAt(area: string): string | undefined {
  return updated.get(area);
}
const listeners = new Set<(area: string) => void>();

export function setAreaContent(content: AreaContent): void {
  loaded.set(content.area, content);
  listeners.forEach((l) => l(content.area));
}

export function hasAreaContent(area: string): boolean {
  return loaded.has(area);
}

/** Called with the area whenever its content is set (a newer pack was applied). */
export function onAreaContent(listener: (area: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The loaded content of an area; pages render only after it is loaded (AreaScreen waits for it). */
export function areaContent(area: string): AreaContent {
  const content = loaded.get(area);
  if (!content) throw new Error(`the ${area} pack is not loaded`);
  return content;
}
