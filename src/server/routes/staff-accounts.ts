// Accounts (admins only, guarded in staff.ts): change an account's roles and areas, unlock its slowed sign-ins.
import type { Context, Hono } from 'hono';
import { parseAreas, parseRoles } from '../staff/roles';
import { listStaff, setAccess, STAFF_NAME, unlockStaff } from '../staff/staff-accounts';
import { accountsPage } from '../staff/views/accounts-page';
import { refuse, type StaffEnv, type StaffOptions } from './staff-context';

/** Every value of a repeated form field (checkboxes), as text. */
function formList(c: Context<StaffEnv>, field: string): string {
  const form = c.get('form');
  const value = form[field] ?? form[`${field}[]`];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').join(',');
}

export function mountStaffAccounts(staff: Hono<StaffEnv>, options: StaffOptions): void {
  const { db } = options;
  const show = async (c: Context<StaffEnv>, message?: { text: string; error?: boolean }, status: 200 | 400 = 200) =>
    c.html(accountsPage(c.get('staff'), await listStaff(db), message), status);
  const known = async (name: string) => STAFF_NAME.test(name) && (await listStaff(db)).some((s) => s.name === name);

  staff.get('/accounts', (c) => show(c));

  staff.post('/accounts/:name/roles', async (c) => {
    const name = c.req.param('name');
    if (!(await known(name))) return refuse(c, 404, 'There is no such account');
    const roles = parseRoles(formList(c, 'roles'));
    const areas = parseAreas(formList(c, 'areas'));
    const problem = typeof roles === 'string' ? roles : typeof areas === 'string' ? areas : null;
    if (problem !== null || typeof roles === 'string' || typeof areas === 'string') {
      return show(c, { text: `Not saved for ${name}. ${problem}`, error: true }, 400);
    }
    if (name === c.get('staff').name && !roles.includes('admin')) {
      return show(c, { text: 'Not saved. You cannot take the admin role from your own account; ask another admin.', error: true }, 400);
    }
    await setAccess(db, name, { roles, areas }, c.get('staff').staffId);
    return show(c, { text: `Saved: ${name} is now ${roles.join(', ')}${areas.length ? ` for ${areas.join(', ')}` : ''}.` });
  });

  staff.post('/accounts/:name/unlock', async (c) => {
    const name = c.req.param('name');
    if (!(await known(name))) return refuse(c, 404, 'There is no such account');
    await unlockStaff(db, name, c.get('staff').staffId);
    return show(c, { text: `${name} can sign in again without waiting.` });
  });
}
