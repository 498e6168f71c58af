// The report form as plain data: what is typed, how it becomes an IssueReport, and how a draft is read back.
import { cleanText, REPORT_SCHEMA_VERSION, type Category } from '../../../shared/report';

export interface PhotoValue {
  type: 'image/jpeg';
  /** base64, at most LIMITS.photoBytes once decoded */
  data: string;
}

export interface FormValues {
  category: Category;
  description: string;
  details: Record<string, string>;
  method: string;
  name: string;
  phone: string;
  volunteer: string;
  contactLanguage: string;
  gender: string;
  interpreter: string;
  postcodeDistrict: string;
  onBehalf: boolean;
  worker: string;
  organisation: string;
  personConsented: boolean;
  consent: boolean;
  photos: PhotoValue[];
}

export function emptyValues(category: Category, language: string): FormValues {
  return {
    category,
    description: '',
    details: {},
    method: '',
    name: '',
    phone: '',
    volunteer: '',
    contactLanguage: language,
    gender: '',
    interpreter: '',
    postcodeDistrict: '',
    onBehalf: false,
    worker: '',
    organisation: '',
    personConsented: false,
    consent: false,
    photos: [],
  };
}

/** Switching problem keeps what applies to any problem and drops the old problem's questions. */
export function withCategory(values: FormValues, category: Category): FormValues {
  return values.category === category ? values : { ...values, category, details: {} };
}

export function filled(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v.trim() !== ''));
}

/** The same cleaning the text fields do as they are typed in, for words that reached the draft another way
 * (a draft or a refused report from before the fields cleaned). */
function cleanAll(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).map(([k, s]) => [k, cleanText(s)]));
}

export interface ReportMeta {
  id: string;
  area: string;
  language: string;
  createdAt: string;
}

/** The report exactly as it will be validated and sent. Fields the chosen contact method hides are not sent. */
export function toReport(typed: FormValues, meta: ReportMeta): Record<string, unknown> {
  const texts = cleanAll({
    description: typed.description,
    name: typed.name,
    phone: typed.phone,
    volunteer: typed.volunteer,
    worker: typed.worker,
    organisation: typed.organisation,
    postcodeDistrict: typed.postcodeDistrict,
  });
  const v = { ...typed, ...texts, details: cleanAll(typed.details) } as FormValues;
  const byPhone = v.method === 'phone' || v.method === 'whatsapp';
  const contact = filled({
    name: v.name,
    phone: byPhone ? v.phone : '',
    volunteer: v.method === 'volunteer' ? v.volunteer : '',
    language: v.contactLanguage,
    gender: v.gender,
    interpreter: v.interpreter,
  });
  const report: Record<string, unknown> = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...meta,
    category: v.category,
    description: v.description,
    details: filled(v.details),
    contact: v.method ? { method: v.method, ...contact } : contact,
    consent: v.consent,
  };
  if (v.postcodeDistrict.trim()) report.postcodeDistrict = v.postcodeDistrict;
  if (v.onBehalf) report.onBehalf = { worker: v.worker, organisation: v.organisation, personConsented: v.personConsented };
  if (v.photos.length) report.photos = v.photos.map(({ type, data }) => ({ type, data }));
  return report;
}
