// The build's per-language translation status (test/i18n/translation-status-plugin.ts).
declare module 'virtual:translation-status' {
  export const STATUS: Record<string, () => Promise<{ default: { stale: string[]; reviewed: string[] } }>>;
}
