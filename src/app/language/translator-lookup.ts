// Which string a key names, in the order i18next looks: each language in turn, and in each the plural form the
// count needs (`_zero` first for 0), then the bare key.

type Bundle = Record<string, unknown>;
export interface Found {
  value: string;
  lng: string;
  ns: string;
  /** the key with its plural suffix, as written in the file */
  key: string;
}

const rules = new Map<string, Intl.PluralRules>();

function pluralRule(lng: string): Intl.PluralRules {
  let rule = rules.get(lng);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(lng.replace(/_/g, '-'));
    } catch {
      rule = new Intl.PluralRules('en');
    }
    rules.set(lng, rule);
  }
  return rule;
}

/** `ns:key` names its namespace; otherwise the given one. A second `:` joins the rest as a nested key. */
export function splitKey(key: string, ns: string): { ns: string; key: string } {
  if (!key.includes(':')) return { ns, key };
  const [first, ...rest] = key.split(':');
  return { ns: first!, key: rest.join('.') };
}

/** i18next's lookup: the whole key first (keys may hold dots), then one part at a time, joining parts when needed. */
export function deepFind(obj: Bundle | undefined, path: string): unknown {
  if (!obj) return undefined;
  if (Object.prototype.hasOwnProperty.call(obj, path) && obj[path]) return obj[path];
  const tokens = path.split('.');
  let current: unknown = obj;
  for (let i = 0; i < tokens.length;) {
    if (!current || typeof current !== 'object') return undefined;
    let next: unknown;
    let nextPath = '';
    for (let j = i; j < tokens.length; ++j) {
      nextPath += (j === i ? '' : '.') + tokens[j];
      next = Object.prototype.hasOwnProperty.call(current, nextPath) ? (current as Bundle)[nextPath] : undefined;
      if (next !== undefined) {
        if (['string', 'number', 'boolean'].includes(typeof next) && j < tokens.length - 1) continue;
        i = j + 1;
        break;
      }
    }
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

export function resolveKey(
  data: Record<string, Record<string, Bundle>>,
  fullKey: string,
  options: { ns: string; count?: unknown },
  languages: readonly string[],
): Found | undefined {
  const { ns, key } = splitKey(fullKey, options.ns);
  const count = typeof options.count === 'number' ? options.count : undefined;
  for (const lng of languages) {
    const keys = count === undefined ? [key] : [...(count === 0 ? [`${key}_zero`] : []), `${key}_${pluralRule(lng).select(count)}`, key];
    for (const k of keys) {
      const value = deepFind(data[lng]?.[ns], k);
      if (typeof value === 'string') return { value, lng, ns, key: k };
    }
  }
  return undefined;
}
