// Loaded after first paint: which strings of a language are out of date, and which namespaces a fluent speaker reviewed.
import { i18n } from './i18n';
import { markStale, staleStrings } from './stale-strings';

export interface LanguageStatus {
  stale: string[];
  reviewed: string[];
}

/** Marks strings out of date; the post-processor is registered here, not at start-up, so the first page's script stays small. */
export function showStale(lng: string, ids: readonly string[]): void {
  markStale(lng, ids);
  if (ids.length) i18n.postProcess = staleStrings;
}

const loaded = new Map<string, Promise<LanguageStatus>>();

export function loadTranslationStatus(lng: string): Promise<LanguageStatus> {
  let status = loaded.get(lng);
  if (!status) {
    status = import('virtual:translation-status').then(async ({ STATUS }) => {
      const load = STATUS[lng];
      const s = load ? (await load()).default : { stale: [], reviewed: [] };
      // The English beside an out-of-date string: a page in another language may have sent only the English it lacked.
      if (s.stale.length) await i18n.loadLanguages('en');
      showStale(lng, s.stale);
      // Pages already drawn re-render with the English beside their out-of-date strings.
      if (s.stale.length) i18n.emit('loaded', {});
      return s;
    });
    loaded.set(lng, status);
  }
  return status;
}
