import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { eraseExpiredReports } from '../staff/retention';
import { postReport, validReport } from '../testing/report-fixture';
import { signedIn } from '../testing/signed-in';
import type { StaffClient } from '../testing/staff-client';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('evidence and retention on $name', (driver) => {
  let db: Database;
  let staff: StaffClient;
  const app = () => createTestApp(db, { loginDelayMs: 0, now: () => new Date('2026-11-23T12:00:00Z') });
  async function sendAt(receivedAt: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await postReport(app(), validReport(overrides));
    const { reference } = (await res.json()) as { reference: string };
    await db.query('UPDATE reports SET received_at = $2 WHERE reference = $1', [reference, receivedAt]);
    return reference;
  }
  beforeAll(async () => {
    db = await driver.open();
    staff = await signedIn(app(), db);
    const harassment = { category: 'harassment', details: { ongoing: 'yes' } };
    for (let i = 0; i < 3; i++) await sendAt('2026-10-05T10:00:00Z', harassment);
    for (let i = 0; i < 7; i++) await sendAt('2026-11-02T10:00:00Z', harassment);
    // 23:30 UTC on 30 September is already October in the UK (BST).
    await sendAt('2026-09-30T23:30:00Z', { area: 'stockton' });
  });
  afterAll(() => db.close());

  it('counts by category and month and shows counts under 5 as "<5"', async () => {
    const { text } = await staff.page('/staff/evidence?from=2026-09&to=2026-11');
    const row = /<th scope="row">Harassment or hate<\/th>(.*?)<\/tr>/.exec(text)?.[1];
    expect(row).toBe('<td>0</td><td>&lt;5</td><td>7</td>');
  });

  it('exports the same suppressed counts as CSV, with no totals', async () => {
    const res = await staff.request('/staff/evidence.csv?from=2026-10&to=2026-11');
    const lines = (await res.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('"area","category","month","reports"');
    expect(lines).toContain('"sefton","harassment","2026-10","<5"');
    expect(lines).toContain('"sefton","harassment","2026-11","7"');
    expect(lines).toContain('"stockton","repair","2026-10","<5"');
    expect(lines.join('\n')).not.toMatch(/"3"|total/i);
    const [audit] = await db.query<{ detail: string }>(`SELECT detail FROM audit_log WHERE action = 'evidence_export'`);
    expect(audit?.detail).toBe('2026-10 to 2026-11');
  });

  it('counts by problem and language too, with "<5", and holds back a count that would reveal a hidden one', async () => {
    const { text } = await staff.page('/staff/evidence?from=2026-09&to=2026-11');
    const cells = (label: string) => [...text.matchAll(new RegExp(`<th scope="row">${label}</th><td>([^<]*)</td>`, 'g'))].map((m) => m[1]);
    // Sefton: 10 in Arabic would, with November's 7, give away October's hidden 3.
    expect(cells('Arabic')).toEqual(['hidden', '&lt;5']);
    expect(cells('Hot water')).toEqual(['&lt;5']);
    expect(text).toContain('<caption>By problem (Repair in the home)</caption>');
    const res = await staff.request('/staff/evidence-breakdown.csv?from=2026-09&to=2026-11');
    const lines = (await res.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('"by","area","category","value","reports"');
    expect(lines).toContain('"language","sefton","","ar","hidden"');
    expect(lines).toContain('"problem","stockton","repair","hotWater","<5"');
    expect(lines.join('\n')).not.toMatch(/"(10|1|3)"$/m);
  });

  it('erases the personal details of reports closed longer than the retention period, keeping the counts', async () => {
    const png = Buffer.from('photo').toString('base64');
    const oldClosed = await sendAt('2026-01-05T10:00:00Z', { photos: [{ type: 'image/png', data: png }] });
    const recentClosed = await sendAt('2026-01-05T10:00:00Z');
    const open = await sendAt('2026-01-05T10:00:00Z');
    const [staffRow] = await db.query<{ id: number }>('SELECT id FROM staff LIMIT 1');
    for (const [reference, closedAt] of [
      [oldClosed, '2026-08-01T00:00:00Z'],
      [recentClosed, '2026-11-01T00:00:00Z'],
    ] as const) {
      await db.query(`UPDATE reports SET status = 'closed', closed_at = $2 WHERE reference = $1`, [reference, closedAt]);
      await db.query(
        `INSERT INTO report_events (report_id, staff_id, from_status, to_status, note) SELECT id, $2, 'new', 'closed', 'Spoke to Amina at home' FROM reports WHERE reference = $1`,
        [reference, staffRow!.id],
      );
    }
    expect(await eraseExpiredReports(db, new Date('2026-11-23T12:00:00Z'), 90)).toBe(1);
    const rows = await db.query<{ reference: string; body: unknown; erased_at: Date | null; category: string }>(
      'SELECT reference, body, erased_at, category FROM reports WHERE reference = ANY($1::text[]) ORDER BY reference',
      [[oldClosed, recentClosed, open]],
    );
    const byRef = Object.fromEntries(rows.map((r) => [r.reference, r]));
    expect(byRef[oldClosed]).toMatchObject({ body: null, category: 'repair' });
    expect(byRef[oldClosed]?.erased_at).not.toBeNull();
    expect(byRef[recentClosed]?.body).not.toBeNull();
    expect(byRef[open]?.body).not.toBeNull();
    const photos = await db.query('SELECT 1 FROM report_photos p JOIN reports r ON r.id = p.report_id WHERE r.reference = $1', [oldClosed]);
    expect(photos).toHaveLength(0);
    const notes = await db.query<{ note: string | null }>(
      'SELECT e.note FROM report_events e JOIN reports r ON r.id = e.report_id WHERE r.reference = $1',
      [oldClosed],
    );
    expect(notes).toEqual([{ note: null }]);
    const { text } = await staff.page(`/staff/reports/${oldClosed}`);
    expect(text).toContain('were erased');
    expect(text).not.toContain('Amina');
    expect(await eraseExpiredReports(db, new Date('2026-11-23T12:00:00Z'), 90)).toBe(0);
  });
});
