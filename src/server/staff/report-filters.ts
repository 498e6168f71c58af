// The inbox's filters, read from a query string and turned into a parameterised WHERE clause.
// Unknown values are dropped rather than passed to SQL; dates are days in UK time.
import { AREA_IDS } from '../../shared/areas';
import { CATEGORIES } from '../../shared/report';
import { normaliseReference } from '../intake/reference';
import { isStatus, type Status } from './status-flow';

export interface ReportFilters {
  area?: string;
  category?: string;
  status?: Status;
  from?: string;
  to?: string;
  reference?: string;
  page: number;
}

const DAY = /^(\d{4})-\d{2}-\d{2}$/;
/** The shape of a reference after normalising; anything else cannot name a report. */
export const REFERENCE_SHAPE = /^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{2}$/;

/** A real calendar day PostgreSQL can hold: 2026-02-31 and year 0000 are not. */
export function validDay(value: string | undefined): string | undefined {
  const year = value ? DAY.exec(value)?.[1] : undefined;
  if (!value || !year || Number(year) < 1900) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

export function parseFilters(query: Record<string, string | undefined>): ReportFilters {
  const page = Number(query.page);
  return {
    area: (AREA_IDS as readonly string[]).includes(query.area ?? '') ? query.area : undefined,
    category: (CATEGORIES as readonly string[]).includes(query.category ?? '') ? query.category : undefined,
    status: isStatus(query.status) ? query.status : undefined,
    from: validDay(query.from),
    to: validDay(query.to),
    reference: query.reference?.trim() ? normaliseReference(query.reference).slice(0, 20) : undefined,
    page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1,
  };
}

export const FILTER_LABELS = {
  area: 'Area',
  category: 'Category',
  status: 'Status',
  from: 'Received from',
  to: 'Received to',
  reference: 'Reference',
} as const;
export type FilterField = keyof typeof FILTER_LABELS;

/** The filters that were typed but cannot be used, so the page can say so (400) instead of ignoring them. */
export function filterProblems(query: Record<string, string | undefined>, f: ReportFilters = parseFilters(query)): FilterField[] {
  const typed = (k: FilterField) => (query[k] ?? '').trim() !== '';
  const problems = (Object.keys(FILTER_LABELS) as FilterField[]).filter((k) => typed(k) && f[k] === undefined);
  if (f.reference !== undefined && !REFERENCE_SHAPE.test(f.reference)) problems.push('reference');
  if (f.from && f.to && f.from > f.to) problems.push('to');
  return problems;
}

export function filtersToSql(f: ReportFilters): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (f.area) add('area = ?', f.area);
  if (f.category) add('category = ?', f.category);
  if (f.status) add('status = ?', f.status);
  if (f.from) add(`received_at >= (?::date::timestamp AT TIME ZONE 'Europe/London')`, f.from);
  if (f.to) add(`received_at < ((?::date + 1)::timestamp AT TIME ZONE 'Europe/London')`, f.to);
  if (f.reference) add('reference = ?', f.reference);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The filters as a query string, for links (next page, CSV export) that keep them. */
export function filtersToQuery(f: ReportFilters, page?: number): string {
  const entries = Object.entries({ ...f, page: page ?? (f.page > 1 ? f.page : undefined) }).filter(([, v]) => v !== undefined && v !== '');
  return new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString();
}

/** A short description of the filters for the audit log: no personal data, only codes and dates. */
export function describeFilters(f: ReportFilters): string {
  const { page: _page, ...rest } = f;
  const parts = Object.entries(rest).filter(([, v]) => v !== undefined);
  return parts.length ? parts.map(([k, v]) => `${k}=${String(v)}`).join(' ') : 'all reports';
}
