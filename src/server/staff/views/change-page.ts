// One change: before and after, the preview in English and a chosen language, and what may happen next
// (approve by a second editor for phones and amounts, then publish).
import { html } from 'hono/html';
import type { FactChange } from '../../content/fact-changes';
import { LANGUAGES } from '../../../shared/languages';
import type { PackIssue } from '../../../shared/pack-schema';
import { factValue, issueList, sourceLinks } from './fact-views';
import { csrfField, options, page, type Html } from './layout';

type Me = { staffId: number; name: string; csrf: string; roles: readonly string[] };

export interface Preview {
  lng: string;
  before: string[];
  after: string[];
}

function previewBlock(p: Preview, label: string): Html {
  const language = LANGUAGES.find((l) => l.code === p.lng)!;
  const list = (lines: string[]) =>
    lines.length
      ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>`
      : html`<p lang="en" dir="ltr">No page sentence shows this fact by name.</p>`;
  return html`<section class="preview" lang="${language.bcp47}" dir="${language.dir}" aria-label="${label}">
    <h3>${label}</h3>
    <div class="before-after"><div><h4 lang="en" dir="ltr">Now</h4>${list(p.before)}</div><div><h4 lang="en" dir="ltr">After publishing</h4>${list(p.after)}</div></div>
  </section>`;
}

function nextStep(me: Me, c: FactChange): Html {
  if (c.status === 'published') return html`<p class="notice" role="status">Published as version ${c.published_version}.</p>`;
  const mine = c.created_by === me.staffId;
  if (c.needs_second && c.status === 'draft') {
    return mine
      ? html`<p class="notice" role="status">A phone number or an amount needs a second editor: another editor of ${c.area} must approve it before it can be published.</p>`
      : html`<form method="post" action="/staff/content/changes/${c.id}/approve">${csrfField(me.csrf)}<p>Check the new value against the source page before approving.</p><button type="submit">Approve this change</button></form>`;
  }
  return html`<form method="post" action="/staff/content/changes/${c.id}/publish">${csrfField(me.csrf)}<button type="submit">Publish now</button></form>`;
}

export function changePage(me: Me, c: FactChange, previews: Preview[], problem?: { message: string; issues?: readonly PackIssue[] }): Html {
  const chosen = previews[1]?.lng ?? 'ar';
  return page(
    { title: `Change ${c.id}`, staff: me, current: 'content' },
    html`<h1>Change ${c.id}: ${c.area}, ${c.fact_id}</h1>
      ${problem ? issueList(problem.message, problem.issues) : ''}
      <p>By ${c.author}${c.approver ? `, approved by ${c.approver}` : ''}. State: ${c.status}.</p>
      <div class="scroll"><table>
        <thead><tr><th scope="col"></th><th scope="col">Now</th><th scope="col">After</th></tr></thead>
        <tbody>
          <tr><th scope="row">Value</th><td>${c.before ? factValue(c.before) : '—'}</td><td><strong>${factValue(c.after)}</strong></td></tr>
          <tr><th scope="row">Status</th><td>${c.before?.status ?? '—'}</td><td>${c.after.status}</td></tr>
          <tr><th scope="row">Checked</th><td>${c.before ? `${c.before.checked} by ${c.before.checkedBy}` : '—'}</td><td>${c.after.checked} by ${c.after.checkedBy}</td></tr>
          <tr><th scope="row">Sources</th><td>${c.before ? sourceLinks(c.before) : '—'}</td><td>${sourceLinks(c.after)}</td></tr>
        </tbody>
      </table></div>
      <h2>Preview: what people will read</h2>
      <form method="get" action="/staff/content/changes/${c.id}" class="filters">
        <div><label for="p-lang">Second language</label>
          <select id="p-lang" name="lang">${options(
            LANGUAGES.filter((l) => l.code !== 'en').map((l) => ({ value: l.code, label: `${l.english} (${l.code})` })),
            chosen,
          )}</select></div>
        <div><button type="submit">Show</button></div>
      </form>
      ${previews.map((p, i) => previewBlock(p, i === 0 ? 'English' : LANGUAGES.find((l) => l.code === p.lng)!.english))}
      <h2>Next step</h2>
      ${nextStep(me, c)}`,
  );
}
