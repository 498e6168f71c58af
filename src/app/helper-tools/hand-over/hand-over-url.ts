// The address that opens Waymark on the person's own phone at the same page, language and area.
import { areaHref } from '../../routing/paths';

/** `query` is a page's own hand-over data (the bins page's saved bin day), already encoded as `name=value`. */
export function makeHandOverUrl(origin: string, lang: string, area: string, topic?: string, query?: string): string {
  const url = new URL(areaHref(lang, area, topic), origin);
  if (query) url.search = query;
  return url.href;
}
