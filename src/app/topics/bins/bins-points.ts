// The bins rules as a list of English lines (one point each) for reading aloud on a phone with no voice for the
// page's language: headings and rule sentences, each with its own values; a counted sentence picks _one or _other.
import type { TFunction } from 'i18next';
import type { AreaBinRules, BinRule } from '../../content/bins/bin-rules';
import { lookup, type Strings } from '../../content/section-strings';
import type { TopicPoint } from '../../content/topic-bodies';
import { countOfRule, showRuleValues } from './rule-values';

function line(id: string, heading: string, values?: Readonly<Record<string, string>>): TopicPoint {
  return { id, heading, text: [], ...(values ? { values } : {}) };
}

function ruleKey(strings: Strings, key: string, count: number | undefined): string {
  if (lookup(strings, key) !== '' || count === undefined) return key;
  return `${key}_${count === 1 ? 'one' : 'other'}`;
}

function ruleLines(strings: Strings, t: TFunction, base: string, rules: readonly BinRule[]): TopicPoint[] {
  return rules.map((r) => {
    const values = Object.fromEntries(Object.entries(showRuleValues(r.values, t)).map(([k, v]) => [k, v.text]));
    return line(`${base}.${r.id}`, ruleKey(strings, `${base}.${r.id}`, countOfRule(r.values)), values);
  });
}

/** `t` writes values (litres, dates) in English; `strings` is the English bins file. */
export function binPoints(rules: AreaBinRules, strings: Strings, t: TFunction): TopicPoint[] {
  const area = rules.area;
  return [
    line('bins-rules', 'rules.heading'),
    ...rules.containers.flatMap((c) => [
      line(`bins-rule-${c.id}`, `container.${area}.${c.id}.name`),
      line(`bins-rule-${c.id}-in`, 'rules.goesIn'),
      ...ruleLines(strings, t, `rules.${area}.${c.id}.in`, c.goesIn),
      ...(c.neverIn.length > 0 ? [line(`bins-rule-${c.id}-never`, 'rules.neverIn')] : []),
      ...ruleLines(strings, t, `rules.${area}.${c.id}.never`, c.neverIn),
      ...ruleLines(strings, t, `rules.${area}.${c.id}.note`, c.notes),
    ]),
    line('bins-general', 'rules.general'),
    ...ruleLines(strings, t, `rules.${area}.general`, rules.general),
    line('bins-christmas', 'rules.christmas'),
    ...ruleLines(strings, t, `rules.${area}.christmas`, rules.christmas),
    line('bins-contact', 'contact.heading'),
    line('bins-contact-text', `contact.${area}`),
  ];
}
