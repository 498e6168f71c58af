import { html } from 'hono/html';
import { AUDIT_ACTIONS, AUDIT_PAGE_SIZE, type AuditAction, type AuditRow } from '../audit';
import { formatTime } from '../labels';
import { options, page, type Html } from './layout';

const ACTIONS: Record<AuditRow['action'], string> = {
  login: 'Signed in',
  login_failed: 'Wrong password',
  login_throttled: 'Sign-ins slowed after wrong passwords',
  unlocked: 'Sign-ins unlocked by an admin',
  logout: 'Signed out',
  view: 'Opened report',
  view_photo: 'Opened photo',
  export: 'Downloaded reports',
  status: 'Changed status',
  evidence_export: 'Downloaded evidence',
  roles: 'Changed roles',
  content_draft: 'Drafted a content change',
  content_approve: 'Approved a content change',
  content_publish: 'Published content',
  content_refused: 'Content change refused',
  content_checked: 'Checked a fact: still true',
};

const shown = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

function detail(r: AuditRow): Html {
  if (r.before === null && r.after === null) return html`${r.detail ?? ''}`;
  return html`${r.area ? `${r.area}: ` : ''}${r.detail ?? ''}
    <dl class="change"><dt>Before</dt><dd><code>${shown(r.before) || '—'}</code></dd><dt>After</dt><dd><code>${shown(r.after) || '—'}</code></dd></dl>`;
}

export interface AuditView {
  page: number;
  total: number;
  action?: AuditAction;
  /** the page or action asked for could not be used */
  bad: boolean;
}

function link(view: AuditView, page: number): string {
  const q = new URLSearchParams({ ...(view.action ? { action: view.action } : {}), page: String(page) });
  return `/staff/audit?${q.toString()}`;
}

export function auditPage(staff: { name: string; csrf: string }, rows: AuditRow[], view: AuditView): Html {
  const pages = Math.max(1, Math.ceil(view.total / AUDIT_PAGE_SIZE));
  return page(
    { title: 'Audit log', staff, current: 'audit' },
    html`<h1>Audit log</h1>
      <p>Every report opened, every download, every change and every sign-in, newest first.</p>
      ${view.bad ? html`<p class="notice" role="alert">That page or kind of entry does not exist. Choose one below.</p>` : ''}
      <form method="get" action="/staff/audit" class="filters" aria-label="Filter the audit log">
        <div><label for="a-action">What</label>
          <select id="a-action" name="action">${options(
            AUDIT_ACTIONS.map((a) => ({ value: a, label: ACTIONS[a] })),
            view.action,
            'Everything',
          )}</select></div>
        <div><button type="submit">Show</button></div>
      </form>
      <p aria-live="polite">${view.total === 1 ? '1 entry' : `${view.total} entries`}${pages > 1 ? `, page ${view.page} of ${pages}` : ''}.</p>
      <table class="cards audit">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Report</th><th scope="col">Detail</th></tr></thead>
        <tbody>${rows.map(
          (r) =>
            html`<tr><td>${formatTime(r.at)}</td><td>${r.staff ?? '—'}</td><td>${ACTIONS[r.action] ?? r.action}</td><td>${r.reference ?? ''}</td><td>${detail(r)}</td></tr>`,
        )}</tbody>
      </table>
      <nav aria-label="Pages" class="pager">
        ${view.page > 1 ? html`<a href="${link(view, view.page - 1)}" rel="prev">Newer</a>` : ''}
        ${view.page < pages ? html`<a href="${link(view, view.page + 1)}" rel="next">Older</a>` : ''}
      </nav>`,
  );
}
