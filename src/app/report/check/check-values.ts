// Checks the form with the shared schema: the same code, and so the same rules, the server runs.
import { validateReport, type FieldError } from '../../../shared/report';
import { toReport, type FormValues } from '../form/form-values';

/** Stands in for the real id, which is made only when the report is saved. */
const CHECK_ID = '00000000-0000-4000-8000-000000000000';

export function checkValues(values: FormValues, where: { area: string; language: string }, now = new Date()): FieldError[] {
  const result = validateReport(
    toReport(values, { id: CHECK_ID, area: where.area, language: where.language, createdAt: now.toISOString() }),
  );
  return result.ok ? [] : result.errors;
}
