// Pure helpers for Waymark's URLs: /<lang>/<area>/<topic>.
export interface AreaPath {
  lang?: string;
  area?: string;
  topic?: string;
}

export function splitPath(path: string): AreaPath {
  const [lang, area, topic] = path.split('?')[0]!.split('/').filter(Boolean);
  return { lang, area, topic };
}

export function areaHref(lang: string, area: string, topic?: string): string {
  return topic ? `/${lang}/${area}/${topic}` : `/${lang}/${area}/`;
}

/** The same page in another language; keeps the query string (a search, say). */
export function withLanguage(url: string, lang: string): string {
  const [path = '/', query] = url.split('?');
  const parts = path.split('/').filter(Boolean);
  parts[0] = lang;
  const trailing = parts.length <= 2 ? '/' : '';
  return `/${parts.join('/')}${trailing}${query ? `?${query}` : ''}`;
}
