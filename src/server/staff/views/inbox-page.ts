import { html } from 'hono/html';
import { AREAS } from '../../../shared/areas';
import { CATEGORIES } from '../../../shared/report';
import { areaLabel, categoryLabel, formatTime, languageLabel } from '../labels';
import { FILTER_LABELS, filtersToQuery, type FilterField, type ReportFilters } from '../report-filters';
import { PAGE_SIZE, type ReportSummary } from '../report-queries';
import { PASSED_ON_LABELS, STATUS_LABELS, STATUSES } from '../status-flow';
import { options, page, type Html } from './layout';

/** What was typed into the text boxes, shown back as typed when it could not be used. */
export type TypedFilters = Partial<Record<'from' | 'to' | 'reference', string>>;

function filterForm(f: ReportFilters, typed: TypedFilters = {}): Html {
  return html`<form method="get" action="/staff" class="filters" aria-label="Filter reports">
    <div><label for="f-area">Area</label>
      <select id="f-area" name="area">${options(
        AREAS.map((a) => ({ value: a.id, label: a.council })),
        f.area,
        'All areas',
      )}</select></div>
    <div><label for="f-category">Category</label>
      <select id="f-category" name="category">${options(
        CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })),
        f.category,
        'All categories',
      )}</select></div>
    <div><label for="f-status">Status</label>
      <select id="f-status" name="status">${options(
        STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
        f.status,
        'Any status',
      )}</select></div>
    <div><label for="f-from">Received from</label><input id="f-from" name="from" type="date" value="${typed.from ?? f.from ?? ''}" /></div>
    <div><label for="f-to">Received to</label><input id="f-to" name="to" type="date" value="${typed.to ?? f.to ?? ''}" /></div>
    <div><label for="f-reference">Reference</label><input id="f-reference" name="reference" value="${typed.reference ?? f.reference ?? ''}" maxlength="20" /></div>
    <div><button type="submit">Show</button></div>
  </form>`;
}

function row(r: ReportSummary): Html {
  return html`<tr>
    <th scope="row"><a href="/staff/reports/${r.reference}">${r.reference}</a></th>
    <td data-label="Received">${formatTime(r.received_at)}</td>
    <td data-label="Area">${areaLabel(r.area)}</td>
    <td data-label="Category">${categoryLabel(r.category)}</td>
    <td data-label="Language">${languageLabel(r.language)}</td>
    <td data-label="Status">${STATUS_LABELS[r.status]}${r.passed_on_to && r.status === 'passed_on' ? ` (to ${PASSED_ON_LABELS[r.passed_on_to]})` : ''}${r.erased_at ? ' (details erased)' : ''}</td>
  </tr>`;
}

/** "Received from “2026-02-31”": a date box cannot show an impossible day, so the words repeat it. */
function shown(field: FilterField, typed: TypedFilters): string {
  const value = field === 'from' || field === 'to' || field === 'reference' ? typed[field] : undefined;
  return value ? `${FILTER_LABELS[field]} “${value.slice(0, 40)}”` : FILTER_LABELS[field];
}

/** The 400 page: the form as the person filled it, and which filters need checking. */
export function badFiltersPage(
  staff: { name: string; csrf: string },
  f: ReportFilters,
  typed: TypedFilters,
  problems: FilterField[],
): Html {
  return page(
    { title: 'Check the filters', staff, current: 'inbox' },
    html`<h1>Reports</h1>
      <p class="notice" role="alert">These filters could not be used: ${[...new Set(problems)].map((p) => shown(p, typed)).join(', ')}. Dates are real days (for example 2026-02-28), and the end is not before the start. Check them and press Show.</p>
      ${filterForm(f, typed)}`,
  );
}

export function inboxPage(staff: { name: string; csrf: string }, f: ReportFilters, rows: ReportSummary[], total: number): Html {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const query = filtersToQuery({ ...f, page: 1 });
  return page(
    { title: 'Reports', staff, current: 'inbox' },
    html`<h1>Reports</h1>
      ${filterForm(f)}
      <p aria-live="polite">${total === 1 ? '1 report' : `${total} reports`}${pages > 1 ? `, page ${f.page} of ${pages}` : ''}.
        <a href="/staff/export.csv${query ? `?${query}` : ''}" download>Download these as CSV</a></p>
      ${
        rows.length
          ? html`<table class="cards">
            <caption class="visually-hidden">Reports, newest first</caption>
            <thead><tr><th scope="col">Reference</th><th scope="col">Received</th><th scope="col">Area</th><th scope="col">Category</th><th scope="col">Language</th><th scope="col">Status</th></tr></thead>
            <tbody>${rows.map(row)}</tbody>
          </table>`
          : html`<p>No reports match.</p>`
      }
      <nav aria-label="Pages" class="pager">
        ${f.page > 1 ? html`<a href="/staff?${filtersToQuery(f, f.page - 1)}" rel="prev">Newer</a>` : ''}
        ${f.page < pages ? html`<a href="/staff?${filtersToQuery(f, f.page + 1)}" rel="next">Older</a>` : ''}
      </nav>`,
  );
}
