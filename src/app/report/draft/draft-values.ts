// Reading form values back: from a stored draft (never trusted blindly) or from a refused report.
import { CATEGORIES, type Category } from '../../../shared/report';
import { emptyValues, filled, type FormValues } from '../form/form-values';

/** A saved draft, if it still has the shape of the form (an old or damaged draft is ignored, not trusted). */
export function readDraft(value: unknown): FormValues | undefined {
  const d = value as Partial<FormValues> | null;
  if (!d || typeof d !== 'object' || !CATEGORIES.includes(d.category as Category)) return undefined;
  const base = emptyValues(d.category as Category, typeof d.contactLanguage === 'string' ? d.contactLanguage : 'en');
  const merged = { ...base } as unknown as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(base)) {
    const got = (d as Record<string, unknown>)[key];
    if (typeof got === typeof fallback && Array.isArray(got) === Array.isArray(fallback)) merged[key] = got;
  }
  const values = merged as unknown as FormValues;
  values.details = filled(Object.fromEntries(Object.entries(values.details).filter(([, v]) => typeof v === 'string')));
  values.photos = values.photos.filter((p) => p?.type === 'image/jpeg' && typeof p.data === 'string');
  return values;
}

/** A refused report back into the form, for "Change and send again". */
export function valuesFromReport(report: Record<string, unknown>): FormValues | undefined {
  const contact = (report.contact ?? {}) as Record<string, string>;
  const behalf = report.onBehalf as Record<string, unknown> | undefined;
  return readDraft({
    category: report.category,
    description: report.description,
    details: report.details,
    method: contact.method,
    name: contact.name,
    phone: contact.phone,
    volunteer: contact.volunteer,
    contactLanguage: contact.language,
    gender: contact.gender,
    interpreter: contact.interpreter,
    postcodeDistrict: report.postcodeDistrict,
    onBehalf: Boolean(behalf),
    worker: behalf?.worker,
    organisation: behalf?.organisation,
    personConsented: behalf?.personConsented === true,
    consent: false,
    photos: report.photos,
  });
}
