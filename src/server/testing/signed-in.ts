// A staff client already signed in, for tests of the pages behind the login.
import type { Hono } from 'hono';
import type { Database } from '../db/database';
import { addStaff } from '../staff/staff-accounts';
import { StaffClient } from './staff-client';

let count = 0;

export async function signedIn(app: Hono, db: Database): Promise<StaffClient> {
  const name = `staff${++count}`;
  const password = await addStaff(db, name);
  const client = new StaffClient(app);
  const res = await client.login(name, password);
  if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}`);
  await client.page('/staff');
  return client;
}
