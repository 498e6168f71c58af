// Checks the form with the shared schema (the code the server runs) plus the form's own contact rule.
import { validateReport, type FieldError } from '../../../shared/report';
import { formOnlyErrors, toReport, type FormValues } from '../form/form-values';

/** Stands in for the real id, which is made only when the report is saved. */
const CHECK_ID = '00000000-0000-4000-8000-000000000000';

export function checkValues(values: FormValues, where: { area: string; language: string }, now = new Date()): FieldError[] {
  const result = validateReport(toReport(values, { id: CHECK_ID, area: where.area, language: where.language, createdAt: now.toISOString() }));
  const errors = result.ok ? [] : result.errors;
  const seen = new Set(errors.map((e) => e.field));
  return [...errors, ...formOnlyErrors(values).filter((e) => !seen.has(e.field))];
}
