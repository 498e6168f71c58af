import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../locales/en/bins.json';
import { seedArea } from '../../content/seed-packs';
import { pointsText } from '../../helper-tools/topic-body/english-points';
import { i18n } from '../../language/i18n';
import { binPoints } from './bins-points';

// The seed packs' bin rules (src/packs), as the page reads them.
const STOCKTON_BINS = seedArea('stockton')!.bins!;

describe('binPoints', () => {
  beforeAll(() => i18n.loadNamespaces(['bins', 'dates']));

  it('reads the rules in English in page order, each sentence with its own values and plural form', () => {
    const text = pointsText(en, binPoints(STOCKTON_BINS, en, i18n.getFixedT('en', 'bins'))).split('\n');
    expect(text[0]).toBe(en.container.stockton.green.name);
    expect(text).toContain('You get a small caddy for the kitchen (5 litres) and a bigger caddy to put outside (23 litres).');
    expect(text).toContain('It is collected every two weeks in the season (36 weeks a year).');
    expect(text.indexOf(en.rules.christmas)).toBeGreaterThan(text.indexOf(en.rules.general));
    expect(text.at(-1)).toBe(en.contact.stockton);
    // Two times in the general rules (out by 7:00, missed after 16:30): each sentence keeps its own.
    expect(text.filter((l) => l.includes('7:00') || l.includes('16:30'))).toHaveLength(2);
  });
});
