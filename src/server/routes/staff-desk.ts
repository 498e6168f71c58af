// The editor's desk under /staff/content (editors only, guarded in staff.ts), and within it only the editor's own areas:
// facts, the fact form, drafts with four-eyes approval, publishing through the pack store, and the re-check list.
import type { Context, Hono } from 'hono';
import type { Database } from '../db/database';
import { factFromForm } from '../content/fact-form';
import { approveChange, confirmFact, draftChange, findChange, listChanges, publishChange, type FactChange } from '../content/fact-changes';
import { currentPack, NATIONAL } from '../content/pack-store';
import { previewSentences } from '../content/preview';
import { dueFacts } from '../content/recheck';
import { canEdit, editableAreas } from '../staff/roles';
import { changePage, type Preview } from '../staff/views/change-page';
import { deskAreaPage } from '../staff/views/desk-area-page';
import { deskPage } from '../staff/views/desk-page';
import { factFormPage } from '../staff/views/fact-form-page';
import { recheckPage } from '../staff/views/recheck-page';
import { AREA_IDS } from '../../shared/areas';
import { isLanguageCode } from '../../shared/languages';
import type { AreaPack } from '../../shared/pack-schema';
import { refuse, type StaffEnv, type StaffOptions } from './staff-context';

async function pageDates(db: Database): Promise<Map<string, string>> {
  const rows = await db.query<{ url: string; day: string }>(`SELECT url, to_char(page_date, 'YYYY-MM-DD') AS day FROM source_page_dates`);
  return new Map(rows.map((r) => [r.url, r.day]));
}

export function mountStaffDesk(staff: Hono<StaffEnv>, options: StaffOptions): void {
  const { db } = options;
  const today = () => options.now().toISOString().slice(0, 10);

  /** The area's current pack when the editor holds the area, or the refusal page. */
  async function ownArea(c: Context<StaffEnv>, area: string) {
    if (!canEdit(c.get('staff'), area)) return { refused: await refuse(c, 403, `You do not edit ${area.slice(0, 40)}`) };
    const current = await currentPack(db, area);
    return current ? { current } : { refused: await refuse(c, 404, 'This area has no published content yet') };
  }

  async function previews(change: FactChange, lng: string): Promise<Preview[]> {
    const packs: AreaPack[] = [];
    // A national fact shows on every area's pages: preview it in the sentences of all of them.
    const areas = change.area === NATIONAL ? AREA_IDS : [change.area];
    for (const a of areas) {
      const p = await currentPack(db, a);
      if (p) packs.push(p.pack);
    }
    return Promise.all(
      ['en', lng].map(async (l) => ({
        lng: l,
        before: change.before ? await previewSentences(packs, change.before, l) : [],
        after: await previewSentences(packs, change.after, l),
      })),
    );
  }

  staff.get('/content', async (c) => {
    const me = c.get('staff');
    const dates = await pageDates(db);
    const changes = await listChanges(db, editableAreas(me));
    const summaries = [];
    for (const area of editableAreas(me)) {
      const current = await currentPack(db, area);
      const mine = changes.filter((ch) => ch.area === area);
      summaries.push({
        area,
        overdue: current ? dueFacts(current.pack, options.now(), dates).length : null,
        drafts: mine.length,
        awaitingApproval: mine.filter((ch) => ch.needs_second && ch.status === 'draft').length,
      });
    }
    return c.html(deskPage(me, summaries));
  });

  staff.get('/content/changes/:id', async (c) => {
    const change = await findChange(db, Number(c.req.param('id')));
    if (!change || !canEdit(c.get('staff'), change.area)) return refuse(c, 404, 'There is no such change in your areas');
    const lng = c.req.query('lang');
    return c.html(changePage(c.get('staff'), change, await previews(change, lng && isLanguageCode(lng) && lng !== 'en' ? lng : 'ar')));
  });

  for (const step of ['approve', 'publish'] as const) {
    staff.post(`/content/changes/:id/${step}`, async (c) => {
      const id = Number(c.req.param('id'));
      const me = c.get('staff');
      const result = step === 'approve' ? await approveChange(db, me, id) : await publishChange(db, me, id);
      if (result.ok) return c.redirect(`/staff/content/changes/${id}`, 303);
      const change = await findChange(db, id);
      if (!change || !canEdit(me, change.area)) return refuse(c, result.status === 403 ? 403 : 404, result.message);
      return c.html(changePage(me, change, await previews(change, 'ar'), result), result.status);
    });
  }

  staff.get('/content/:area', async (c) => {
    const area = c.req.param('area');
    const { current, refused } = await ownArea(c, area);
    if (refused) return refused;
    const due = dueFacts(current.pack, options.now(), await pageDates(db)).length;
    return c.html(deskAreaPage(c.get('staff'), area, current.pack, current.version, await listChanges(db, [area]), due));
  });

  staff.get('/content/:area/recheck', async (c) => {
    const area = c.req.param('area');
    const { current, refused } = await ownArea(c, area);
    if (refused) return refused;
    return c.html(recheckPage(c.get('staff'), area, dueFacts(current.pack, options.now(), await pageDates(db))));
  });

  staff.get('/content/:area/facts/:id', async (c) => {
    const { current, refused } = await ownArea(c, c.req.param('area'));
    if (refused) return refused;
    const fact = current.pack.facts.find((f) => f.id === c.req.param('id'));
    if (!fact) return refuse(c, 404, 'There is no such fact');
    return c.html(factFormPage(c.get('staff'), current.area, fact));
  });

  staff.post('/content/:area/facts/:id', async (c) => {
    const me = c.get('staff');
    const { current, refused } = await ownArea(c, c.req.param('area'));
    if (refused) return refused;
    const before = current.pack.facts.find((f) => f.id === c.req.param('id'));
    if (!before) return refuse(c, 404, 'There is no such fact');
    const typed = c.get('form');
    const { fact, issues } = factFromForm(before, typed, me.name, today());
    const message = 'This change was not saved: some fields need fixing. What you typed is still here.';
    if (issues.length) return c.html(factFormPage(me, current.area, before, { message, issues, typed }), 400);
    const result = await draftChange(db, me, current.area, fact);
    if (!result.ok) return c.html(factFormPage(me, current.area, before, { message, issues: result.issues ?? [], typed }), result.status);
    return c.redirect(`/staff/content/changes/${result.value.id}`, 303);
  });

  staff.post('/content/:area/facts/:id/confirm', async (c) => {
    const me = c.get('staff');
    const area = c.req.param('area');
    const result = await confirmFact(db, me, area, c.req.param('id'), today());
    if (!result.ok)
      return result.status === 403 ? refuse(c, 403, result.message) : c.html(recheckPage(me, area, [], result.message), result.status);
    const due = dueFacts(result.value.pack, options.now(), await pageDates(db));
    return c.html(recheckPage(me, area, due, `${c.req.param('id')} is checked today, published as version ${result.value.version}.`));
  });
}
