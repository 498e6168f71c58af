// Loaders for every namespace but common, in their own chunk: the first page carries only common's 21 entries,
// so a new topic's namespace (21 more loaders) costs the first load nothing.
type Resource = { default: Record<string, unknown> };

export const NAMESPACE_LOADERS = import.meta.glob<Resource>(['../../../locales/*/*.json', '!../../../locales/*/common.json']);
