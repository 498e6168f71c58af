// The staff inbox under /staff: its stylesheet, then sign-in, then everything behind the session guard.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { mountStaffAuth } from './staff-auth';
import { refuse, requireStaff, type StaffEnv, type StaffOptions } from './staff-context';
import { mountStaffEvidence } from './staff-evidence';
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
  mountStaffInbox(staff, options);
  mountStaffEvidence(staff, options);
  staff.all('*', (c) => refuse(c, 404, 'There is no such staff page'));
  return staff;
}
