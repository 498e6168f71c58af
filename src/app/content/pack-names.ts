// Areas' names from their packs (proper nouns), for areas locales/ has no name for; tiny, as the header needs it.
const names = new Map<string, string>();

export function packName(area: string): string | undefined {
  return names.get(area);
}

export function rememberPackName(area: string, name: string): void {
  names.set(area, name);
}
