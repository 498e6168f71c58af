// The editor's desk home: the editor's areas, each with how many facts are due for re-checking and how many changes wait.
import { html } from 'hono/html';
import { page, type Html } from './layout';

type Me = { name: string; csrf: string; roles: readonly string[] };

export interface AreaSummary {
  area: string;
  /** facts due for re-checking, or null when the area has no published pack yet */
  overdue: number | null;
  drafts: number;
  awaitingApproval: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function areaRow(s: AreaSummary): Html {
  return html`<li>
    <h2><a href="/staff/content/${s.area}">${s.area}</a></h2>
    <p>${s.overdue === null ? 'No published content yet.' : html`<a href="/staff/content/${s.area}/recheck">${count(s.overdue, 'fact', 'facts')} due for re-checking</a>`}</p>
    <p>${count(s.drafts, 'draft', 'drafts')}, ${count(s.awaitingApproval, 'waiting', 'waiting')} for a second editor.</p>
  </li>`;
}

export function deskPage(me: Me, areas: AreaSummary[]): Html {
  return page(
    { title: 'Content', staff: me, current: 'content' },
    html`<h1>The editor's desk</h1>
      ${
        areas.length
          ? html`<p>Your areas. A fact is due when it was checked more than 6 months ago, its source page has a newer date, or it is marked CHECK.</p>
            <ul class="areas">${areas.map(areaRow)}</ul>`
          : html`<p class="notice" role="status">You have no areas yet. Ask an admin to give you one.</p>`
      }`,
  );
}
