import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { addStaff } from '../staff/staff-accounts';
import { StaffClient } from '../testing/staff-client';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('staff sign-in on $name', (driver) => {
  let db: Database;
  let password: string;
  let now = new Date('2026-11-23T09:00:00Z');
  beforeAll(async () => {
    db = await driver.open();
    password = await addStaff(db, 'caseworker');
    await addStaff(db, 'locked.out');
  });
  afterAll(() => db.close());
  const app = () => createTestApp(db, { loginDelayMs: 0, now: () => now });

  it('sends anyone without a session to the sign-in page', async () => {
    const client = new StaffClient(app());
    for (const path of ['/staff', '/staff/evidence', '/staff/audit', '/staff/export.csv', '/staff/reports/SEF-2222-22']) {
      const res = await client.request(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/staff/login');
    }
    expect((await client.post('/staff/logout', {})).status).toBe(403);
  });

  it('signs in with the generated password and sets a strict, HttpOnly session cookie', async () => {
    const client = new StaffClient(app());
    const res = await client.login('caseworker', password);
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('waymark_staff='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const { res: inbox, text } = await client.page('/staff');
    expect(inbox.status).toBe(200);
    expect(text).toContain('Signed in as caseworker');
    expect(inbox.headers.get('cache-control')).toBe('no-store');
  });

  it('marks the cookie Secure and host-only when not on localhost', async () => {
    const client = new StaffClient(app(), 'inbox.example.org');
    const res = await client.login('caseworker', password);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-waymark_staff='));
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('refuses a sign-in without the form token or from another site', async () => {
    const client = new StaffClient(app());
    await client.page('/staff/login');
    const forged = await client.post('/staff/login', { name: 'caseworker', password, _csrf: 'guess' });
    expect(forged.status).toBe(403);
    const crossSite = await client.post('/staff/login', { name: 'caseworker', password }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(client.cookies.has('waymark_staff')).toBe(false);
  });

  it('refuses a change without the session CSRF token', async () => {
    const client = new StaffClient(app());
    await client.login('caseworker', password);
    await client.page('/staff');
    const res = await client.post('/staff/logout', { _csrf: 'not-the-token' });
    expect(res.status).toBe(403);
    expect((await client.page('/staff')).res.status).toBe(200);
  });

  it('makes a copied cookie worthless after logging out', async () => {
    const client = new StaffClient(app());
    await client.login('caseworker', password);
    await client.page('/staff');
    const stolen = new StaffClient(app());
    for (const [k, v] of client.cookies) stolen.cookies.set(k, v);
    stolen.csrf = client.csrf;
    expect((await stolen.page('/staff')).res.status).toBe(200);
    const out = await client.post('/staff/logout', {});
    expect(out.headers.get('location')).toBe('/staff/login');
    expect((await stolen.request('/staff')).status).toBe(303);
    expect((await stolen.post('/staff/logout', {})).status).toBe(403);
  });

  it('ends a session left idle for more than 30 minutes', async () => {
    const client = new StaffClient(app());
    await client.login('caseworker', password);
    now = new Date(now.getTime() + 31 * 60 * 1000);
    expect((await client.request('/staff')).status).toBe(303);
  });

  it('locks an account after five wrong passwords, even against the right one, for 15 minutes', async () => {
    const lockedPassword = await addStaff(db, 'tries');
    const client = new StaffClient(app());
    for (let i = 0; i < 5; i++) expect((await client.login('tries', 'wrong')).status).toBe(401);
    const refused = await client.login('tries', lockedPassword);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('locked for 15 minutes');
    now = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await client.login('tries', lockedPassword)).status).toBe(303);
  });

  it('answers an unknown name exactly like a wrong password', async () => {
    const client = new StaffClient(app());
    const unknown = await client.login('nobody', 'whatever');
    const wrong = await client.login('locked.out', 'whatever');
    expect(unknown.status).toBe(wrong.status);
    const withoutToken = async (res: Response) => (await res.text()).replace(/value="[^"]+"/, '');
    expect(await withoutToken(unknown)).toBe(await withoutToken(wrong));
  });

  it('writes sign-ins and failures to the audit log without what was typed', async () => {
    const rows = await db.query<{ action: string; detail: string | null }>('SELECT action, detail FROM audit_log');
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['login', 'login_failed', 'logout']));
    expect(JSON.stringify(rows)).not.toMatch(/wrong|whatever|nobody/);
  });
});
