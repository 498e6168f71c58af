import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedArea } from '../content/seed-packs';
import { Sentence } from '../report/Sentence';
import { formatLitres } from '../topics/bins/bin-words';
import { Phrase } from '../topics/bins/Phrase';
import { countOfRule } from '../topics/bins/rule-values';
import { sayWith } from '../ui/say';
import { i18n } from './i18n';

const LANGS = ['en', 'ar', 'fr', 'ps', 'so'];
// Which value picks the GP topic's plural forms, as its seed pack says.
const HEALTH = seedArea('sefton')!.topics.gp!;

beforeAll(() => {
  for (const lng of LANGS) {
    for (const ns of ['health', 'bins', 'report']) {
      i18n.addResourceBundle(lng, ns, JSON.parse(readFileSync(join(process.cwd(), 'locales', lng, `${ns}.json`), 'utf8')), true);
    }
  }
});

const text = (node: ComponentChildren) => render(<p>{node}</p>).container.textContent ?? '';
const arrive = (lng: string, days: number) =>
  text(sayWith(i18n.getFixedT(lng, 'health'), { hc2Days: String(days) }, HEALTH.counts)('hc2.arrive'));

describe('sentences with a count', () => {
  it('say English "1 day" and "5 days"', () => {
    expect(arrive('en', 1)).toBe('It should come within 1 day of your section 95 letter.');
    expect(arrive('en', 5)).toBe('It should come within 5 days of your section 95 letter.');
  });

  it('give Arabic its own form for 1, 2, 5, 11 and 100 days', () => {
    const forms = [1, 2, 5, 11, 100].map((n) => arrive('ar', n));
    expect(forms[0]).toContain('يوم واحد');
    expect(forms[1]).toContain('يومين');
    expect(forms[2]).toContain('5 أيام');
    expect(forms[3]).toContain('11 يومًا');
    expect(forms[4]).toContain('100 يوم ');
    expect(new Set(forms).size).toBe(5);
  });

  it('use the singular for 1 and the plural for 5 in French, Pashto and Somali', () => {
    expect(arrive('fr', 1)).toContain('1 jour après');
    expect(arrive('fr', 5)).toContain('5 jours après');
    expect(arrive('ps', 1)).toContain('1 ورځ کې');
    expect(arrive('ps', 5)).toContain('5 ورځو کې');
    expect(arrive('so', 1)).toContain('1 maalin');
    expect(arrive('so', 5)).toContain('5 maalmood');
  });

  it('count litres on the bins page: 1 litre, 5 litres, لتر واحد, 5 لترات, 23 لترًا', () => {
    expect(formatLitres(1, i18n.getFixedT('en', 'bins'))).toBe('1 litre');
    expect(formatLitres(5, i18n.getFixedT('en', 'bins'))).toBe('5 litres');
    expect(formatLitres(1, i18n.getFixedT('ar', 'bins'))).toBe('لتر واحد');
    expect(formatLitres(5, i18n.getFixedT('ar', 'bins'))).toBe('5 لترات');
    expect(formatLitres(23, i18n.getFixedT('ar', 'bins'))).toBe('23 لترًا');
  });

  it('pick a bin rule sentence by its count value', () => {
    const t = i18n.getFixedT('en', 'bins');
    const values = (weeks: number) => ({ year: { kind: 'year', year: 2022 }, weeks: { kind: 'count', count: weeks } }) as const;
    const say = (weeks: number) =>
      text(
        <Phrase
          t={t}
          k="rules.sefton.green.note.every"
          values={{ year: { text: '2022' }, weeks: { text: String(weeks) } }}
          count={countOfRule(values(weeks))}
        />,
      );
    expect(say(1)).toBe('In 2022 it was collected every week.');
    expect(say(3)).toBe('In 2022 it was collected every 3 weeks.');
  });

  it('word the waiting report by its number of days', () => {
    const t = i18n.getFixedT('ar', 'report');
    const say = (days: number) => text(<Sentence t={t} k="status.waitingLong" values={{ days: String(days) }} count={days} />);
    expect(say(2)).toContain('أكثر من يومين');
    expect(say(3)).toContain('أكثر من 3 أيام');
  });
});
