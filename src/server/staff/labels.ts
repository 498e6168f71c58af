// English names staff read for the codes a report carries (categories, areas, answers, languages).
import { AREAS } from '../../shared/areas';
import { LANGUAGES } from '../../shared/languages';
import type { Category } from '../../shared/report';

export const CATEGORY_LABELS: Record<Category, string> = {
  repair: 'Repair in the home',
  aspen: 'ASPEN card',
  harassment: 'Harassment or hate',
  antisocial: 'Antisocial behaviour',
  health: 'Health services',
  school: 'School',
  other: 'Something else',
};

export function categoryLabel(code: string): string {
  return (CATEGORY_LABELS as Record<string, string>)[code] ?? code;
}

export function areaLabel(id: string): string {
  return AREAS.find((a) => a.id === id)?.council ?? id;
}

export function languageLabel(code: string): string {
  return LANGUAGES.find((l) => l.code === code)?.english ?? code;
}

/** "hotWater" → "hot water", "in-person" → "in person": readable without a table per answer. */
export function humanise(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
}

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

export function formatTime(date: Date | null): string {
  return date ? LONDON.format(date) : '';
}
