// Signing in and out of the staff inbox. The login form carries its own double-submit token (there is
// no session yet); failures are throttled (login-throttle.ts) and audited without recording what was typed.
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientAddress, isSameOrigin } from '../request-info';
import { recordAudit } from '../staff/audit';
import { isKnownDevice, rememberDevice, DEVICE_MAX_AGE_S } from '../staff/devices';
import { checkLogin, normaliseName } from '../staff/login';
import { clearFailures, recordFailure, RULES, throttleKeys, waitBeforeTry } from '../staff/login-throttle';
import { hashesInFlight } from '../staff/password';
import { createSession, deleteSession, findSession, newToken, SESSION_MAX_MS, tokensMatch } from '../staff/sessions';
import { loginPage } from '../staff/views/login-page';
import { cookieSecurity, homeOf, readForm, requireStaff, type StaffEnv, type StaffOptions } from './staff-context';

const LOGIN_COOKIE = 'waymark_login';
const DEVICE_COOKIE = 'waymark_device';
/** More sign-ins than this waiting for scrypt are answered "busy" rather than queued. */
const MAX_WAITING_HASHES = 16;
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
    const session = await findSession(db, getCookie(c, name), options.now());
    if (session) return c.redirect(homeOf(session), 303);
    return c.html(loginPage(issueLoginToken(c, secure)));
  });

  staff.post('/login', async (c) => {
    const { name: cookieName, secure } = cookieSecurity(c, options.trustProxy);
    if (!isSameOrigin(c, options.trustProxy)) return c.html(loginPage(issueLoginToken(c, secure), 'expired'), 403);
    if (!options.loginLimiter.take(clientAddress(c, options.trustProxy)).allowed) {
      return c.html(loginPage(issueLoginToken(c, secure), 'busy'), 429);
    }
    const form = await readForm(c);
    if (!form) return c.html(loginPage(issueLoginToken(c, secure), 'malformed'), 400);
    const expected = getCookie(c, LOGIN_COOKIE);
    if (!expected || !tokensMatch(expected, form._csrf)) return c.html(loginPage(issueLoginToken(c, secure), 'expired'), 403);
    const name = normaliseName(typeof form.name === 'string' ? form.name.slice(0, 40) : '');
    const password = typeof form.password === 'string' ? form.password.slice(0, 200) : '';
    const now = options.now();
    const keys = throttleKeys(name, clientAddress(c, options.trustProxy));
    const known = await isKnownDevice(db, getCookie(c, DEVICE_COOKIE), name, now);
    const wait = await waitBeforeTry(db, known ? { client: keys.client, pair: keys.pair } : keys, now);
    if (wait > 0 || hashesInFlight() >= MAX_WAITING_HASHES) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      c.header('Retry-After', String(seconds));
      return c.html(loginPage(expected, 'throttled', seconds), 429);
    }
    const result = await checkLogin(db, name, password);
    if (!result.ok) {
      const failures = await recordFailure(db, keys, now);
      await recordAudit(db, { staffId: result.staffId ?? null, action: 'login_failed' });
      // The account holder reads in the audit log when their name started being slowed down.
      if (result.staffId !== undefined && failures === RULES.name.free)
        await recordAudit(db, { staffId: result.staffId, action: 'login_throttled' });
      if (options.loginDelayMs > 0) await sleep(options.loginDelayMs);
      return c.html(loginPage(expected, 'wrong'), 401);
    }
    await clearFailures(db, keys);
    if (!known) {
      const device = await rememberDevice(db, result.staffId, now);
      setCookie(c, DEVICE_COOKIE, device, { httpOnly: true, sameSite: 'Strict', secure, path: '/staff/login', maxAge: DEVICE_MAX_AGE_S });
    }
    const session = await createSession(db, result.staffId, now);
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
