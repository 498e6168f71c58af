// Turns the numbers, dates and names a rule sentence needs into text for one language.
import type { RuleValue } from '../../content/bins/bin-rules';
import { formatFullDate, formatMonthYear, formatNumber, formatPence, formatTime, formatWeekdays } from './date-format';

/** A value ready to sit in a sentence: `ltr` when it must read left to right even in Arabic script. */
export interface ShownValue {
  text: string;
  ltr?: boolean;
  /** language of a proper noun kept as written */
  lang?: string;
}

export function showRuleValue(value: RuleValue, bcp47: string): ShownValue {
  switch (value.kind) {
    case 'amount':
      return { text: formatPence(value.pence), ltr: true };
    case 'litres':
      return { text: formatNumber(value.litres, bcp47, 'liter') };
    case 'count':
      return { text: formatNumber(value.count, bcp47), ltr: true };
    case 'year':
      return { text: String(value.year), ltr: true };
    case 'time':
      return { text: formatTime(value.hour, value.minute, bcp47) };
    case 'date':
      return { text: formatFullDate(value.date, bcp47) };
    case 'month':
      return { text: formatMonthYear(value.date, bcp47) };
    case 'weekdays':
      return { text: formatWeekdays(value.days, bcp47) };
    case 'name':
      return { text: value.text, lang: 'en' };
  }
}

export function showRuleValues(values: Readonly<Record<string, RuleValue>> | undefined, bcp47: string): Record<string, ShownValue> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, showRuleValue(v, bcp47)]));
}
