// The pack files in the repository (src/packs/<area>/*.json), bundled into the server: the seed of a fresh database.
const FILES = import.meta.glob<unknown>('../../packs/*/*.json', { eager: true, import: 'default' });

/** area → file name → parsed JSON, national first. */
export function seedPackFiles(): Map<string, Record<string, unknown>> {
  const areas = new Map<string, Record<string, unknown>>();
  for (const [path, content] of Object.entries(FILES)) {
    const [area, name] = path.split('/').slice(-2) as [string, string];
    areas.set(area, { ...areas.get(area), [name]: content });
  }
  return new Map([...areas].sort(([a], [b]) => (a === 'national' ? -1 : b === 'national' ? 1 : a.localeCompare(b))));
}
