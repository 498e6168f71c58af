// The lines of the "check your report" summary, the same for both columns; each column words them in its language.
import { DETAIL_FIELDS } from '../../../shared/report';
import type { FormValues } from '../form/form-values';

export type SummaryValue =
  /** a key in the report namespace, translated in the column's language */
  | { key: string; options?: Record<string, string | number> }
  /** the person's own words, sent as written */
  | { own: string }
  /** digits and dates: always left to right */
  | { ltr: string }
  /** a language, named in itself */
  | { language: string };

export interface SummaryRow {
  label: string;
  value: SummaryValue;
}

export function summaryRows(v: FormValues): SummaryRow[] {
  const rows: SummaryRow[] = [{ label: 'check.category', value: { key: `category.${v.category}` } }];
  for (const f of DETAIL_FIELDS[v.category]) {
    const answer = v.details[f.name]?.trim();
    if (!answer) continue;
    const value: SummaryValue = f.kind === 'choice' ? { key: `option.${answer}` } : f.kind === 'date' ? { ltr: answer } : { own: answer };
    rows.push({ label: `field.${f.name}`, value });
  }
  rows.push({ label: 'form.description', value: { own: v.description.trim() } });
  if (v.method) rows.push({ label: 'contact.method', value: { key: `contact.${v.method}` } });
  if (v.name.trim()) rows.push({ label: 'contact.name', value: { own: v.name.trim() } });
  if ((v.method === 'phone' || v.method === 'whatsapp') && v.phone.trim())
    rows.push({ label: 'contact.phoneNumber', value: { ltr: v.phone.trim() } });
  if (v.method === 'volunteer' && v.volunteer.trim()) rows.push({ label: 'contact.volunteerName', value: { own: v.volunteer.trim() } });
  if (v.contactLanguage) rows.push({ label: 'contact.language', value: { language: v.contactLanguage } });
  if (v.interpreter) rows.push({ label: 'contact.interpreter', value: { key: `option.${v.interpreter}` } });
  if (v.postcodeDistrict.trim()) rows.push({ label: 'contact.postcode', value: { ltr: v.postcodeDistrict.trim().toUpperCase() } });
  if (v.gender) rows.push({ label: 'contact.gender', value: { key: `contact.${v.gender}` } });
  if (v.onBehalf) {
    rows.push({ label: 'behalf.worker', value: { own: v.worker.trim() } });
    rows.push({ label: 'behalf.organisation', value: { own: v.organisation.trim() } });
    rows.push({ label: 'behalf.consented', value: { key: v.personConsented ? 'check.agreed' : 'option.no' } });
  }
  if (v.photos.length) rows.push({ label: 'photos.title', value: { key: 'check.photoCount', options: { count: v.photos.length } } });
  rows.push({ label: 'who.consent', value: { key: v.consent ? 'check.agreed' : 'option.no' } });
  return rows;
}
