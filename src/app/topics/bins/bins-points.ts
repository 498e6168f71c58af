// The bins rules as English points (a container, the general rules, Christmas, who to call) for reading aloud on a
// phone with no voice for the page's language; a counted sentence picks its _one or _other key.
import type { TFunction } from '../../language/translator';
import type { AreaBinRules, BinRule } from '../../content/bins/bin-rules';
import { lookup, type Strings } from '../../content/section-strings';
import type { TopicPoint } from '../../content/topic-bodies';
import { countOfRule, showRuleValues } from './rule-values';

interface Sentence {
  key: string;
  values: Record<string, string>;
}

function ruleKey(strings: Strings, key: string, count: number | undefined): string {
  if (lookup(strings, key) !== '' || count === undefined) return key;
  return `${key}_${count === 1 ? 'one' : 'other'}`;
}

function sentences(strings: Strings, t: TFunction, base: string, rules: readonly BinRule[]): Sentence[] {
  return rules.map((r) => ({
    key: ruleKey(strings, `${base}.${r.id}`, countOfRule(r.values)),
    values: Object.fromEntries(Object.entries(showRuleValues(r.values, t)).map(([k, v]) => [k, v.text])),
  }));
}

function clashes(values: Readonly<Record<string, string>>, part: string | Sentence): boolean {
  return (
    typeof part !== 'string' && Object.entries(part.values).some(([name, value]) => values[name] !== undefined && values[name] !== value)
  );
}

function valuesOf(parts: readonly (string | Sentence)[]): Record<string, string> {
  return Object.assign({}, ...parts.map((part) => (typeof part === 'string' ? {} : part.values))) as Record<string, string>;
}

function keyOf(part: string | Sentence): string {
  return typeof part === 'string' ? part : part.key;
}

/** A heading, then sentences and sub-headings. A point has one set of values, so where two sentences fill the same
 * {{name}} differently (two times), the second starts a new point, led by the sentence before it. */
function points(id: string, heading: string, parts: readonly (string | Sentence)[]): TopicPoint[] {
  const groups: (string | Sentence)[][] = [[heading]];
  for (const part of parts) {
    const group = groups.at(-1)!;
    if (!clashes(valuesOf(group), part)) group.push(part);
    else if (group.length > 2 && !clashes(valuesOf([group.at(-1)!]), part)) groups.push([group.pop()!, part]);
    else throw new Error(`${id}: two values for one {{name}}`);
  }
  return groups.map((group, i) => ({
    id: i === 0 ? id : `${id}-${i}`,
    heading: keyOf(group[0]!),
    text: group.slice(1).map(keyOf),
    values: valuesOf(group),
  }));
}

/** `t` writes values (litres, dates) in English; `strings` is the English bins file. */
export function binPoints(rules: AreaBinRules, strings: Strings, t: TFunction): TopicPoint[] {
  const area = rules.area;
  const say = (base: string, list: readonly BinRule[]) => sentences(strings, t, `rules.${area}.${base}`, list);
  return [
    ...rules.containers.flatMap((c) =>
      points(`bins-rule-${c.id}`, `container.${area}.${c.id}.name`, [
        'rules.goesIn',
        ...say(`${c.id}.in`, c.goesIn),
        ...(c.neverIn.length > 0 ? ['rules.neverIn', ...say(`${c.id}.never`, c.neverIn)] : []),
        ...say(`${c.id}.note`, c.notes),
      ]),
    ),
    ...points('bins-general', 'rules.general', say('general', rules.general)),
    ...points('bins-christmas', 'rules.christmas', say('christmas', rules.christmas)),
    ...points('bins-contact', 'contact.heading', [`contact.${area}`]),
  ];
}
