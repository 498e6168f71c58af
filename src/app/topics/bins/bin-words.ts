// Words the bin rules need besides dates (those are in language/dates.ts): lists of days and litres.
import type { TFunction } from '../../language/translator';
import type { Weekday } from '../../content/bins/bin-rules';
import { formatWeekday } from '../../language/dates';

/** "Tuesday, Wednesday, Thursday and Friday" in the person's language. */
export function listOf(items: readonly string[], t: TFunction): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('format.list', { items: items.slice(0, -1).join(t('format.separator')), last: items.at(-1)! });
}

export function formatWeekdays(days: readonly Weekday[], t: TFunction): string {
  return listOf(
    days.map((d) => formatWeekday(d, t)),
    t,
  );
}

export function formatLitres(litres: number, t: TFunction): string {
  return t('format.litres', { n: String(litres), count: litres });
}
