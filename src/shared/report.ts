// The IssueReport shape and its validation: one schema for the form, the outbox and the intake server.
// Error messages are codes ('required', 'too_long', …); the app translates them, the server returns them.
import * as v from 'valibot';
import { isAreaId } from './areas';
import { LANGUAGE_CODES } from './languages';
import { isDistrictInArea, OUTWARD_CODE } from './postcode-districts';
import { CATEGORIES, type Category } from './report-categories';

export const REPORT_SCHEMA_VERSION = 1;

export { CATEGORIES, type Category } from './report-categories';

export const CONTACT_METHODS = ['phone', 'whatsapp', 'in-person', 'volunteer', 'none'] as const;
export const GENDERS = ['any', 'female', 'male'] as const;
export const INTERPRETER = ['yes', 'no'] as const;
export const PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'] as const;

export const LIMITS = {
  description: 5000,
  shortText: 200,
  longText: 2000,
  name: 120,
  phone: 30,
  photos: 3,
  /** bytes of one photo after resizing on the phone */
  photoBytes: 300 * 1024,
  /** the whole JSON body the server accepts */
  bodyBytes: 1_600_000,
} as const;

/** A question a category asks beyond the description. `options` are codes, translated by the app. */
export interface DetailField {
  name: string;
  kind: 'text' | 'textarea' | 'choice' | 'date';
  required: boolean;
  options?: readonly string[];
}

const text = (name: string, required = false): DetailField => ({ name, kind: 'text', required });
const area = (name: string, required = false): DetailField => ({ name, kind: 'textarea', required });
const choice = (name: string, options: readonly string[], required = false): DetailField => ({
  name,
  kind: 'choice',
  required,
  options,
});

export const DETAIL_FIELDS: Record<Category, readonly DetailField[]> = {
  repair: [
    choice('room', ['kitchen', 'bathroom', 'bedroom', 'living', 'hall', 'outside', 'whole'], true),
    choice('problem', ['heating', 'hotWater', 'leak', 'electrics', 'gas', 'damp', 'lock', 'pests', 'appliance', 'other'], true),
    { name: 'since', kind: 'date', required: false },
    text('access'),
  ],
  aspen: [choice('problem', ['lost', 'stolen', 'blocked', 'notLoaded', 'other'], true), { name: 'since', kind: 'date', required: false }],
  harassment: [{ name: 'when', kind: 'date', required: false }, text('where'), choice('ongoing', ['yes', 'no', 'unsure'], true)],
  antisocial: [{ name: 'when', kind: 'date', required: false }, text('where'), choice('ongoing', ['yes', 'no', 'unsure'], true)],
  health: [choice('service', ['gp', 'dentist', 'pharmacy', 'hospital', 'other'], true), text('place')],
  school: [text('childAge'), text('school')],
  other: [area('help')],
};

// PostgreSQL text and jsonb cannot hold NUL or a lone surrogate: refusing them here keeps them off the phone too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// A high surrogate with its low one, or either alone (no lookbehind: older Safari cannot parse it).
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

/** Why a piece of text cannot be stored, or null when it can. */
export function findBadText(s: string): 'control_character' | 'lone_surrogate' | null {
  if (s.includes('\u0000')) return 'control_character';
  for (const m of s.matchAll(SURROGATES)) if (m[0].length === 1) return 'lone_surrogate';
  return null;
}

/** The text with control characters (not tab or newline) removed and lone surrogates replaced by U+FFFD. */
export function cleanText(s: string): string {
  return s.replace(OTHER_CONTROLS, '').replace(SURROGATES, (m) => (m.length === 1 ? '\ufffd' : m));
}

const storable = v.rawCheck<string>(({ dataset, addIssue }) => {
  const bad = dataset.typed ? findBadText(dataset.value) : null;
  if (bad) addIssue({ message: bad });
});
const trimmed = (max: number) => v.pipe(v.string('invalid'), storable, v.trim(), v.maxLength(max, 'too_long'));
const required = (max: number) => v.pipe(trimmed(max), v.nonEmpty('required'));
const optionalText = (max: number) => v.optional(trimmed(max));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function detailSchema(fields: readonly DetailField[]) {
  const entries: Record<string, v.GenericSchema<unknown, unknown>> = {};
  for (const f of fields) {
    let s: v.GenericSchema<unknown, unknown>;
    if (f.kind === 'choice') s = v.picklist(f.options as string[], f.required ? 'required' : 'invalid');
    else if (f.kind === 'date') s = v.pipe(v.string('invalid'), v.regex(DATE, 'invalid'));
    else
      s = f.required
        ? required(f.kind === 'textarea' ? LIMITS.longText : LIMITS.shortText)
        : trimmed(f.kind === 'textarea' ? LIMITS.longText : LIMITS.shortText);
    entries[f.name] = f.required ? s : v.optional(s);
  }
  return v.strictObject(entries, 'unknown_field');
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const photo = v.strictObject(
  {
    type: v.picklist(PHOTO_TYPES, 'invalid'),
    // base64 of at most photoBytes bytes, padded, at least one byte
    data: v.pipe(
      v.string('invalid'),
      v.nonEmpty('empty_photo'),
      v.maxLength(Math.ceil(LIMITS.photoBytes / 3) * 4, 'too_large'),
      v.regex(BASE64, 'bad_base64'),
    ),
  },
  'invalid',
);

// The way back to the person is part of the contract: a call or a WhatsApp needs a number, a volunteer a name.
const NEEDS_PHONE: ReadonlySet<string> = new Set(['phone', 'whatsapp']);
const contact = v.pipe(
  v.strictObject(
    {
      method: v.picklist(CONTACT_METHODS, 'required'),
      name: optionalText(LIMITS.name),
      phone: v.optional(
        v.pipe(v.string('invalid'), storable, v.trim(), v.maxLength(LIMITS.phone, 'too_long'), v.regex(/^$|^\+?[0-9 ()-]{6,}$/, 'invalid')),
      ),
      volunteer: optionalText(LIMITS.name),
      language: v.optional(v.picklist(LANGUAGE_CODES as string[], 'invalid')),
      gender: v.optional(v.picklist(GENDERS, 'invalid')),
      interpreter: v.optional(v.picklist(INTERPRETER, 'invalid')),
    },
    'invalid',
  ),
  v.forward(
    v.partialCheck([['method'], ['phone']], (c) => !NEEDS_PHONE.has(c.method) || Boolean(c.phone), 'required'),
    ['phone'],
  ),
  v.forward(
    v.partialCheck([['method'], ['volunteer']], (c) => c.method !== 'volunteer' || Boolean(c.volunteer), 'required'),
    ['volunteer'],
  ),
);

const onBehalf = v.strictObject(
  {
    worker: required(LIMITS.name),
    organisation: required(LIMITS.name),
    personConsented: v.literal(true, 'required'),
  },
  'invalid',
);

function reportFor<C extends Category>(category: C) {
  return v.strictObject(
    {
      schemaVersion: v.literal(REPORT_SCHEMA_VERSION, 'unsupported_version'),
      id: v.pipe(v.string('invalid'), v.uuid('invalid')),
      area: v.pipe(
        v.string('invalid'),
        v.check((a: string) => isAreaId(a), 'invalid'),
      ),
      category: v.literal(category, 'invalid'),
      language: v.picklist(LANGUAGE_CODES as string[], 'invalid'),
      createdAt: v.pipe(v.string('invalid'), v.isoTimestamp('invalid')),
      description: required(LIMITS.description),
      details: detailSchema(DETAIL_FIELDS[category]),
      contact,
      // The first part of the postcode only, where the person chose to give it; checked against the area below.
      postcodeDistrict: v.optional(v.pipe(v.string('invalid'), v.trim(), v.toUpperCase(), v.regex(OUTWARD_CODE, 'postcode_format'))),
      onBehalf: v.optional(onBehalf),
      consent: v.literal(true, 'required'),
      photos: v.optional(v.pipe(v.array(photo, 'invalid'), v.maxLength(LIMITS.photos, 'too_many'))),
    },
    'unknown_field',
  );
}

export const ReportSchema = v.variant(
  'category',
  CATEGORIES.map((c) => reportFor(c)),
  'invalid',
);

export type IssueReport = v.InferOutput<typeof ReportSchema>;

export interface FieldError {
  /** dotted path, e.g. "description", "details.room", "contact.phone", "photos.1.data" */
  field: string;
  code: string;
}

export type ValidationResult = { ok: true; value: IssueReport } | { ok: false; errors: FieldError[] };

/** A well-formed district that is not in the report's area (checked apart, so it shows beside other errors too). */
function districtOutsideArea(input: unknown): FieldError | null {
  const { area, postcodeDistrict } = (input ?? {}) as Record<string, unknown>;
  if (typeof postcodeDistrict !== 'string' || !isAreaId(area)) return null;
  const district = postcodeDistrict.trim().toUpperCase();
  return OUTWARD_CODE.test(district) && !isDistrictInArea(district, area) ? { field: 'postcodeDistrict', code: 'outside_area' } : null;
}

export function validateReport(input: unknown): ValidationResult {
  const result = v.safeParse(ReportSchema, input, { abortPipeEarly: true });
  const outside = districtOutsideArea(input);
  if (result.success && !outside) return { ok: true, value: result.output };
  if (result.success) return { ok: false, errors: [outside as FieldError] };
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of result.issues) {
    const field = issue.path?.map((p) => String(p.key)).join('.') || 'body';
    if (seen.has(field)) continue;
    seen.add(field);
    // A missing key is reported against its object; to the person it is a required answer.
    const code = issue.input === undefined && issue.message === 'unknown_field' ? 'required' : issue.message;
    errors.push({ field, code });
  }
  if (outside && !seen.has(outside.field)) errors.push(outside);
  return { ok: false, errors };
}
