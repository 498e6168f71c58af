// A staff client already signed in, for tests of the pages behind the login.
import type { Hono } from 'hono';
import type { Database } from '../db/database';
import { addStaff, type Access } from '../staff/staff-accounts';
import { StaffClient } from './staff-client';

let count = 0;

/** A caseworker unless `access` says otherwise; the client's `name` is the account's. */
export async function signedIn(app: Hono, db: Database, access?: Access): Promise<StaffClient & { name: string }> {
  const name = `staff${++count}`;
  const password = await addStaff(db, name, access);
  const client = new StaffClient(app);
  const res = await client.login(name, password);
  if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}`);
  await client.page('/staff');
  return Object.assign(client, { name });
}
