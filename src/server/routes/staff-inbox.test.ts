import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { postReport, validReport } from '../testing/report-fixture';
import { signedIn } from '../testing/signed-in';
import type { StaffClient } from '../testing/staff-client';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('the staff inbox on $name', (driver) => {
  let db: Database;
  let staff: StaffClient;
  const app = () => createTestApp(db, { loginDelayMs: 0 });
  async function send(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await postReport(app(), validReport(overrides));
    return ((await res.json()) as { reference: string }).reference;
  }
  beforeAll(async () => {
    db = await driver.open();
    staff = await signedIn(app(), db);
  });
  afterAll(() => db.close());

  it('lists reports filtered by area, category and status', async () => {
    const sefton = await send({ area: 'sefton' });
    const stockton = await send({ area: 'stockton', category: 'aspen', details: { problem: 'lost' } });
    const { text: all } = await staff.page('/staff');
    expect(all).toContain(sefton);
    expect(all).toContain(stockton);
    const { text: onlyStockton } = await staff.page('/staff?area=stockton&category=aspen&status=new');
    expect(onlyStockton).toContain(stockton);
    expect(onlyStockton).not.toContain(sefton);
  });

  it('filters by the day a report was received', async () => {
    const old = await send();
    await db.query(`UPDATE reports SET received_at = '2025-03-10T12:00:00Z' WHERE reference = $1`, [old]);
    const { text } = await staff.page('/staff?from=2025-03-10&to=2025-03-10');
    expect(text).toContain(old);
    expect(text).toContain('1 report');
  });

  it('shows everything the person wrote escaped, and records the view in the audit log', async () => {
    const reference = await send({
      description: '<script>alert(1)</script> "quoted" & <b>bold</b>',
      contact: { method: 'phone', name: '<img src=x onerror=alert(1)>', phone: '07700 900123' },
    });
    const { res, text } = await staff.page(`/staff/reports/${reference}`);
    expect(res.status).toBe(200);
    expect(text).not.toContain('<script>alert(1)');
    expect(text).not.toContain('<img src=x');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(text).toContain('lang="ar"');
    const [audit] = await db.query<{ action: string }>(
      `SELECT a.action FROM audit_log a JOIN reports r ON r.id = a.report_id WHERE r.reference = $1`,
      [reference],
    );
    expect(audit?.action).toBe('view');
  });

  it('shows photos through a same-origin route that only staff can open', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const reference = await send({ photos: [{ type: 'image/png', data: png.toString('base64') }] });
    const { text } = await staff.page(`/staff/reports/${reference}`);
    expect(text).toContain(`src="/staff/reports/${reference}/photos/1"`);
    const photo = await staff.request(`/staff/reports/${reference}/photos/1`);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await photo.arrayBuffer())).toEqual(png);
    expect((await app().request(`/staff/reports/${reference}/photos/1`)).status).toBe(303);
    expect((await staff.request(`/staff/reports/${reference}/photos/2`)).status).toBe(404);
  });

  it('moves a report new → in progress → passed on → closed, and closing needs a note', async () => {
    const reference = await send();
    const move = async (from: string, to: string, note = '') => {
      await staff.page(`/staff/reports/${reference}`);
      return staff.post(`/staff/reports/${reference}/status`, { from, to, note });
    };
    expect((await move('new', 'in_progress')).status).toBe(303);
    expect((await move('in_progress', 'passed_on', 'Sent to the housing provider')).status).toBe(303);
    const noNote = await move('passed_on', 'closed');
    expect(noNote.status).toBe(400);
    expect(await noNote.text()).toContain('needs a note');
    expect((await move('passed_on', 'closed', 'Boiler repaired on 25 Nov')).status).toBe(303);
    const { text } = await staff.page(`/staff/reports/${reference}`);
    expect(text).toContain('Boiler repaired on 25 Nov');
    expect(text).not.toContain('Move to');
    const backwards = await move('closed', 'new');
    expect(backwards.status).toBe(400);
  });

  it('refuses a move when someone else moved the report first', async () => {
    const reference = await send();
    await staff.page(`/staff/reports/${reference}`);
    expect((await staff.post(`/staff/reports/${reference}/status`, { from: 'new', to: 'in_progress' })).status).toBe(303);
    const stale = await staff.post(`/staff/reports/${reference}/status`, { from: 'new', to: 'passed_on' });
    expect(stale.status).toBe(409);
  });

  it('exports CSV that a spreadsheet cannot run as formulas, and audits the export', async () => {
    const reference = await send({
      area: 'stockton',
      description: '=HYPERLINK("http://evil","click")',
      contact: { method: 'phone', phone: '+44 7700 900123' },
    });
    const res = await staff.request('/staff/export.csv?area=stockton');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="waymark-reports-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = await res.text();
    expect(csv).toContain(`"${reference}"`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csv).toContain(`"'+44 7700 900123"`);
    expect(csv).not.toContain(',"=');
    const [audit] = await db.query<{ detail: string }>(`SELECT detail FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1`);
    expect(audit?.detail).toMatch(/^area=stockton \(\d+ rows\)$/);
  });

  it('shows the audit log to staff', async () => {
    const { text } = await staff.page('/staff/audit');
    expect(text).toContain('Opened report');
    expect(text).toContain('Downloaded reports');
  });

  it('pages the audit log and filters it by action, so 300 failed sign-ins do not hide an earlier export', async () => {
    await db.query(
      "INSERT INTO audit_log (at, action) SELECT now() + (g || ' seconds')::interval, 'login_failed' FROM generate_series(1, 300) g",
    );
    const first = await staff.page('/staff/audit');
    expect(first.text).not.toContain('<td>Downloaded reports</td>');
    expect(first.text).toMatch(/page 1 of \d+/);
    expect(first.text).toContain('/staff/audit?page=2');
    const exports = await staff.page('/staff/audit?action=export');
    expect(exports.text).toContain('<td>Downloaded reports</td>');
    expect(exports.text).not.toContain('<td>Wrong password</td>');
    const last = await staff.page('/staff/audit?page=4');
    expect(last.text).toContain('<td>Downloaded reports</td>');
    expect((await staff.page('/staff/audit?action=nonsense')).res.status).toBe(400);
  });

  it('answers 404 for a reference that does not exist', async () => {
    expect((await staff.request('/staff/reports/SEF-2222-22')).status).toBe(404);
  });
});
