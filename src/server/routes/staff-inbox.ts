// The inbox: list and filter reports, open one (audited), see its photos (audited), move it on, export CSV (audited).
import type { Context, Hono } from 'hono';
import { normaliseReference } from '../intake/reference';
import { recordAudit } from '../staff/audit';
import { toCsv } from '../staff/csv';
import { describeFilters, filterProblems, parseFilters, REFERENCE_SHAPE } from '../staff/report-filters';
import { exportReports, findPhoto, findReport, listReports, moveReport, reportEvents, type ReportDetail } from '../staff/report-queries';
import { isPassedOnTo, isStatus } from '../staff/status-flow';
import { badFiltersPage, inboxPage } from '../staff/views/inbox-page';
import { reportPage } from '../staff/views/report-page';
import { html } from 'hono/html';
import { LIMITS } from '../../shared/report';
import { page } from '../staff/views/layout';
import { formText, refuse, type StaffEnv, type StaffOptions } from './staff-context';

const CSV_HEADER = [
  'reference',
  'received_at',
  'created_at_on_phone',
  'area',
  'category',
  'language',
  'status',
  'closed_at',
  'description',
  'details',
  'contact_method',
  'contact_name',
  'contact_phone',
  'contact_volunteer',
  'contact_language',
  'contact_gender',
  'on_behalf_worker',
  'on_behalf_organisation',
  'photos',
  'erased_at',
];

function csvRow(r: ReportDetail): unknown[] {
  const b = r.body;
  const details = Object.entries(b?.details ?? {})
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  const contact = b?.contact;
  return [
    r.reference,
    r.received_at,
    r.created_at,
    r.area,
    r.category,
    r.language,
    r.status,
    r.closed_at,
    b?.description,
    details,
    contact?.method,
    contact?.name,
    contact?.phone,
    contact?.volunteer,
    contact?.language,
    contact?.gender,
    b?.onBehalf?.worker,
    b?.onBehalf?.organisation,
    r.photo_count,
    r.erased_at,
  ];
}

/** The report a path names, or 'malformed' when the path cannot be a reference (NUL, too long, …). */
async function reportAt(db: StaffOptions['db'], raw: string): Promise<ReportDetail | null | 'malformed'> {
  const reference = normaliseReference(raw);
  return REFERENCE_SHAPE.test(reference) ? findReport(db, reference) : 'malformed';
}

function notAReference(c: Context): Response | Promise<Response> {
  return c.html(
    page(
      { title: 'Bad request' },
      html`<h1>That is not a report reference</h1><p>References look like SEF-7K3Q-9D. <a href="/staff">Go to the staff inbox</a></p>`,
    ),
    400,
  );
}

function checkedFilters(c: Context<StaffEnv>) {
  const query = c.req.query();
  const filters = parseFilters(query);
  const problems = filterProblems(query, filters);
  if (!problems.length) return { filters };
  const typed = { from: query.from, to: query.to, reference: query.reference?.slice(0, 40) };
  return { filters, bad: c.html(badFiltersPage(c.get('staff'), filters, typed, problems), 400) };
}

export function mountStaffInbox(staff: Hono<StaffEnv>, options: StaffOptions): void {
  const { db } = options;

  staff.get('/', async (c) => {
    const { filters, bad } = checkedFilters(c);
    if (bad) return bad;
    const { rows, total } = await listReports(db, filters);
    return c.html(inboxPage(c.get('staff'), filters, rows, total));
  });

  staff.get('/reports/:reference', async (c) => {
    const report = await reportAt(db, c.req.param('reference'));
    if (report === 'malformed') return notAReference(c);
    if (!report) return refuse(c, 404, 'There is no report with that reference');
    await recordAudit(db, { staffId: c.get('staff').staffId, action: 'view', reportId: report.id });
    return c.html(reportPage(c.get('staff'), report, await reportEvents(db, report.id)));
  });

  staff.get('/reports/:reference/photos/:position', async (c) => {
    const report = await reportAt(db, c.req.param('reference'));
    if (report === 'malformed') return notAReference(c);
    const position = Number(c.req.param('position'));
    const photo =
      report && Number.isInteger(position) && position >= 0 && position <= LIMITS.photos ? await findPhoto(db, report.id, position) : null;
    if (!report || !photo) return refuse(c, 404, 'There is no such photo');
    await recordAudit(db, { staffId: c.get('staff').staffId, action: 'view_photo', reportId: report.id, detail: `photo ${position}` });
    c.header('Content-Type', photo.media_type);
    c.header('Content-Disposition', 'inline');
    return c.body(new Uint8Array(photo.data));
  });

  staff.post('/reports/:reference/status', async (c) => {
    const report = await reportAt(db, c.req.param('reference'));
    if (report === 'malformed') return notAReference(c);
    if (!report) return refuse(c, 404, 'There is no report with that reference');
    const from = formText(c, 'from');
    const to = formText(c, 'to');
    const me = c.get('staff');
    if (!isStatus(from) || !isStatus(to)) return c.html(reportPage(me, report, await reportEvents(db, report.id), 'not_allowed'), 400);
    const typed = { to, note: formText(c, 'note'), passedOnTo: formText(c, 'passed_on_to'), personNote: formText(c, 'person_note') };
    const result = await moveReport(db, { reportId: report.id, staffId: me.staffId, from, ...typed, now: options.now() });
    if (!result.ok) {
      const latest = (await findReport(db, report.reference)) ?? report;
      // What was typed comes back in the form, unless someone else's change makes it stale.
      const kept = result.problem === 'changed' ? {} : typed;
      const body = reportPage(me, latest, await reportEvents(db, report.id), result.problem, kept);
      return c.html(body, result.problem === 'changed' ? 409 : 400);
    }
    const toWhom = to === 'passed_on' && isPassedOnTo(typed.passedOnTo) ? ` (${typed.passedOnTo})` : '';
    await recordAudit(db, { staffId: me.staffId, action: 'status', reportId: report.id, detail: `${from} → ${to}${toWhom}` });
    return c.redirect(`/staff/reports/${report.reference}`, 303);
  });

  staff.get('/export.csv', async (c) => {
    const { filters, bad } = checkedFilters(c);
    if (bad) return bad;
    const rows = await exportReports(db, filters);
    await recordAudit(db, {
      staffId: c.get('staff').staffId,
      action: 'export',
      detail: `${describeFilters(filters)} (${rows.length} rows)`,
    });
    const day = options.now().toISOString().slice(0, 10);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="waymark-reports-${day}.csv"`);
    return c.body(toCsv(CSV_HEADER, rows.map(csvRow)));
  });
}
