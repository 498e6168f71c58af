// What every staff route shares: its options, the signed-in person on the context, and the session guard.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../db/database';
import type { RateLimiter } from '../intake/rate-limit';
import { isHttps, isSameOrigin, requestHost } from '../request-info';
import { hasRole, type Role } from '../staff/roles';
import { findSession, tokensMatch, type StaffSession } from '../staff/sessions';
import { page } from '../staff/views/layout';
import { html } from 'hono/html';

export interface StaffOptions {
  db: Database;
  now: () => Date;
  trustProxy: boolean;
  /** a fixed pause before a failed sign-in is answered (growing delays are the throttle's) */
  loginDelayMs: number;
  loginLimiter: RateLimiter;
}

export type StaffEnv = { Variables: { staff: StaffSession; form: Record<string, unknown> } };

const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** Cookies are Secure (and __Host- bound to this origin) everywhere except plain http on this machine. */
export function cookieSecurity(c: Context, trustProxy: boolean): { name: string; secure: boolean } {
  const secure = isHttps(c, trustProxy) || !LOCAL_HOSTS.test(requestHost(c, trustProxy));
  return { name: secure ? '__Host-waymark_staff' : 'waymark_staff', secure };
}

export function refuse(c: Context, status: 403 | 404, message: string): Response | Promise<Response> {
  return c.html(
    page(
      { title: status === 404 ? 'Not found' : 'Not allowed' },
      html`<h1>${message}</h1><p><a href="/staff">Go to the staff inbox</a></p>`,
    ),
    status,
  );
}

/** Signed-in staff only; every change must come from this site and carry the session's CSRF token. */
export function requireStaff(options: StaffOptions): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const { name } = cookieSecurity(c, options.trustProxy);
    const session = await findSession(options.db, getCookie(c, name), options.now());
    const changing = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (!session) return changing ? refuse(c, 403, 'Please sign in again') : c.redirect('/staff/login', 303);
    if (changing) {
      if (!isSameOrigin(c, options.trustProxy)) return refuse(c, 403, 'This change did not come from the staff pages');
      const form = await readForm(c);
      if (!form) return badForm(c);
      if (!tokensMatch(session.csrf, form._csrf)) return refuse(c, 403, 'This form had expired. Go back, reload and try again');
      c.set('form', form);
    }
    c.set('staff', session);
    await next();
  };
}

/** Where an account starts: the inbox for caseworkers, the desk for editors, the accounts page for admins. */
export function homeOf(staff: StaffSession): string {
  if (hasRole(staff, 'caseworker')) return '/staff';
  if (hasRole(staff, 'editor')) return '/staff/content';
  return hasRole(staff, 'admin') ? '/staff/accounts' : '/staff/audit';
}

/** After requireStaff: only accounts holding one of `roles`; the inbox's home sends others to their own start page. */
export function requireRole(...roles: Role[]): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const me = c.get('staff');
    if (roles.some((r) => hasRole(me, r))) return next();
    if (c.req.method === 'GET' && c.req.path === '/staff') return c.redirect(homeOf(me), 303);
    return refuse(c, 403, `This page is for ${roles.join(' or ')} accounts`);
  };
}

/** The posted form, or null when it is not a form we can read (bad multipart, bad encoding). */
export async function readForm(c: Context): Promise<Record<string, unknown> | null> {
  try {
    return await c.req.parseBody();
  } catch {
    return null;
  }
}

function badForm(c: Context): Response | Promise<Response> {
  return c.html(
    page({ title: 'Bad request' }, html`<h1>This form could not be read</h1><p><a href="/staff">Go to the staff inbox</a></p>`),
    400,
  );
}

export function formText(c: Context<StaffEnv>, field: string): string {
  const value = c.get('form')[field];
  return typeof value === 'string' ? value : '';
}
