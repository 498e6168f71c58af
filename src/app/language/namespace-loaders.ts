// Loaders for every namespace but common, in their own chunk: the first page carries only common's 21 entries,
// so a new topic's namespace (21 more loaders) costs the first load nothing.
type Resource = { default: Record<string, unknown> };

export const NAMESPACE_LOADERS = import.meta.glob<Resource>(['../../../locales/*/*.json', '!../../../locales/*/common.json']);

/** Every strings file the build holds, as language and namespace (the server renders pages with them all). */
export function namespaceFiles(): { lng: string; ns: string }[] {
  const files = Object.keys(NAMESPACE_LOADERS).map((k) => {
    const [, lng, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(k)!;
    return { lng: lng!, ns: ns! };
  });
  return [...files, ...[...new Set(files.map((f) => f.lng))].map((lng) => ({ lng, ns: 'common' }))];
}
