// The address that opens Waymark on the person's own phone at the same page, language and area.
import { areaHref } from '../../routing/paths';

export function makeHandOverUrl(origin: string, lang: string, area: string, topic?: string): string {
  return new URL(areaHref(lang, area, topic), origin).href;
}
