// A calendar day in the reader's language, or as YYYY-MM-DD where the phone has no names for that language.
// A page date may be free text ("2020", "September 2020"): some engines would read "2020" as 1 January, so only YYYY-MM-DD is a day.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function formatDay(iso: string, bcp47: string): string {
  if (!ISO_DAY.test(iso)) return iso;
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  if (Intl.DateTimeFormat.supportedLocalesOf([bcp47]).length === 0) return iso;
  return new Intl.DateTimeFormat(bcp47, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
