// Dates and times in the reader's language. Formatters are made once per language: the status list can be long.
const cache = new Map<string, Intl.DateTimeFormat>();

export function formatWhen(time: number, bcp47: string, withTime = true): string {
  const key = `${bcp47}|${withTime}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(bcp47, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    cache.set(key, format);
  }
  return format.format(time);
}
