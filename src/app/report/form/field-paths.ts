// Where an error belongs on the form: schema paths ("contact.phone", "photos.1.data") to inputs and labels.
import type { FieldError } from '../../../shared/report';

const CONTACT_LABELS: Record<string, string> = {
  method: 'contact.method',
  name: 'contact.name',
  phone: 'contact.phoneNumber',
  volunteer: 'contact.volunteerName',
  language: 'contact.language',
  gender: 'contact.gender',
  interpreter: 'contact.interpreter',
};
const BEHALF_LABELS: Record<string, string> = {
  worker: 'behalf.worker',
  organisation: 'behalf.organisation',
  personConsented: 'behalf.consented',
};

/** The form field an error is shown beside; errors about the report as a whole go to "report". */
export function fieldOf(path: string): string {
  const [head, sub] = path.split('.');
  if (head === 'photos') return 'photos';
  if (head === 'details' || head === 'contact' || head === 'onBehalf') return sub ? `${head}.${sub}` : 'report';
  if (head === 'description' || head === 'consent' || head === 'postcodeDistrict') return head;
  return 'report';
}

export function inputId(field: string): string {
  return `report-${field.replace(/\./g, '-')}`;
}

export function errorId(field: string): string {
  return `${inputId(field)}-error`;
}

/** The report-namespace key naming a field, for "Needs attention: <field>: <problem>". */
export function labelKey(field: string): string {
  const [head, sub = ''] = field.split('.');
  if (head === 'details') return `field.${sub}`;
  if (head === 'contact') return CONTACT_LABELS[sub] ?? 'error.report';
  if (head === 'onBehalf') return BEHALF_LABELS[sub] ?? 'error.report';
  if (head === 'description') return 'form.description';
  if (head === 'consent') return 'who.consent';
  if (head === 'postcodeDistrict') return 'contact.postcode';
  if (head === 'photos') return 'photos.title';
  return 'error.report';
}

const KNOWN_CODES = [
  'required',
  'too_long',
  'invalid',
  'too_large',
  'too_many',
  'unknown_field',
  'unsupported_version',
  'conflict',
  'control_character',
  'lone_surrogate',
  'bad_base64',
  'empty_photo',
  'server_refused',
  'postcode_format',
  'outside_area',
];

export function codeKey(code: string): string {
  return `error.${KNOWN_CODES.includes(code) ? code : 'invalid'}`;
}

/** One error per field, first one wins, keyed by where it is shown. */
export function errorsByField(errors: readonly FieldError[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const e of errors) {
    const field = fieldOf(e.field);
    map[field] ??= e.code;
  }
  return map;
}
