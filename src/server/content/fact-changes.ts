// A change to one fact of an area's pack: drafted, approved by a second editor when it is a phone number or an
// amount (four eyes), then published through publishPack. Every step, and every refusal, is audited with before and after.
import type { Database } from '../db/database';
import { canonicalJson } from '../intake/canonical-json';
import { recordAudit } from '../staff/audit';
import { canEdit } from '../staff/roles';
import type { StaffSession } from '../staff/sessions';
import type { AreaPack, PackFact, PackIssue } from '../../shared/pack-schema';
import { checkPack, currentPack, PackInvalid, publishPack, type PublishedPack } from './pack-store';

/** Kinds a mistake in which sends a person to a wrong number or a wrong sum: a second editor must approve them. */
export const FOUR_EYES_KINDS: readonly string[] = ['phone', 'amount'];

export interface FactChange {
  id: number;
  area: string;
  fact_id: string;
  before: PackFact | null;
  after: PackFact;
  base_version: number | null;
  needs_second: boolean;
  status: 'draft' | 'approved' | 'published' | 'discarded';
  created_by: number;
  author: string;
  approver: string | null;
  created_at: Date;
  published_version: number | null;
}

export type ChangeResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 403 | 404 | 409; message: string; issues?: PackIssue[] };

const fail = (
  status: 400 | 403 | 404 | 409,
  message: string,
  issues?: PackIssue[],
): { ok: false; status: 400 | 403 | 404 | 409; message: string; issues?: PackIssue[] } => ({
  ok: false,
  status,
  message,
  ...(issues ? { issues } : {}),
});

export const withFact = (pack: AreaPack, fact: PackFact): AreaPack => ({
  ...pack,
  facts: pack.facts.map((f) => (f.id === fact.id ? fact : f)),
});

export async function listChanges(db: Database, areas: readonly string[], open = true): Promise<FactChange[]> {
  return db.query<FactChange>(
    `SELECT c.*, a.name AS author, b.name AS approver FROM fact_changes c
     JOIN staff a ON a.id = c.created_by LEFT JOIN staff b ON b.id = c.approved_by
     WHERE c.area = ANY($1::text[]) AND ($2::boolean IS FALSE OR c.status IN ('draft', 'approved'))
     ORDER BY c.created_at DESC, c.id DESC LIMIT 200`,
    [[...areas], open],
  );
}

export async function findChange(db: Database, id: number): Promise<FactChange | undefined> {
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  const [row] = await db.query<FactChange>(
    `SELECT c.*, a.name AS author, b.name AS approver FROM fact_changes c
     JOIN staff a ON a.id = c.created_by LEFT JOIN staff b ON b.id = c.approved_by WHERE c.id = $1`,
    [id],
  );
  return row;
}

/** Drafts a new value for a fact; the whole pack with it must pass the schema, or nothing is kept but the audit line. */
export async function draftChange(db: Database, me: StaffSession, area: string, after: PackFact): Promise<ChangeResult<FactChange>> {
  if (!canEdit(me, area)) return fail(403, `You do not edit ${area}.`);
  const current = await currentPack(db, area);
  const before = current?.pack.facts.find((f) => f.id === after.id);
  if (!current || !before) return fail(404, `There is no fact "${after.id}" in ${area}.`);
  try {
    await checkPack(db, area, withFact(current.pack, after));
  } catch (err) {
    if (!(err instanceof PackInvalid)) throw err;
    await recordAudit(db, { staffId: me.staffId, action: 'content_refused', area, detail: `${after.id}: ${err.message}`, before, after });
    return fail(400, 'This change was not saved: some fields need fixing.', err.issues);
  }
  const needsSecond = FOUR_EYES_KINDS.includes(after.kind) || FOUR_EYES_KINDS.includes(before.kind);
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO fact_changes (area, fact_id, before, after, base_version, needs_second, created_by)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7) RETURNING id`,
    [area, after.id, JSON.stringify(before), JSON.stringify(after), current.version, needsSecond, me.staffId],
  );
  await recordAudit(db, { staffId: me.staffId, action: 'content_draft', area, detail: `${after.id} (change ${row!.id})`, before, after });
  return { ok: true, value: (await findChange(db, row!.id))! };
}

/** A second editor of the area, never the change's author, approves a phone or amount change. */
export async function approveChange(db: Database, me: StaffSession, id: number): Promise<ChangeResult<FactChange>> {
  const change = await findChange(db, id);
  if (!change) return fail(404, 'There is no such change.');
  if (!canEdit(me, change.area)) return fail(403, `You do not edit ${change.area}.`);
  if (change.created_by === me.staffId) return fail(403, 'You made this change, so another editor must approve it.');
  if (change.status !== 'draft' || !change.needs_second) return fail(409, 'This change is not waiting for approval.');
  const rows = await db.query(
    `UPDATE fact_changes SET status = 'approved', approved_by = $2, approved_at = now() WHERE id = $1 AND status = 'draft' RETURNING id`,
    [id, me.staffId],
  );
  if (!rows.length) return fail(409, 'This change is not waiting for approval.');
  await recordAudit(db, {
    staffId: me.staffId,
    action: 'content_approve',
    area: change.area,
    detail: `${change.fact_id} (change ${id}, by ${change.author})`,
    before: change.before,
    after: change.after,
  });
  return { ok: true, value: (await findChange(db, id))! };
}

/** Publishes a change onto the newest pack; refused when the fact changed since the draft, or the pack would be invalid. */
export async function publishChange(db: Database, me: StaffSession, id: number): Promise<ChangeResult<PublishedPack>> {
  const change = await findChange(db, id);
  if (!change) return fail(404, 'There is no such change.');
  if (!canEdit(me, change.area)) return fail(403, `You do not edit ${change.area}.`);
  if (change.status === 'published' || change.status === 'discarded') return fail(409, 'This change is already closed.');
  if (change.needs_second && change.status !== 'approved')
    return fail(403, 'A second editor must approve this change before it is published.');
  const current = await currentPack(db, change.area);
  const now = current?.pack.facts.find((f) => f.id === change.fact_id);
  if (!current || !now) return fail(404, `The fact "${change.fact_id}" is no longer in ${change.area}.`);
  // jsonb keeps keys in its own order: compare the values, not their spelling.
  if (canonicalJson(now) !== canonicalJson(change.before)) {
    return fail(
      409,
      'Someone published another change to this fact since this draft was made. Make the change again from the current value.',
    );
  }
  let published: PublishedPack;
  try {
    published = await publishPack(db, change.area, withFact(current.pack, change.after), me.name);
  } catch (err) {
    if (!(err instanceof PackInvalid)) throw err;
    await recordAudit(db, {
      staffId: me.staffId,
      action: 'content_refused',
      area: change.area,
      detail: err.message,
      before: now,
      after: change.after,
    });
    return fail(400, 'The pack with this change is not valid, so nothing was published.', err.issues);
  }
  await db.query(
    `UPDATE fact_changes SET status = 'published', published_by = $2, published_at = now(), published_version = $3 WHERE id = $1`,
    [id, me.staffId, published.version],
  );
  await rememberPageDates(db, change.after, me.staffId);
  await recordAudit(db, {
    staffId: me.staffId,
    action: 'content_publish',
    area: change.area,
    detail: `${change.fact_id} (change ${id}) as version ${published.version}`,
    before: now,
    after: change.after,
  });
  return { ok: true, value: published };
}

/** "Still true — checked today": the same value, checked today by this editor, published at once (no value changes). */
export async function confirmFact(
  db: Database,
  me: StaffSession,
  area: string,
  factId: string,
  today: string,
): Promise<ChangeResult<PublishedPack>> {
  if (!canEdit(me, area)) return fail(403, `You do not edit ${area}.`);
  const current = await currentPack(db, area);
  const before = current?.pack.facts.find((f) => f.id === factId);
  if (!current || !before) return fail(404, `There is no fact "${factId}" in ${area}.`);
  if (before.status !== 'verified')
    return fail(409, 'A fact marked CHECK cannot be confirmed as it is: choose “changed — edit” and fix its sources.');
  const after = { ...before, checked: today, checkedBy: me.name };
  const published = await publishPack(db, area, withFact(current.pack, after), me.name);
  await recordAudit(db, {
    staffId: me.staffId,
    action: 'content_checked',
    area,
    detail: `${factId} as version ${published.version}`,
    before,
    after,
  });
  return { ok: true, value: published };
}

// A source page seen with a newer date makes every other fact citing that page due for re-checking.
async function rememberPageDates(db: Database, fact: PackFact, staffId: number): Promise<void> {
  for (const s of fact.sources) {
    if (!s.pageDate || !/^\d{4}-\d{2}-\d{2}$/.test(s.pageDate)) continue;
    await db.query(
      `INSERT INTO source_page_dates (url, page_date, seen_by) VALUES ($1, $2, $3)
       ON CONFLICT (url) DO UPDATE SET page_date = EXCLUDED.page_date, seen_by = EXCLUDED.seen_by, seen_at = now()
       WHERE source_page_dates.page_date < EXCLUDED.page_date`,
      [s.url, s.pageDate, staffId],
    );
  }
}
