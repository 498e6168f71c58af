import { html } from 'hono/html';
import type { AuditRow } from '../audit';
import { formatTime } from '../labels';
import { page, type Html } from './layout';

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
};

export function auditPage(staff: { name: string; csrf: string }, rows: AuditRow[]): Html {
  return page(
    { title: 'Audit log', staff, current: 'audit' },
    html`<h1>Audit log</h1>
      <p>The latest ${rows.length} entries: every report opened, every download and every change.</p>
      <table>
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Report</th><th scope="col">Detail</th></tr></thead>
        <tbody>${rows.map(
          (r) => html`<tr><td>${formatTime(r.at)}</td><td>${r.staff ?? '—'}</td><td>${ACTIONS[r.action] ?? r.action}</td><td>${r.reference ?? ''}</td><td>${r.detail ?? ''}</td></tr>`,
        )}</tbody>
      </table>`,
  );
}
