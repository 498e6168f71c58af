// A calendar day in the reader's language, or as YYYY-MM-DD where the phone has no names for that language.
export function formatDay(iso: string, bcp47: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  if (Intl.DateTimeFormat.supportedLocalesOf([bcp47]).length === 0) return iso;
  return new Intl.DateTimeFormat(bcp47, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
