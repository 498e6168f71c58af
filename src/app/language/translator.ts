// The app's strings, read the way i18next reads them (same JSON files, `ns:key`, nested keys, plural suffixes from
// Intl.PluralRules, `{{name}}` values, English per key when a language lacks it), in a tenth of its bytes: i18next
// alone was 15 KB of the 40 KB a first page may load. translator.test.ts holds it to i18next's output for every string.
import { resolveKey } from './translator-lookup';

export type TOptions = { count?: number; defaultValue?: string; lng?: string; ns?: string } & Record<string, unknown>;
export type TFunction = ((key: string, options?: TOptions) => string) & {
  /** set on a fixed t: the language it speaks (null: the current one) */
  readonly lng?: string | null;
};
type Bundle = Record<string, unknown>;
type Listener = (...args: unknown[]) => void;
/** How a string that was found may be changed before it is shown (stale-strings.ts adds the English beside). */
export type PostProcess = (value: string, used: { lng: string; ns: string; key: string }, english: () => string) => string;

export interface TranslatorOptions {
  lng: string;
  /** the namespaces to have before init resolves */
  ns: string[];
  /** strings already here (sent in the page): not fetched again */
  resources?: Record<string, Record<string, Bundle>>;
  /** per namespace, the only English the page's language needs (the keys it lacks): English itself is then fetched only when asked for */
  fallback?: Record<string, Bundle>;
  read: (lng: string, ns: string) => Promise<Bundle>;
  /** after a failed read, how many more tries, the first after `retryMs` */
  retries?: number;
  retryMs?: number;
}

const FALLBACK = 'en';
const LOADING = 1;
const LOADED = 2;
const FAILED = -1;

export class Translator {
  language: string | undefined;
  isInitialized = false;
  postProcess: PostProcess | undefined;
  private data: Record<string, Record<string, Bundle>> = {};
  private gaps: Record<string, Bundle> = {};
  /** strings added one by one to a namespace not here yet: kept apart, so the namespace still counts as not loaded */
  private added: Record<string, Record<string, Bundle>> = {};
  private namespaces = new Set<string>(['common']);
  private state = new Map<string, number>();
  private pending = new Map<string, Promise<void>>();
  private listeners = new Map<string, Set<Listener>>();
  private options: Required<Omit<TranslatorOptions, 'resources' | 'fallback' | 'lng' | 'ns'>> = {
    read: () => Promise.reject(new Error('not set up')),
    retries: 0,
    retryMs: 0,
  };

  async init(options: TranslatorOptions): Promise<TFunction> {
    const { lng, ns, resources, fallback, ...rest } = options;
    this.options = { ...this.options, ...rest };
    this.gaps = fallback ?? {};
    for (const [l, bundles] of Object.entries(resources ?? {}))
      for (const [n, b] of Object.entries(bundles)) this.addResourceBundle(l, n, b, true);
    for (const n of ns) this.namespaces.add(n);
    if (this.language === undefined) this.language = lng;
    await this.loadAll([lng]);
    this.language = lng;
    this.isInitialized = true;
    this.emit('languageChanged', lng);
    return this.getFixedT(lng);
  }

  /** The words of `ns` in `lng` (English for any key it lacks); `ns:key` in the key names another namespace. */
  getFixedT(lng: string | null, ns?: string): TFunction {
    const fixed = (key: string, options?: TOptions) =>
      this.t(key, { ...options, lng: options?.lng ?? lng ?? this.language, ns: options?.ns ?? ns });
    return Object.assign(fixed, { lng });
  }

  t(key: string, options: TOptions = {}): string {
    const { lng = this.language ?? FALLBACK, ns = 'common' } = options;
    const found = this.resolve(key, lng, ns, options.count);
    if (!found) return interpolate(options.defaultValue ?? keyOf(key), options);
    const value = interpolate(found.value, options);
    if (!this.postProcess) return value;
    return this.postProcess(value, found, () => this.t(key, { ...options, lng: FALLBACK, ns: found.ns }));
  }

  /** True if the key has a string in `lng` or in English. */
  exists(key: string, options: TOptions = {}): boolean {
    const lng = options.lng ?? this.language ?? FALLBACK;
    return this.resolve(key, lng, options.ns ?? 'common', options.count) !== undefined;
  }

  private resolve(key: string, lng: string, ns: string, count: unknown) {
    const options = { ns, count };
    const languages = [...new Set([lng, FALLBACK])];
    return (
      resolveKey(this.data, key, options, languages) ??
      resolveKey({ [FALLBACK]: this.gaps }, key, options, [FALLBACK]) ??
      resolveKey(this.added, key, options, languages)
    );
  }

  async changeLanguage(lng: string): Promise<TFunction> {
    await this.loadAll([lng]);
    this.language = lng;
    this.emit('languageChanged', lng);
    return this.getFixedT(lng);
  }

  /** Loads the namespaces in the page's language and English; resolves even when a file cannot be read. */
  async loadNamespaces(ns: string | string[]): Promise<void> {
    for (const n of typeof ns === 'string' ? [ns] : ns) this.namespaces.add(n);
    await this.loadAll([this.language ?? FALLBACK]);
  }

  async loadLanguages(lngs: string | string[]): Promise<void> {
    await this.loadAll(typeof lngs === 'string' ? [lngs] : lngs);
  }

  /** Reads the files again, those that failed included (a failed one counts as failed until a read succeeds). */
  async reloadResources(lngs: string[], ns: string[]): Promise<void> {
    await Promise.all(lngs.flatMap((l) => ns.map((n) => this.load(l, n, true))));
  }

  /** The namespaces of a language whose files could not be read. */
  failedNamespaces(lng: string): string[] {
    return [...this.state].filter(([name, s]) => s === FAILED && name.startsWith(`${lng}|`)).map(([name]) => name.slice(lng.length + 1));
  }

  /** True once the namespace is here, or its reads (the language's and English) have ended, well or not. */
  hasLoadedNamespace(ns: string, options: { lng?: string } = {}): boolean {
    if (!this.isInitialized || this.language === undefined) return false;
    const lng = options.lng ?? this.language;
    if (this.hasResourceBundle(lng, ns)) return true;
    const settled = (l: string) => [LOADED, FAILED].includes(this.state.get(`${l}|${ns}`) ?? 0);
    return settled(lng) && settled(FALLBACK);
  }

  hasResourceBundle(lng: string, ns: string): boolean {
    return this.data[lng]?.[ns] !== undefined;
  }

  getResourceBundle(lng: string, ns: string): Bundle | undefined {
    return this.data[lng]?.[ns];
  }

  /** Merges strings into a namespace (deeply); `overwrite`: the new strings win over those already there. */
  addResourceBundle(lng: string, ns: string, bundle: Bundle, overwrite = false): void {
    const lang = (this.data[lng] ??= {});
    lang[ns] = merge(lang[ns] ?? {}, bundle, overwrite);
    const added = this.added[lng]?.[ns];
    if (added) merge(lang[ns], added, false);
  }

  /** One string (an area's name from its pack); into the namespace if it is here, else kept until it comes. */
  addResource(lng: string, ns: string, key: string, value: string): void {
    const path = key.split('.');
    const store = this.hasResourceBundle(lng, ns) ? this.data : this.added;
    let node = ((store[lng] ??= {})[ns] ??= {});
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Bundle;
    node[path[path.length - 1]!] = value;
  }

  on(event: string, listener: Listener): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
  }

  off(event: string, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  /** One read of one file; the tests replace it to play a phone with no signal. */
  read(lng: string, ns: string): Promise<Bundle> {
    return this.options.read(lng, ns);
  }

  /** The namespaces in these languages and, for the fallback, English, unless the page sent the English it lacks. */
  private loadAll(lngs: string[]): Promise<void[]> {
    const fallback = lngs.includes(FALLBACK)
      ? []
      : [...this.namespaces].filter((n) => this.gaps[n] === undefined).map((n) => this.load(FALLBACK, n));
    return Promise.all([...lngs.flatMap((l) => [...this.namespaces].map((n) => this.load(l, n))), ...fallback]);
  }

  private load(lng: string, ns: string, again = false): Promise<void> {
    const name = `${lng}|${ns}`;
    if (!again && this.hasResourceBundle(lng, ns)) {
      this.state.set(name, LOADED);
      return Promise.resolve();
    }
    const state = this.state.get(name);
    if (!again && (state === LOADED || state === FAILED)) return Promise.resolve();
    const running = this.pending.get(name);
    if (running) return running;
    if (state !== FAILED) this.state.set(name, LOADING);
    const attempt = async (): Promise<void> => {
      for (let tried = 0; ; tried++) {
        try {
          this.addResourceBundle(lng, ns, await this.read(lng, ns), true);
          this.state.set(name, LOADED);
          this.emit('loaded', { [lng]: { [ns]: true } });
          return;
        } catch (error) {
          if (tried >= this.options.retries) {
            this.state.set(name, FAILED);
            this.emit('failedLoading', lng, ns, String(error));
            return;
          }
          await new Promise((wait) => setTimeout(wait, this.options.retryMs * 2 ** tried));
        }
      }
    };
    const run = attempt().finally(() => this.pending.delete(name));
    this.pending.set(name, run);
    return run;
  }
}

function keyOf(key: string): string {
  const at = key.indexOf(':');
  return at < 0
    ? key
    : key
        .slice(at + 1)
        .split(':')
        .join('.');
}

function merge(target: Bundle, source: Bundle, overwrite: boolean): Bundle {
  for (const [k, v] of Object.entries(source)) {
    const had = target[k];
    if (v && typeof v === 'object' && had && typeof had === 'object') merge(had as Bundle, v as Bundle, overwrite);
    else if (overwrite || had === undefined) target[k] = v && typeof v === 'object' ? merge({}, v as Bundle, true) : v;
  }
  return target;
}

/** `{{name}}` (also `{{a.b}}`) from the options; a name not given at all stays as written, as in i18next. */
export function interpolate(text: string, values: TOptions): string {
  return text.replace(/\{\{(-?)(.+?)\}\}/g, (whole, _raw: string, name: string) => {
    const path = name.trim();
    let value: unknown = values;
    for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Bundle)[part] : undefined;
    if (value === undefined) return Object.prototype.hasOwnProperty.call(values, path) ? '' : whole;
    return value === null ? '' : String(value);
  });
}
