import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { addStaff, unlockStaff } from '../staff/staff-accounts';
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

  const from = (address: string, c = new StaffClient(createTestApp(db, { loginDelayMs: 0, now: () => now, trustProxy: true }))) => {
    c.headers['x-forwarded-for'] = address;
    return c;
  };

  it('slows a name after wrong passwords instead of locking it, and lets the right password in once the wait is over', async () => {
    const right = await addStaff(db, 'tries');
    for (let i = 0; i < 5; i++) expect((await from(`203.0.113.${i}`).login('tries', 'wrong')).status).toBe(401);
    const waiting = await from('198.51.100.7').login('tries', right);
    expect(waiting.status).toBe(429);
    const seconds = Number(waiting.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(await waiting.text()).toContain(`Wait ${seconds} second`);
    now = new Date(now.getTime() + seconds * 1000);
    expect((await from('198.51.100.7').login('tries', right)).status).toBe(303);
    const audit = await db.query<{ action: string }>(
      "SELECT action FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE s.name = 'tries'",
    );
    expect(audit.map((r) => r.action)).toContain('login_throttled');
  });

  it('lets the owner in from a browser that signed in before while a stranger keeps guessing from many addresses', async () => {
    const right = await addStaff(db, 'owner');
    const owner = from('192.0.2.10');
    expect((await owner.login('owner', right)).status).toBe(303);
    expect((await owner.post('/staff/logout', { _csrf: (await owner.page('/staff')) && owner.csrf })).status).toBe(303);
    let stranger = 0;
    for (let minute = 0; minute < 10; minute++) {
      now = new Date(now.getTime() + 60_000);
      // The stranger tries whenever the name's wait allows, from a new address each time.
      for (;;) {
        const res = await from(`203.0.113.${100 + (stranger++ % 100)}`).login('owner', `guess${stranger}`);
        if (res.status === 429) break;
        expect(res.status).toBe(401);
      }
    }
    expect(stranger).toBeLessThan(40);
    expect((await from('192.0.2.99').login('owner', right)).status).toBe(429);
    expect((await owner.login('owner', right)).status).toBe(303);
  });

  it('lets an admin unlock a name at once, and says so in the audit log', async () => {
    const right = await addStaff(db, 'unlockme');
    for (let i = 0; i < 8; i++) await from(`203.0.113.${i}`).login('unlockme', 'wrong');
    expect((await from('198.51.100.8').login('unlockme', right)).status).toBe(429);
    await unlockStaff(db, 'unlockme');
    expect((await from('198.51.100.8').login('unlockme', right)).status).toBe(303);
    const audit = await db.query<{ action: string }>(
      "SELECT action FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE s.name = 'unlockme'",
    );
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['login_failed', 'login_throttled', 'unlocked', 'login']));
  });

  it('slows one client guessing many names, and one client guessing one name sooner', async () => {
    await addStaff(db, 'target');
    const client = from('203.0.113.200');
    for (let i = 0; i < 3; i++) expect((await client.login('target', 'wrong')).status).toBe(401);
    expect((await client.login('target', 'wrong')).status).toBe(429);
    const sprayer = from('203.0.113.201');
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) answers.push((await sprayer.login(`name${i}`, 'wrong')).status);
    expect(answers.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(answers[10]).toBe(429);
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
