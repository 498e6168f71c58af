// Evidence counts (page and CSV, small numbers suppressed) and the audit log page.
import type { Hono } from 'hono';
import { AREA_IDS } from '../../shared/areas';
import { auditPageRows, isAuditAction, recordAudit } from '../staff/audit';
import { toCsv } from '../staff/csv';
import { buildEvidence, countEvidence, evidenceRange, monthsBetween, rangeProblems } from '../staff/evidence';
import { buildBreakdowns, countBreakdown, type Dimension } from '../staff/evidence-breakdown';
import { auditPage } from '../staff/views/audit-page';
import { badRangePage, evidencePage } from '../staff/views/evidence-page';
import type { StaffEnv, StaffOptions } from './staff-context';

export function mountStaffEvidence(staff: Hono<StaffEnv>, options: StaffOptions): void {
  const { db } = options;

  async function tables(query: Record<string, string | undefined>) {
    const range = evidenceRange(query, options.now());
    const months = monthsBetween(range.from, range.to);
    return { range, months, tables: buildEvidence(await countEvidence(db, range.from, range.to), months, AREA_IDS) };
  }

  async function breakdowns(query: Record<string, string | undefined>) {
    const { range, tables: t } = await tables(query);
    const dimensions: Dimension[] = ['problem', 'language', 'postcode'];
    const counted = await Promise.all(dimensions.map((d) => countBreakdown(db, d, range.from, range.to)));
    return { range, tables: t, breakdowns: dimensions.flatMap((d, i) => buildBreakdowns(counted[i]!, d, t, AREA_IDS)) };
  }

  staff.get('/evidence', async (c) => {
    const query = c.req.query();
    const problems = rangeProblems(query, evidenceRange(query, options.now()));
    if (problems.length) return c.html(badRangePage(c.get('staff'), { from: query.from ?? '', to: query.to ?? '' }, problems), 400);
    const { range, tables: t, breakdowns: b } = await breakdowns(query);
    return c.html(evidencePage(c.get('staff'), range, t, b));
  });

  staff.get('/evidence-breakdown.csv', async (c) => {
    if (rangeProblems(c.req.query(), evidenceRange(c.req.query(), options.now())).length)
      return c.text('Those months cannot be used.', 400);
    const { range, breakdowns: b } = await breakdowns(c.req.query());
    const rows = b.flatMap((d) => d.rows.map((r) => [d.dimension, d.area, d.category, r.key, r.cell]));
    await recordAudit(db, { staffId: c.get('staff').staffId, action: 'evidence_export', detail: `breakdown ${range.from} to ${range.to}` });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="waymark-evidence-breakdown-${range.from}-to-${range.to}.csv"`);
    return c.body(toCsv(['by', 'area', 'category', 'value', 'reports'], rows));
  });

  staff.get('/evidence.csv', async (c) => {
    if (rangeProblems(c.req.query(), evidenceRange(c.req.query(), options.now())).length)
      return c.text('Those months cannot be used.', 400);
    const { range, months, tables: t } = await tables(c.req.query());
    const rows = t.flatMap((table) => table.rows.flatMap((r) => months.map((m, i) => [table.area, r.category, m, r.cells[i]])));
    await recordAudit(db, { staffId: c.get('staff').staffId, action: 'evidence_export', detail: `${range.from} to ${range.to}` });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="waymark-evidence-${range.from}-to-${range.to}.csv"`);
    return c.body(toCsv(['area', 'category', 'month', 'reports'], rows));
  });

  staff.get('/audit', async (c) => {
    const { action: rawAction, page: rawPage } = c.req.query();
    const page = Number(rawPage ?? 1);
    const action = isAuditAction(rawAction) ? rawAction : undefined;
    const bad = (rawAction && !action) || !Number.isInteger(page) || page < 1 || page > 100_000;
    const safePage = bad ? 1 : page;
    const { rows, total } = bad ? { rows: [], total: 0 } : await auditPageRows(db, safePage, action);
    return c.html(auditPage(c.get('staff'), rows, { page: safePage, total, action, bad: Boolean(bad) }), bad ? 400 : 200);
  });
}
