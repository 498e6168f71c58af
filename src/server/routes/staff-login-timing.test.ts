// Timing: a real and an unknown name cost the same; failed sign-ins in a crowd leave static files fast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { addStaff } from '../staff/staff-accounts';
import { StaffClient } from '../testing/staff-client';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.each(testDrivers().slice(0, 1))('sign-in timing on $name', (driver) => {
  let db: Database;
  let now = new Date('2026-11-23T09:00:00Z');
  let address = 0;
  beforeAll(async () => {
    db = await driver.open();
    await addStaff(db, 'real.name');
  });
  afterAll(() => db.close());

  // The server's own pause between a failure and its answer (500 ms), so growing waits would show.
  const app = () => createTestApp(db, { now: () => now, trustProxy: true });
  const from = (c: StaffClient) => {
    c.headers['x-forwarded-for'] = `203.0.113.${++address}`;
    return c;
  };
  const timeLogin = async (name: string) => {
    const client = from(new StaffClient(app()));
    await client.page('/staff/login');
    const started = performance.now();
    const res = await client.post('/staff/login', { name, password: 'not-the-password' });
    expect(res.status).toBe(401);
    return performance.now() - started;
  };

  it('takes as long for a real name as for one that does not exist, try after try', async () => {
    const real: number[] = [];
    const fake: number[] = [];
    for (let i = 0; i < 6; i++) {
      // Alternate which goes first, so whatever the first try after a pause pays is shared.
      if (i % 2) fake.push(await timeLogin(`nobody${i}`));
      real.push(await timeLogin('real.name'));
      if (i % 2 === 0) fake.push(await timeLogin(`nobody${i}`));
      now = new Date(now.getTime() + 5 * 60_000);
    }
    console.warn(`sign-in failure, median of 6: real name ${median(real).toFixed(0)} ms, unknown name ${median(fake).toFixed(0)} ms`);
    // A shared 2-core machine jitters by ~100 ms; the old growing pause differed by seconds.
    expect(Math.abs(median(real) - median(fake))).toBeLessThan(250);
  }, 60_000);

  it('keeps a static file fast while 20 failed sign-ins are hashing', async () => {
    const clients = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const c = from(new StaffClient(createTestApp(db, { loginDelayMs: 0, now: () => now, trustProxy: true })));
        await c.page('/staff/login');
        return c;
      }),
    );
    const logins = clients.map((c, i) => c.post('/staff/login', { name: `crowd${i}`, password: 'wrong' }));
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    const file = await app().request('/index.html');
    expect(await file.text()).toContain('Waymark');
    const staticMs = performance.now() - started;
    const answers = await Promise.all(logins);
    console.warn(`static file during 20 failed sign-ins: ${staticMs.toFixed(0)} ms`);
    expect(answers.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    expect(staticMs).toBeLessThan(250);
  }, 60_000);
});
