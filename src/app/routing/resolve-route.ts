// Decides whether an area URL can be shown as it is, or which valid page is closest to it.
import { isAreaId, type AreaId } from '../../shared/areas';
import { isLanguageCode, type LanguageCode } from '../../shared/languages';
import { matchOne } from '../../shared/match-language';
import { findTopic } from '../topics/topics';
import { areaHref } from './paths';

export type Notice = 'lang' | 'area' | 'topic';

export type Resolution =
  { kind: 'show'; lang: LanguageCode; area: AreaId; topic?: string } | { kind: 'redirect'; to: string; notice: Notice };

export interface Fallbacks {
  lang: LanguageCode;
  area?: AreaId;
}

export function resolveAreaRoute(params: { lang?: string; area?: string; topic?: string }, fallbacks: Fallbacks): Resolution {
  const rawLang = params.lang ?? '';
  const lang: LanguageCode = isLanguageCode(rawLang) ? rawLang : (matchOne(rawLang) ?? fallbacks.lang);
  const area = isAreaId(params.area) ? params.area : fallbacks.area;
  const topicOk = params.topic === undefined || findTopic(params.topic) !== undefined;

  if (!isLanguageCode(rawLang)) {
    const to = area ? areaHref(lang, area, topicOk ? params.topic : undefined) : `/${lang}/`;
    return { kind: 'redirect', to: `${to}?notice=lang`, notice: 'lang' };
  }
  if (!isAreaId(params.area)) {
    const to = area ? areaHref(lang, area, topicOk ? params.topic : undefined) : `/${lang}/`;
    return { kind: 'redirect', to: `${to}?notice=area`, notice: 'area' };
  }
  if (!topicOk) return { kind: 'redirect', to: `${areaHref(lang, params.area)}?notice=topic`, notice: 'topic' };
  return { kind: 'show', lang, area: params.area, ...(params.topic ? { topic: params.topic } : {}) };
}
