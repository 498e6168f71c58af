// The editor's desk under /staff/content (editors only, guarded in staff.ts): only the editor's own areas.
import type { Hono } from 'hono';
import { editableAreas } from '../staff/roles';
import { deskPage } from '../staff/views/desk-page';
import type { StaffEnv, StaffOptions } from './staff-context';

export function mountStaffDesk(staff: Hono<StaffEnv>, options: StaffOptions): void {
  const { db } = options;

  staff.get('/content', async (c) => {
    const me = c.get('staff');
    const areas = editableAreas(me);
    const counts = await db.query<{ area: string; status: string; n: number }>(
      `SELECT area, status, count(*)::int AS n FROM content_drafts WHERE area = ANY($1::text[]) AND status IN ('draft', 'approved') GROUP BY area, status`,
      [areas],
    );
    const n = (area: string, pred: (s: string) => boolean) =>
      counts.filter((r) => r.area === area && pred(r.status)).reduce((a, r) => a + r.n, 0);
    return c.html(
      deskPage(
        me,
        areas.map((area) => ({ area, overdue: null, drafts: n(area, () => true), awaitingApproval: n(area, (s) => s === 'draft') })),
      ),
    );
  });
}
