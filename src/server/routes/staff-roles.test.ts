import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { readAccessFlags } from '../staff/roles';
import { addStaff, listStaff } from '../staff/staff-accounts';
import { recordFailure, throttleKeys } from '../staff/login-throttle';
import { signedIn } from '../testing/signed-in';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('staff roles on $name', (driver) => {
  let db: Database;
  const app = () => createTestApp(db, { loginDelayMs: 0 });
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => db.close());

  it('makes accounts caseworkers unless told otherwise, and migrates again without change', async () => {
    await addStaff(db, 'old.account');
    await addStaff(db, 'ed.only', { roles: ['editor'], areas: ['sefton'] });
    const all = await listStaff(db);
    expect(all.find((s) => s.name === 'old.account')).toMatchObject({ roles: ['caseworker'], areas: [] });
    expect(all.find((s) => s.name === 'ed.only')).toMatchObject({ roles: ['editor'], areas: ['sefton'] });
    expect(await migrate(db)).toEqual([]);
  });

  it('refuses a role the database does not know', async () => {
    await expect(db.query(`INSERT INTO staff (name, password_hash, roles) VALUES ('x1', 'h', ARRAY['boss'])`)).rejects.toThrow();
  });

  it('keeps editors out of the inbox and caseworkers out of the desk', async () => {
    const editor = await signedIn(app(), db, { roles: ['editor'], areas: ['sefton'] });
    const home = await editor.request('/staff');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/staff/content');
    expect((await editor.page('/staff/reports/SEF-7K3Q-9D')).res.status).toBe(403);
    expect((await editor.page('/staff/export.csv')).res.status).toBe(403);
    expect((await editor.page('/staff/evidence')).res.status).toBe(403);
    expect((await editor.page('/staff/content')).res.status).toBe(200);

    const caseworker = await signedIn(app(), db);
    expect((await caseworker.page('/staff')).res.status).toBe(200);
    expect((await caseworker.page('/staff/content')).res.status).toBe(403);
    expect((await caseworker.page('/staff/content/sefton')).res.status).toBe(403);
    expect((await caseworker.page('/staff/accounts')).res.status).toBe(403);

    const both = await signedIn(app(), db, { roles: ['caseworker', 'editor'], areas: ['stockton'] });
    expect((await both.page('/staff')).res.status).toBe(200);
    const { text } = await both.page('/staff/content');
    expect(text).toContain('stockton');
    expect(text).not.toContain('sefton');
  });

  it('lets an admin change roles and areas (audited, sessions ended) and unlock a slowed account', async () => {
    const admin = await signedIn(app(), db, { roles: ['admin'] });
    const target = await signedIn(app(), db);
    expect((await admin.page('/staff/accounts')).res.status).toBe(200);
    const res = await admin.post(`/staff/accounts/${target.name}/roles`, { roles: 'editor', areas: 'sefton' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`${target.name} is now editor for sefton`);
    expect((await target.request('/staff')).headers.get('location')).toBe('/staff/login');
    const [row] = await db.query<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_log WHERE action = 'roles' AND detail = $1`,
      [target.name],
    );
    expect(row).toEqual({ before: { roles: ['caseworker'], areas: [] }, after: { roles: ['editor'], areas: ['sefton'] } });

    const bad = await admin.post(`/staff/accounts/${target.name}/roles`, { roles: 'boss' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('&quot;boss&quot; is not a role');

    for (let i = 0; i < 6; i++) await recordFailure(db, throttleKeys(target.name, '203.0.113.9'), new Date());
    expect((await admin.page('/staff/accounts')).text).toContain(`Unlock ${target.name}`);
    expect((await admin.post(`/staff/accounts/${target.name}/unlock`, {})).status).toBe(200);
    expect((await listStaff(db)).find((s) => s.name === target.name)?.failures).toBe(0);
  });

  it('does not let a caseworker or editor change roles', async () => {
    const editor = await signedIn(app(), db, { roles: ['editor'], areas: ['sefton'] });
    expect((await editor.post(`/staff/accounts/${editor.name}/roles`, { roles: 'admin' })).status).toBe(403);
    expect((await listStaff(db)).find((s) => s.name === editor.name)?.roles).toEqual(['editor']);
  });
});

describe('the staff command line flags', () => {
  it('reads --role and --areas, and refuses an editor without areas or an unknown role', () => {
    expect(readAccessFlags(['bob'])).toEqual({});
    expect(readAccessFlags(['bob', '--role', 'editor,caseworker', '--areas', 'sefton'])).toEqual({
      access: { roles: ['editor', 'caseworker'], areas: ['sefton'] },
    });
    expect(readAccessFlags(['bob', '--role', 'editor']).problem).toMatch(/needs --areas/);
    expect(readAccessFlags(['bob', '--role', 'chief']).problem).toMatch(/not a role/);
    expect(readAccessFlags(['bob', '--role', 'editor', '--areas', 'leeds']).problem).toMatch(/not an area/);
  });
});
