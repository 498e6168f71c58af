// Every language's every namespace file, as lazy chunks. Kept out of the first-load bundle: its map of ~400 file
// names costs about 13 bytes gzipped per file, and the first page needs only `common` (see i18n.ts).
type Resource = { default: Record<string, unknown> };
const loaders = import.meta.glob<Resource>('../../../locales/*/*.json');

export function loadFile(lng: string, ns: string): Promise<Record<string, unknown>> {
  const load = loaders[`../../../locales/${lng}/${ns}.json`];
  if (!load) return Promise.reject(new Error(`No strings for ${lng}/${ns}`));
  return load().then((m) => m.default);
}
