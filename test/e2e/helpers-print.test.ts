// Leaflets printed to PDF by Debian's Chromium: the person's script must survive into the PDF text, in reading order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { phoneContext } from './harness';
import { test as it } from './browser-fixture';

const outDir = mkdtempSync(join(tmpdir(), 'waymark-leaflet-'));

function has(command: string, args: string[] = []): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** poppler-utils reads the PDFs; fonts-noto-core has the Arabic, Ethiopic, Bengali, Gurmukhi and Devanagari glyphs,
 * fonts-noto-cjk the Chinese ones. Installed only when missing. */
function ensurePdfTools(): void {
  const core = has('sh', [
    '-c',
    'fc-list | grep -q "Noto Sans Ethiopic" && fc-list | grep -q "Noto Sans Arabic" && fc-list | grep -q "Noto Sans Gurmukhi"',
  ]);
  const cjk = has('sh', ['-c', 'fc-list | grep -q "Noto Sans CJK SC"']);
  const missing = [
    ...(has('pdftotext', ['-v']) ? [] : ['poppler-utils']),
    ...(core ? [] : ['fonts-noto-core']),
    ...(cjk ? [] : ['fonts-noto-cjk']),
  ];
  if (missing.length === 0) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

function strings(lng: string, ns: string): (key: string) => string {
  const data = JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Record<string, unknown>;
  return (key) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data) as string;
}

// PDF text keeps the letters but not always the joins: shaping splits off marks, moves punctuation to the visual
// end of a run and stores two-letter ligatures that start with lam (lam-alef, lam-yeh) in drawing order.
// Both sides get the same canonical form, so the order of every other letter is still checked.
function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\u064b-\u065f\u0670]/g, '')
      .replace(/\u0644([\u0627\u0622\u0623\u0625\u0649\u064a])/g, '$1\u0644')
      // Indic vowel signs and viramas are stored in drawing order (a vowel sign may come before its consonant).
      .replace(/[\u0900-\u0DFF](?<=\p{M})/gu, '')
      .split(/[\s\p{P}\p{S}]+/u)
      .filter(Boolean)
  );
}

/** The first place where a run's words appear in order, allowing a few other words between (a wrapped line). */
function findRun(text: readonly string[], run: readonly string[], from = 0, slack = 8): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== run[0]) continue;
    let at = i;
    const ok = run.slice(1).every((w) => {
      const next = text.indexOf(w, at + 1);
      if (next < 0 || next - i > run.length + slack) return false;
      at = next;
      return true;
    });
    if (ok) return i;
  }
  return -1;
}

/** Where a phrase starts in the text, or -1. pdftotext emits the parts of a right-to-left line between
 * punctuation in drawing order, so each part must read in order, but parts may swap within a line. */
function findPhrase(text: readonly string[], phrase: string, from = 0): number {
  // Chinese has no spaces, and pdftotext puts spaces inside Indic words: there, the letters must follow each other exactly.
  if (/[\p{Script=Han}\u0900-\u0DFF]/u.test(phrase)) {
    const letters = text.join('');
    const found = phrase
      .split(/\p{P}+/u)
      .map((part) => words(part).join(''))
      .filter(Boolean)
      .map((run) => letters.indexOf(run, from));
    return found.length === 0 || found.includes(-1) ? -1 : Math.min(...found);
  }
  const runs = phrase
    .split(/\p{P}+/u)
    .map(words)
    .filter((r) => r.length > 0);
  const found = runs.map((run) => findRun(text, run, from));
  return found.includes(-1) ? -1 : Math.min(...found);
}

/** Where each phrase starts, each looked for after the one before it (-1: not found in that order). */
function findInOrder(text: readonly string[], phrases: readonly string[]): number[] {
  let from = 0;
  return phrases.map((phrase) => {
    const at = findPhrase(text, phrase, from);
    if (at >= 0) from = at + 1;
    return at;
  });
}

async function printLeaflet(browser: Browser, url: string, name: string, waitFor: string): Promise<string> {
  const context = await phoneContext(browser, { width: 1024 });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByText(waitFor, { exact: false }).first().waitFor();
  // The topic bodies and their strings arrive lazily after the checklist; print once they are all in.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const file = join(outDir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await context.close();
  return file;
}

beforeAll(ensurePdfTools);

const cases = [
  {
    lang: 'ar',
    area: 'sefton',
    topic: 'gp',
    ns: 'health',
    script: /[\u0600-\u06ff]/gu,
    font: 'NotoSansArabic',
    topicKeys: ['howto.title', 'interpreter.title', 'interpreter.children'],
  },
  {
    lang: 'ti',
    area: 'stockton',
    topic: 'esol',
    ns: 'esol',
    script: /[\u1200-\u137f]/gu,
    font: 'NotoSansEthiopic',
    topicKeys: ['eligible.title', 'where.title', 'cafes.title'],
  },
  {
    lang: 'bn',
    area: 'sefton',
    topic: 'gp',
    ns: 'health',
    script: /[\u0980-\u09ff]/gu,
    font: 'NotoSansBengali',
    topicKeys: ['howto.title', 'interpreter.title', 'interpreter.children'],
  },
  {
    lang: 'pa',
    area: 'stockton',
    topic: 'gp',
    ns: 'health',
    script: /[\u0a00-\u0a7f]/gu,
    font: 'NotoSansGurmukhi',
    topicKeys: ['howto.title', 'interpreter.title', 'interpreter.children'],
  },
  {
    lang: 'hi',
    area: 'sefton',
    topic: 'esol',
    ns: 'esol',
    script: /[\u0900-\u097f]/gu,
    font: 'NotoSansDevanagari',
    topicKeys: ['eligible.title', 'where.title', 'cafes.title'],
  },
  {
    lang: 'zh-Hans',
    area: 'stockton',
    topic: 'esol',
    ns: 'esol',
    script: /\p{Script=Han}/gu,
    // Noto Sans CJK is a CFF font, which Chromium embeds as Type 3 glyphs without a name.
    font: 'Type 3',
    topicKeys: ['eligible.title', 'where.title', 'cafes.title'],
  },
];

describe.each(cases)('a welcome pack printed in $lang with English beside it', (c) => {
  let pdf = '';
  let text = '';
  const t = strings(c.lang, 'helpers');
  const en = strings('en', 'helpers');

  it.beforeAll(async ({ browser, server }) => {
    pdf = await printLeaflet(
      browser,
      `${server.url}/${c.lang}/${c.area}/leaflet?topics=checklist,${c.topic}&with=en`,
      c.lang,
      t('walkthrough.steps.report.hint'),
    );
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  });

  it('is A4 with the checklist on the first page and each topic on a page of its own', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)|Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    const pages = text.split('\f');
    expect(findPhrase(words(pages[0]!), t('leaflet.checklist'))).toBeGreaterThanOrEqual(0);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
  });

  it('embeds a font for the script, so no letter prints as a box', () => {
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toContain(c.font);
    expect(text).not.toContain('\ufffd');
    expect(text.normalize('NFKC').match(c.script)?.length ?? 0).toBeGreaterThan(200);
  });

  it('keeps the person’s language in reading order, step after step', () => {
    const all = words(text);
    const steps = ['gp', 'bins', 'migrantHelp', 'esol', 'schools', 'report'].map((id) => t(`walkthrough.steps.${id}.hint`));
    const phrases = [t('leaflet.checklist'), ...steps];
    const positions = findInOrder(all, phrases);
    expect(phrases.filter((_, i) => positions[i]! < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('prints the topic itself in both languages, its sections in order', () => {
    const all = words(text);
    const topic = strings(c.lang, c.ns);
    const english = strings('en', c.ns);
    const positions = findInOrder(
      all,
      c.topicKeys.map((key) => topic(key)),
    );
    expect(c.topicKeys.filter((_, i) => positions[i]! < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const key of c.topicKeys) expect(findPhrase(all, english(key))).toBeGreaterThanOrEqual(0);
    expect(findPhrase(all, en('leaflet.checklist'))).toBeGreaterThanOrEqual(0);
  });
});
