// Strings whose English changed since they were translated are shown with the English beside, never silently alone.
// The list arrives lazily (translation-status.ts); until then this costs one Set lookup per string.
import type { PostProcessorModule } from 'i18next';

const stale = new Set<string>();

export function markStale(lng: string, ids: readonly string[]): void {
  for (const id of ids) stale.add(`${lng}|${id}`);
}

interface Resolved {
  usedLng?: string;
  usedNS?: string;
  exactUsedKey?: string;
}

export const staleStrings: PostProcessorModule = {
  type: 'postProcessor',
  name: 'stale',
  process(value, key, options, translator: { translate: (k: string | string[], o: object) => string }) {
    const r = (options as { i18nResolved?: Resolved }).i18nResolved;
    if (!r?.usedLng || r.usedLng === 'en' || !stale.has(`${r.usedLng}|${r.usedNS}:${r.exactUsedKey}`)) return value;
    const english = translator.translate(key, { ...options, lng: 'en', ns: r.usedNS, postProcess: [] });
    // Isolated so an English sentence inside Arabic keeps its own direction.
    return `${value} \u2068[EN: ${english}]\u2069`;
  },
};
