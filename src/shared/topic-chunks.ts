// The chunks vite.config.ts (TOPIC_CHUNKS) groups pages into beyond `topic-<id>`: the server names a page's code by them.
const GROUPED: Readonly<Record<string, string>> = {
  'topic-migrant-help': 'topic-safety',
  'topic-staying-safe': 'topic-safety',
  'topic-walkthrough': 'helper-tools',
  'topic-side-by-side': 'helper-tools',
  'topic-show': 'helper-tools',
  'topic-leaflet': 'helper-tools',
};

/** The chunk that holds a page module or topic chunk the renderer names (`topic-gp`, `topic-leaflet`). */
export function chunkNameOf(module: string): string {
  return GROUPED[module] ?? module;
}
