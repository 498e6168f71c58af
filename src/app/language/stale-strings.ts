// Strings whose English changed since they were translated are shown with the English beside, never silently alone.
// The list arrives lazily (translation-status.ts); until then this costs one Set lookup per string.
import type { PostProcess } from './translator';

const stale = new Set<string>();

export function markStale(lng: string, ids: readonly string[]): void {
  for (const id of ids) stale.add(`${lng}|${id}`);
}

export const staleStrings: PostProcess = (value, used, english) => {
  if (used.lng === 'en' || !stale.has(`${used.lng}|${used.ns}:${used.key}`)) return value;
  // Isolated so an English sentence inside Arabic keeps its own direction.
  return `${value} \u2068[EN: ${english()}]\u2069`;
};
