import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../shared/languages';
import { buildIndex, searchIndex } from './search-index';
import { collectSections, type LoadStrings } from './search-sources';

const fromDisk: LoadStrings = (lng, ns) =>
  Promise.resolve(JSON.parse(readFileSync(join(process.cwd(), 'locales', lng, `${ns}.json`), 'utf8')) as Record<string, unknown>);

async function indexFor(area: 'sefton' | 'stockton', lang: string) {
  return buildIndex(await collectSections(area, [lang, 'en'], fromDisk), lang);
}
const places = (results: { topic: string; section: string }[]) => results.map((r) => `${r.topic}#${r.section}`);

describe('searching the real content', () => {
  // "notice to quit" / "lock change" in each language's own words finds what happens after a refusal (issue 19).
  it.each([
    ['en', 'lock-change notice'],
    ['ti', 'ናይ ምቕያር ቁልፊ'],
    ['ar', 'تغيير الأقفال'],
    ['fa', 'تعویض قفل'],
    ['so', 'beddelka qufulka'],
    ['zh-Hans', '换锁'],
    ['es', 'cerraduras'],
  ])('%s: "%s" finds the refused section of the decision page', async (lang, words) => {
    const results = searchIndex(await indexFor('stockton', lang), words);
    expect(places(results)).toContain('decision#refused');
  });
  it.each(LANGUAGE_CODES)('%s: the decision, legal help and complaints topics are in the offline index', async (lang) => {
    const sections = await collectSections('sefton', [lang], fromDisk);
    const titles = (topic: string) => sections.filter((s) => s.topic === topic && s.lang === lang && s.section === '').map((s) => s.title);
    for (const topic of ['decision', 'legal-help', 'complaints']) expect(titles(topic)[0], `${lang} ${topic}`).toBeTruthy();
  });
  it.each([
    ['ar', 'طبيب'],
    ['fa', 'پزشک'],
    ['prs', 'داکتر'],
    ['ps', 'ډاکټر'],
    ['ur', 'ڈاکٹر'],
    ['en', 'doctor'],
    ['fr', 'médecin'],
    ['vi', 'bác sĩ'],
    ['so', 'dhakhtar'],
    ['sq', 'mjek'],
    ['kmr', 'doktor'],
    ['om', 'doktora'],
    ['bn', 'ডাক্তার'],
    ['pa', 'ਡਾਕਟਰ'],
    ['hi', 'डॉक्टर'],
    ['zh-Hans', '医生'],
    ['es', 'médico'],
    ['tr', 'doktor'],
  ])('%s: "%s" (doctor) finds the GP page', async (lang, word) => {
    const results = searchIndex(await indexFor('sefton', lang), word);
    expect(results.map((r) => r.topic)).toContain('gp');
  });

  it('Arabic typed without hamza or with a typo still finds the lost card section', async () => {
    const index = await indexFor('sefton', 'ar');
    expect(places(searchIndex(index, 'البطاقه مسروقه'))).toContain('money#card');
    expect(places(searchIndex(index, 'مسروقة'))).toContain('money#card');
  });

  it.each([
    ['ti', 'መጠንቀቕታ ምልቃቕ', 'Notice to quit'],
    ['ar', 'إشعار الإخلاء', 'notice to quit'],
    ['fa', 'اخطار تخلیه', 'Notice to Quit'],
    ['en', 'housing provider', 'notice to quit'],
  ])('%s: a glossary word is found in the person’s language and by the English word on the letter', async (lang, own, letter) => {
    const index = await indexFor('stockton', lang);
    expect(places(searchIndex(index, own))).toContain('words#noticeToQuit');
    expect(places(searchIndex(index, letter))[0]).toBe('words#noticeToQuit');
  });

  it('finds a phone number and an organisation name from the content data', async () => {
    const index = await indexFor('sefton', 'en');
    expect(places(searchIndex(index, '0808 8010 503'))).toContain('migrant-help#migrantHelp');
    expect(places(searchIndex(index, 'Bosco'))).toEqual(['migrant-help#local']);
  });

  it('keeps each area’s own organisations and rules', async () => {
    const stockton = await indexFor('stockton', 'en');
    expect(searchIndex(stockton, 'Bosco')).toEqual([]);
    expect(searchIndex(stockton, 'Stop Hate UK').some((r) => r.snippet.includes('Stop Hate UK'))).toBe(false);
    const sections = await collectSections('stockton', ['en'], fromDisk);
    expect(sections.some((s) => s.parts.some((p) => p.includes('Stop Hate UK')))).toBe(false);
    expect(places(searchIndex(stockton, 'Justice First'))).toContain('migrant-help#local');
  });

  it('finds staying safe, health of mind and food by a word, a helpline number or a place, in the area’s own words', async () => {
    const sefton = await indexFor('sefton', 'en');
    expect(places(searchIndex(sefton, '0808 2000 247'))).toContain('staying-safe#home');
    expect(places(searchIndex(sefton, 'talking therapies'))).toContain('mind#therapies');
    expect(places(searchIndex(sefton, 'Trussell Trust'))).toContain('food#local');
    expect(places(searchIndex(await indexFor('stockton', 'en'), 'Trussell Trust'))).not.toContain('food#local');
    expect(places(searchIndex(await indexFor('sefton', 'ar'), 'العبودية الحديثة'))).toContain('staying-safe#slavery');
    expect(places(searchIndex(await indexFor('stockton', 'ti'), 'ሕክምና ብዘረባ'))).toContain('mind#therapies');
    expect(places(searchIndex(await indexFor('stockton', 'ti'), 'ክፍሊ 98'))).toContain('money#section98');
  });

  it('finds the bin rules of the area, and only that area’s', async () => {
    expect(places(searchIndex(await indexFor('sefton', 'en'), 'cardboard'))).toContain('bins#bins-rules');
    const sefton = await collectSections('sefton', ['en'], fromDisk);
    const stockton = await collectSections('stockton', ['en'], fromDisk);
    const binWords = (sections: typeof sefton) => sections.find((s) => s.topic === 'bins')!.parts.join(' ');
    expect(binWords(sefton)).toContain('hessian sack');
    expect(binWords(stockton)).not.toContain('hessian sack');
    expect(binWords(sefton)).not.toMatch(/\{\{/);
  });

  it.each(LANGUAGE_CODES)('%s: every section title finds its own section', async (lang) => {
    const sections = (await collectSections('sefton', [lang], fromDisk)).filter((s) => s.section !== '' && s.title !== '');
    const index = await indexFor('sefton', lang);
    const missed = sections.filter((s) => !places(searchIndex(index, s.title, 30)).includes(`${s.topic}#${s.section}`));
    expect(missed.map((s) => s.title)).toEqual([]);
  });
});
