// Turns the numbers, dates and names a rule sentence needs into text for one language.
import type { RuleValue } from '../../content/bins/bin-rules';
import type { TFunction } from '../../language/translator';
import { formatPence } from '../../content/format';
import { formatCollectionDay, formatMonthYear, formatTime } from '../../language/dates';
import { formatLitres, formatWeekdays } from './bin-words';

/** A value ready to sit in a sentence: `ltr` when it must read left to right even in Arabic script. */
export interface ShownValue {
  text: string;
  ltr?: boolean;
  /** language of a proper noun kept as written */
  lang?: string;
}

export function showRuleValue(value: RuleValue, t: TFunction): ShownValue {
  switch (value.kind) {
    case 'amount':
      return { text: formatPence(value.pence), ltr: true };
    case 'litres':
      return { text: formatLitres(value.litres, t) };
    case 'count':
      return { text: String(value.count), ltr: true };
    case 'year':
      return { text: String(value.year), ltr: true };
    case 'time':
      return { text: formatTime(value.hour, value.minute), ltr: true };
    case 'date':
      return { text: formatCollectionDay(value.date, t) };
    case 'month':
      return { text: formatMonthYear(value.date, t) };
    case 'weekdays':
      return { text: formatWeekdays(value.days, t) };
    case 'name':
      return { text: value.text, lang: 'en' };
  }
}

/** The number that picks a rule sentence's plural form: its one `count` value, if it has one. */
export function countOfRule(values: Readonly<Record<string, RuleValue>> | undefined): number | undefined {
  const counts = Object.values(values ?? {}).flatMap((v) => (v.kind === 'count' ? [v.count] : []));
  return counts.length === 1 ? counts[0] : undefined;
}

export function showRuleValues(values: Readonly<Record<string, RuleValue>> | undefined, t: TFunction): Record<string, ShownValue> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, showRuleValue(v, t)]));
}
