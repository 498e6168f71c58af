// URLs of the helper tools and the parsing of their query strings (which are user-editable, so never trusted).
import { isLanguageCode, type LanguageCode } from '../../../shared/languages';

export const HELPER_PAGES = { sideBySide: 'side-by-side', show: 'show', leaflet: 'leaflet', walkthrough: 'walkthrough' } as const;

function query(params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params).filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '');
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '';
}

export function sideBySideHref(lang: string, area: string, topic: string, withLang: string): string {
  return `/${lang}/${area}/${HELPER_PAGES.sideBySide}${query({ topic, with: withLang })}`;
}

export function showHref(lang: string, area: string, topic: string, from?: string): string {
  return `/${lang}/${area}/${HELPER_PAGES.show}${query({ topic, from })}`;
}

export function leafletHref(lang: string, area: string, topics: readonly string[], withLang: string): string {
  return `/${lang}/${area}/${HELPER_PAGES.leaflet}${query({ topics: topics.join(','), with: withLang })}`;
}

/** The second language: any Waymark language, English unless asked otherwise. */
export function readWith(raw: string | undefined): LanguageCode {
  return isLanguageCode(raw) ? raw : 'en';
}

/** Known topic ids from "gp,esol", once each, in the order of `known`. */
export function readTopicList(raw: string | undefined, known: readonly string[]): string[] {
  const asked = new Set((raw ?? '').split(',').map((s) => s.trim()));
  return known.filter((id) => asked.has(id));
}

/** Where "close" returns to: only a path on this site, never another origin. */
export function readFrom(raw: string | undefined): string | undefined {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return undefined;
  return raw;
}
