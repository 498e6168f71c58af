import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { seedPacks } from '../content/pack-seed';
import { currentPack, publishPack } from '../content/pack-store';
import { signedIn } from '../testing/signed-in';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

const SOURCE = {
  'source0.publisher': 'Sefton Council',
  'source0.title': 'Contact us',
  'source0.url': 'https://www.sefton.gov.uk/contact-us/',
  'source0.pageDate': '2026-11-30',
  status: 'verified',
};

describe.each(testDrivers())('the editor’s desk on $name', (driver) => {
  let db: Database;
  const app = () => createTestApp(db, { loginDelayMs: 0, now: () => new Date('2026-12-01T10:00:00Z') });
  const sefton = { roles: ['editor' as const], areas: ['sefton'] };
  const audit = (action: string) =>
    db.query<{ staff: string; before: Record<string, unknown>; after: Record<string, unknown>; area: string }>(
      `SELECT s.name AS staff, a.before, a.after, a.area FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.action = $1 ORDER BY a.id`,
      [action],
    );
  const servedDisplay = async (id: string) =>
    (await currentPack(db, 'sefton'))!.pack.facts.find((f) => f.id === id) as { display?: string };
  beforeAll(async () => {
    db = await driver.open();
    await seedPacks(db);
  });
  afterAll(() => db.close());

  it('shows an editor only their own areas', async () => {
    const editor = await signedIn(app(), db, sefton);
    const { text } = await editor.page('/staff/content');
    expect(text).toContain('/staff/content/sefton');
    expect(text).not.toContain('/staff/content/stockton');
    expect((await editor.page('/staff/content/stockton')).res.status).toBe(403);
    expect((await editor.page('/staff/content/stockton/facts/council-phone')).res.status).toBe(403);
    expect((await editor.post('/staff/content/stockton/facts/council-phone', { ...SOURCE, display: '01642 000000' })).status).toBe(403);
    expect((await editor.page('/staff/content/sefton/facts/council-phone')).text).toContain('value="0345 140 0845"');
  });

  it('needs a second editor for a phone number: the author cannot approve or publish it; publishing is audited with before and after', async () => {
    const author = await signedIn(app(), db, sefton);
    const second = await signedIn(app(), db, sefton);
    const outsider = await signedIn(app(), db, { roles: ['editor'], areas: ['stockton'] });
    const version = (await currentPack(db, 'sefton'))!.version;
    await author.page('/staff/content/sefton/facts/council-phone');
    const res = await author.post('/staff/content/sefton/facts/council-phone', {
      ...SOURCE,
      display: '0345 140 0846',
      digits: '0345 140 0846',
    });
    expect(res.status).toBe(303);
    const changePath = res.headers.get('location')!;
    const id = changePath.split('/').at(-1)!;
    expect(await servedDisplay('council-phone')).toMatchObject({ display: '0345 140 0845' });

    const { text } = await author.page(`${changePath}?lang=fr`);
    expect(text).toContain('0345 140 0846');
    expect(text).toContain('needs a second editor');
    expect(text).toContain('lang="fr"');
    expect(text).toContain('<li>Appeler Sefton Council 0345 140 0846</li>');
    expect(text).toContain('<li>Call Sefton Council 0345 140 0845</li>');
    expect((await author.post(`/staff/content/changes/${id}/approve`, {})).status).toBe(403);
    expect((await author.post(`/staff/content/changes/${id}/publish`, {})).status).toBe(403);
    expect((await second.page('/staff/content')).res.status).toBe(200);
    expect((await second.post(`/staff/content/changes/${id}/publish`, {})).status).toBe(403);
    expect((await outsider.post(`/staff/content/changes/${id}/approve`, {})).status).toBe(403);
    expect((await currentPack(db, 'sefton'))!.version).toBe(version);

    expect((await second.post(`/staff/content/changes/${id}/approve`, {})).status).toBe(303);
    expect((await author.post(`/staff/content/changes/${id}/publish`, {})).status).toBe(303);
    const after = (await currentPack(db, 'sefton'))!;
    expect(after.version).toBe(version + 1);
    expect(after.publishedBy).toBe(author.name);
    expect(await servedDisplay('council-phone')).toMatchObject({ display: '0345 140 0846', checked: '2026-12-01', checkedBy: author.name });

    const [draft] = await audit('content_draft');
    expect(draft).toMatchObject({
      staff: author.name,
      area: 'sefton',
      before: { display: '0345 140 0845' },
      after: { display: '0345 140 0846' },
    });
    expect((await audit('content_approve')).at(-1)).toMatchObject({ staff: second.name, after: { digits: '03451400846' } });
    expect((await audit('content_publish')).at(-1)).toMatchObject({
      staff: author.name,
      before: { display: '0345 140 0845' },
      after: { display: '0345 140 0846' },
    });
    const served = await Promise.resolve(app().request('/api/packs/sefton'));
    expect(await served.text()).toContain('0345 140 0846');
  });

  it('refuses an invalid edit with a clear message, keeps what was typed, saves no draft and keeps serving the last good version', async () => {
    const editor = await signedIn(app(), db, sefton);
    const before = await currentPack(db, 'sefton');
    await editor.page('/staff/content/sefton/facts/bosco-phone-1');
    const bad = await editor.post('/staff/content/sefton/facts/bosco-phone-1', {
      ...SOURCE,
      display: '0151 944 18x8',
      digits: '0151 944 18x8',
    });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('This change was not saved');
    expect(text).toContain('digits');
    expect(text).toContain('value="0151 944 18x8"');
    const noDate = await editor.post('/staff/content/sefton/facts/bosco-phone-1', {
      ...SOURCE,
      'source0.pageDate': '',
      display: '0151 944 1819',
    });
    expect(noDate.status).toBe(400);
    expect(await noDate.text()).toContain('give the date printed on the source page');
    const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM fact_changes WHERE fact_id = 'bosco-phone-1'`)) as [
      { n: number },
    ];
    expect(n).toBe(0);
    expect((await currentPack(db, 'sefton'))!.etag).toBe(before!.etag);
    expect((await audit('content_refused')).at(-1)).toMatchObject({ area: 'sefton', after: { digits: '015194418x8' } });
    expect(await servedDisplay('bosco-phone-1')).toMatchObject({ display: '0151 944 1818' });
  });

  it('lets the author publish a change that is not a phone number or an amount, and refuses a draft overtaken by another', async () => {
    const editor = await signedIn(app(), db, sefton);
    await editor.page('/staff/content/sefton/facts/skills');
    const form = { ...SOURCE, 'source0.title': 'Adult learning' };
    const first = (await editor.post('/staff/content/sefton/facts/skills', form)).headers.get('location')!;
    const second = (await editor.post('/staff/content/sefton/facts/skills', { ...form, 'source0.title': 'Skills' })).headers.get(
      'location',
    )!;
    const published = await editor.post(`${first}/publish`, {});
    expect(published.status).toBe(303);
    const skills = (await currentPack(db, 'sefton'))!.pack.facts.find((f) => f.id === 'skills')!;
    expect(skills.sources).toEqual([
      { publisher: 'Sefton Council', title: 'Adult learning', url: 'https://www.sefton.gov.uk/contact-us/', pageDate: '2026-11-30' },
    ]);
    const overtaken = await editor.post(`${second}/publish`, {});
    expect(overtaken.status).toBe(409);
    expect(await overtaken.text()).toContain('Someone published another change to this fact');
  });

  it('lists facts due for re-checking with their reasons, and "still true" checks one today', async () => {
    const editor = await signedIn(app(), db, sefton);
    const current = (await currentPack(db, 'sefton'))!;
    const old = structuredClone(current.pack);
    const target = old.facts.find((f) => f.id === 'bosco-phone-1')!;
    target.checked = '2026-04-30';
    await publishPack(db, 'sefton', old, 'test');
    const { text: home } = await editor.page('/staff/content');
    expect(home).toMatch(/\d+ facts? due for re-checking/);
    const { text } = await editor.page('/staff/content/sefton/recheck');
    expect(text).toContain('bosco-phone-1: The Bosco Society');
    expect(text).toContain('checked on 2026-04-30, more than 6 months ago');
    expect(text).toContain('Still true — checked today');
    expect(text).toContain('href="/staff/content/sefton/facts/bosco-phone-1">Changed — edit');
    const res = await editor.post('/staff/content/sefton/facts/bosco-phone-1/confirm', {});
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('checked on 2026-04-30');
    expect((await currentPack(db, 'sefton'))!.pack.facts.find((f) => f.id === 'bosco-phone-1')).toMatchObject({
      checked: '2026-12-01',
      checkedBy: editor.name,
    });
    expect((await audit('content_checked')).at(-1)).toMatchObject({ before: { checked: '2026-04-30' }, after: { checked: '2026-12-01' } });
  });

  it('makes a fact due when an editor has seen its source page with a newer date', async () => {
    const editor = await signedIn(app(), db, sefton);
    const pack = (await currentPack(db, 'sefton'))!.pack;
    const other = pack.facts.find((f) => f.id === 'bosco-rule-0')!;
    const shared = other.sources[0]!;
    expect((await editor.page('/staff/content/sefton/recheck')).text).not.toContain('page now has the date 2026-11-29');
    await editor.page('/staff/content/sefton/facts/esol-asylum-link-rule-0');
    const res = await editor.post('/staff/content/sefton/facts/esol-asylum-link-rule-0', {
      'source0.publisher': shared.publisher,
      'source0.title': shared.title,
      'source0.url': shared.url,
      'source0.pageDate': '2026-11-29',
      status: 'verified',
    });
    expect((await editor.post(`${res.headers.get('location')!}/publish`, {})).status).toBe(303);
    const { text } = await editor.page('/staff/content/sefton/recheck');
    expect(text).toMatch(/bosco-rule-0[^]*page now has the date 2026-11-29/);
    expect(text).toContain('bosco-rule-0');
  });
});
