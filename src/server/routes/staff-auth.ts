// Signing in and out of the staff inbox. The login form carries its own double-submit token (there is
// no session yet); failures are slowed, counted and audited without recording what was typed.
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientAddress, isSameOrigin } from '../request-info';
import { recordAudit } from '../staff/audit';
import { checkLogin, failureDelayMs } from '../staff/login';
import { createSession, deleteSession, findSession, newToken, SESSION_MAX_MS, tokensMatch } from '../staff/sessions';
import { loginPage } from '../staff/views/login-page';
import { cookieSecurity, requireStaff, type StaffEnv, type StaffOptions } from './staff-context';

const LOGIN_COOKIE = 'waymark_login';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function issueLoginToken(c: Context, secure: boolean): string {
  const token = newToken();
  setCookie(c, LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/staff/login', maxAge: 3600 });
  return token;
}

export function mountStaffAuth(staff: Hono<StaffEnv>, options: StaffOptions): void {
  const { db } = options;

  staff.get('/login', async (c) => {
    const { name, secure } = cookieSecurity(c, options.trustProxy);
    if (await findSession(db, getCookie(c, name), options.now())) return c.redirect('/staff', 303);
    return c.html(loginPage(issueLoginToken(c, secure)));
  });

  staff.post('/login', async (c) => {
    const { name: cookieName, secure } = cookieSecurity(c, options.trustProxy);
    if (!isSameOrigin(c, options.trustProxy)) return c.html(loginPage(issueLoginToken(c, secure), 'expired'), 403);
    if (!options.loginLimiter.take(clientAddress(c, options.trustProxy)).allowed) {
      return c.html(loginPage(issueLoginToken(c, secure), 'busy'), 429);
    }
    const form = await c.req.parseBody();
    const expected = getCookie(c, LOGIN_COOKIE);
    if (!expected || !tokensMatch(expected, form._csrf)) return c.html(loginPage(issueLoginToken(c, secure), 'expired'), 403);
    const name = typeof form.name === 'string' ? form.name.slice(0, 40) : '';
    const password = typeof form.password === 'string' ? form.password.slice(0, 200) : '';
    const result = await checkLogin(db, name, password, options.now());
    if (!result.ok) {
      await recordAudit(db, { staffId: result.staffId ?? null, action: 'login_failed' });
      await sleep(failureDelayMs(result.failures, options.loginDelayMs));
      return c.html(loginPage(expected, 'wrong'), 401);
    }
    const session = await createSession(db, result.staffId, options.now());
    await recordAudit(db, { staffId: result.staffId, action: 'login' });
    deleteCookie(c, LOGIN_COOKIE, { path: '/staff/login', secure });
    setCookie(c, cookieName, session.token, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: SESSION_MAX_MS / 1000 });
    return c.redirect('/staff', 303);
  });

  staff.post('/logout', requireStaff(options), async (c) => {
    const { name, secure } = cookieSecurity(c, options.trustProxy);
    await deleteSession(db, getCookie(c, name) ?? '');
    await recordAudit(db, { staffId: c.get('staff').staffId, action: 'logout' });
    deleteCookie(c, name, { path: '/', secure });
    return c.redirect('/staff/login', 303);
  });
}
