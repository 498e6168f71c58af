// One area on the desk: its facts with their values and checks, and the changes waiting for approval or publishing.
import { html } from 'hono/html';
import type { FactChange } from '../../content/fact-changes';
import type { AreaPack } from '../../../shared/pack-schema';
import { factValue } from './fact-views';
import { page, type Html } from './layout';

type Me = { name: string; csrf: string; roles: readonly string[] };

export function changeRows(changes: FactChange[]): Html {
  if (!changes.length) return html`<p>No changes waiting.</p>`;
  return html`<div class="scroll"><table>
    <thead><tr><th scope="col">Fact</th><th scope="col">New value</th><th scope="col">By</th><th scope="col">State</th></tr></thead>
    <tbody>${changes.map(
      (c) => html`<tr>
        <td><a href="/staff/content/changes/${c.id}">${c.area}: ${c.fact_id}</a></td>
        <td>${factValue(c.after)}</td><td>${c.author}</td>
        <td>${c.status === 'approved' ? `approved by ${c.approver}` : c.status === 'draft' && c.needs_second ? 'needs a second editor' : c.status}</td>
      </tr>`,
    )}</tbody>
  </table></div>`;
}

export function deskAreaPage(me: Me, area: string, pack: AreaPack, version: number, changes: FactChange[], due: number): Html {
  return page(
    { title: `Content: ${area}`, staff: me, current: 'content' },
    html`<h1>${pack.name}: content</h1>
      <p>Version ${version} is published. <a href="/staff/content/${area}/recheck">${due} ${due === 1 ? 'fact' : 'facts'} due for re-checking</a>.</p>
      <h2>Changes waiting</h2>
      ${changeRows(changes)}
      <h2>Facts</h2>
      <div class="scroll"><table>
        <thead><tr><th scope="col">Fact</th><th scope="col">Value</th><th scope="col">Checked</th><th scope="col">Status</th></tr></thead>
        <tbody>${pack.facts.map(
          (f) => html`<tr>
            <td><a href="/staff/content/${area}/facts/${f.id}">${f.id}</a> <span class="muted">(${f.kind})</span></td>
            <td>${factValue(f)}</td><td>${f.checked} by ${f.checkedBy}</td><td>${f.status === 'verified' ? 'verified' : `CHECK (${f.status})`}</td>
          </tr>`,
        )}</tbody>
      </table></div>`,
  );
}
