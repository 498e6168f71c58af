// The build's per-language translation status (test/i18n/translation-status-plugin.ts).
declare module 'virtual:translation-status' {
  export const STATUS: Record<string, () => Promise<{ default: { stale: string[]; reviewed: string[] } }>>;
}

declare module 'virtual:translation-flags' {
  /** space-separated codes of the languages with an out-of-date string or a wholly reviewed namespace */
  export const FLAGGED: string;
}
