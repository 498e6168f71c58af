// The admin's page: every account with its roles and areas, a form to change them, and a button to unlock sign-ins.
import { html } from 'hono/html';
import { RULES } from '../login-throttle';
import { contentAreas, ROLES } from '../roles';
import type { StaffSummary } from '../staff-accounts';
import { csrfField, page, type Html } from './layout';

type Me = { name: string; csrf: string; roles: readonly string[] };

function account(me: Me, s: StaffSummary): Html {
  const id = `acc-${s.name.replace(/[^a-z0-9]/g, '-')}`;
  const slowed = s.failures >= RULES.name.free;
  const box = (group: string, value: string, on: boolean) =>
    html`<label><input type="checkbox" name="${group}" value="${value}" ${on ? html`checked` : ''} /> ${value}</label>`;
  return html`<section class="account" aria-labelledby="${id}">
    <h2 id="${id}">${s.name}${s.disabled_at ? ' (disabled)' : ''}</h2>
    <form method="post" action="/staff/accounts/${s.name}/roles">
      ${csrfField(me.csrf)}
      <fieldset><legend>Roles</legend>${ROLES.map((r) => box('roles', r, s.roles.includes(r)))}</fieldset>
      <fieldset><legend>Areas (for editors)</legend>${contentAreas().map((a) => box('areas', a, s.areas.includes(a)))}</fieldset>
      <button type="submit">Save roles for ${s.name}</button>
    </form>
    ${
      slowed
        ? html`<form method="post" action="/staff/accounts/${s.name}/unlock">
          ${csrfField(me.csrf)}
          <p>Sign-ins are slowed after ${s.failures} wrong passwords.</p>
          <button type="submit">Unlock ${s.name}</button>
        </form>`
        : ''
    }
  </section>`;
}

export function accountsPage(me: Me, accounts: StaffSummary[], message?: { text: string; error?: boolean }): Html {
  return page(
    { title: 'Accounts', staff: me, current: 'accounts' },
    html`<h1>Staff accounts</h1>
      <p>Caseworkers read reports. Editors change the content of their areas. Admins manage accounts. A change ends that person's sessions.</p>
      ${message ? html`<p class="notice" role="${message.error ? 'alert' : 'status'}">${message.text}</p>` : ''}
      ${accounts.map((s) => account(me, s))}`,
  );
}
