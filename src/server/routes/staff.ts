// The staff pages under /staff: stylesheet, sign-in, then the session guard, role guards, accounts, the desk and the inbox.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { mountStaffAuth } from './staff-auth';
import { refuse, requireRole, requireStaff, type StaffEnv, type StaffOptions } from './staff-context';
import { mountStaffEvidence } from './staff-evidence';
import { mountStaffAccounts } from './staff-accounts';
import { mountStaffDesk } from './staff-desk';
import { mountStaffInbox } from './staff-inbox';
import STYLESHEET from '../staff/staff.css?raw';

export function createStaffApp(options: StaffOptions): Hono<StaffEnv> {
  const staff = new Hono<StaffEnv>();
  staff.get('/staff.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(STYLESHEET);
  });
  staff.use('*', async (c, next) => {
    await next();
    // Pages with personal details are never kept by the browser or a proxy.
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
  });
  staff.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('Too large', 413) }));
  mountStaffAuth(staff, options);
  staff.use('*', requireStaff(options));
  // Reports are for caseworkers only, the desk for editors, accounts for admins; the audit log for everyone signed in.
  for (const path of ['/', '/reports/*', '/export.csv', '/evidence', '/evidence.csv']) staff.use(path, requireRole('caseworker'));
  staff.use('/content', requireRole('editor'));
  staff.use('/content/*', requireRole('editor'));
  staff.use('/accounts', requireRole('admin'));
  staff.use('/accounts/*', requireRole('admin'));
  mountStaffAccounts(staff, options);
  mountStaffDesk(staff, options);
  mountStaffInbox(staff, options);
  mountStaffEvidence(staff, options);
  staff.all('*', (c) => refuse(c, 404, 'There is no such staff page'));
  return staff;
}
