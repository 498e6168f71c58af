import { html } from 'hono/html';
import { answerLabel } from '../answer-labels';
import { areaLabel, categoryLabel, languageLabel } from '../labels';
import { HIDDEN, type Breakdown, type Dimension } from '../evidence-breakdown';
import { SUPPRESS_BELOW, type EvidenceTable } from '../evidence';
import { page, type Html } from './layout';

function table(t: EvidenceTable): Html {
  return html`<h2>${areaLabel(t.area)}</h2>
    <div class="scroll" role="region" aria-label="${areaLabel(t.area)} counts" tabindex="0">
      <table>
        <caption class="visually-hidden">Reports in ${areaLabel(t.area)} by category and month</caption>
        <thead><tr><th scope="col">Category</th>${t.months.map((m) => html`<th scope="col">${m}</th>`)}</tr></thead>
        <tbody>${t.rows.map((r) => html`<tr><th scope="row">${categoryLabel(r.category)}</th>${r.cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
}

const BY: Record<Dimension, string> = { problem: 'By problem', language: 'By language', postcode: 'By postcode district' };

function keyLabel(b: Breakdown, key: string): string {
  if (b.dimension === 'problem') return answerLabel('problem', key);
  return b.dimension === 'language' ? languageLabel(key) : key;
}

function breakdownTable(b: Breakdown): Html {
  const title = `${BY[b.dimension]}${b.category ? ` (${categoryLabel(b.category)})` : ''}`;
  return html`<table class="breakdown">
    <caption>${title}</caption>
    <thead><tr><th scope="col">${b.dimension === 'postcode' ? 'District' : b.dimension === 'language' ? 'Language' : 'Problem'}</th><th scope="col">Reports</th></tr></thead>
    <tbody>${b.rows.map((r) => html`<tr><th scope="row">${keyLabel(b, r.key)}</th><td>${r.cell}</td></tr>`)}</tbody>
  </table>`;
}

function breakdowns(area: string, all: readonly Breakdown[]): Html {
  const mine = all.filter((b) => b.area === area);
  if (!mine.length) return html``;
  return html`${mine.map(breakdownTable)}`;
}

function monthsForm(range: { from: string; to: string }): Html {
  return html`<form method="get" action="/staff/evidence" class="filters" aria-label="Months">
    <div><label for="e-from">From month</label><input id="e-from" name="from" type="month" value="${range.from}" /></div>
    <div><label for="e-to">To month</label><input id="e-to" name="to" type="month" value="${range.to}" /></div>
    <div><button type="submit">Show</button></div>
  </form>`;
}

/** The 400 page: the months as typed, and which need checking. */
export function badRangePage(
  staff: { name: string; csrf: string },
  typed: { from: string; to: string },
  problems: ('from' | 'to')[],
): Html {
  const names = problems.map((p) => (p === 'from' ? 'From month' : 'To month')).join(', ');
  return page(
    { title: 'Check the months', staff, current: 'evidence' },
    html`<h1>Evidence for councils</h1>
      <p class="notice" role="alert">These months could not be used: ${names}. A month looks like 2026-02, and “from” is not after “to”. Check them and press Show.</p>
      ${monthsForm({ from: typed.from.slice(0, 20), to: typed.to.slice(0, 20) })}`,
  );
}

export function evidencePage(
  staff: { name: string; csrf: string },
  range: { from: string; to: string },
  tables: EvidenceTable[],
  breakdown: readonly Breakdown[] = [],
): Html {
  const query = new URLSearchParams(range).toString();
  return page(
    { title: 'Evidence', staff, current: 'evidence' },
    html`<h1>Evidence for councils</h1>
      <p>Reports received, by category and month. Counts from 1 to ${SUPPRESS_BELOW - 1} are shown as “&lt;${SUPPRESS_BELOW}” so that no one can be identified. There are no totals, because totals would reveal the hidden numbers.</p>
      ${monthsForm(range)}
      <p>Below each area: the same months by problem, by the language the person used and, where they gave it, by postcode district. “${HIDDEN}” marks a count held back because adding the others up would reveal a number hidden above.</p>
      <p><a href="/staff/evidence.csv?${query}" download>Download as CSV</a> · <a href="/staff/evidence-breakdown.csv?${query}" download>Download the breakdowns as CSV</a></p>
      ${tables.map((t) => html`${table(t)}${breakdowns(t.area, breakdown)}`)}`,
  );
}
