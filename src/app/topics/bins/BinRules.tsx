// The rules page: what goes in each container and what never does, how collections work, and Christmas.
import type { TFunction } from '../../language/translator';
import type { AreaBinRules, BinRule, Container } from '../../content/bins/bin-rules';
import { areaWords, type AreaWords } from '../../content/area-words';
import { useT } from '../../language/use-t';
import { ContainerLabel } from './ContainerLabel';
import { Phrase } from './Phrase';
import { countOfRule, showRuleValues } from './rule-values';

type ItemsProps = { t: TFunction; words: AreaWords; base: string; rules: readonly BinRule[]; as?: 'li' | 'p' };

function RuleItems({ t, words, base, rules, as: Tag = 'li' }: ItemsProps) {
  return (
    <>
      {rules.map((r) => (
        <Tag key={r.id} {...words.langOf(`${base}.${r.id}`, countOfRule(r.values))}>
          <Phrase t={words.t} k={`${base}.${r.id}`} values={showRuleValues(r.values, t)} count={countOfRule(r.values)} />
          {r.caveat === 'check' && <strong class="bins-check"> {t('rules.check')}</strong>}
        </Tag>
      ))}
    </>
  );
}

interface CardProps {
  t: TFunction;
  words: AreaWords;
  rules: AreaBinRules;
  container: Container;
  id: (name: string) => string | undefined;
  /** a point of its own (helper tools): a <section> with an h2, not an <article> under "What goes in each bin" */
  point: boolean;
}

function ContainerCard({ t, words, rules, container: c, id, point }: CardProps) {
  const area = rules.area;
  const Card = point ? 'section' : 'article';
  const Name = point ? 'h2' : 'h3';
  return (
    <Card id={id(`bins-rule-${c.id}`)} class="bins-card" aria-labelledby={id(`bins-rule-${c.id}-name`)}>
      <Name id={id(`bins-rule-${c.id}-name`)} class="bins-card-name">
        <ContainerLabel t={t} area={area} container={c} />
      </Name>
      <h4>{t('rules.goesIn')}</h4>
      <ul>
        <RuleItems t={t} words={words} base={`rules.${area}.${c.id}.in`} rules={c.goesIn} />
      </ul>
      {c.neverIn.length > 0 && (
        <>
          <h4>{t('rules.neverIn')}</h4>
          <ul class="bins-never">
            <RuleItems t={t} words={words} base={`rules.${area}.${c.id}.never`} rules={c.neverIn} />
          </ul>
        </>
      )}
      <RuleItems t={t} words={words} base={`rules.${area}.${c.id}.note`} rules={c.notes} as="p" />
      {rules.pattern.notScheduled.includes(c.id) && <p class="bins-small">{t('rules.notScheduled')}</p>}
    </Card>
  );
}

/** `anchors` false for a second copy on the same page (side by side), so ids stay unique; `points` gives each
 * container a section of its own, so show to person has one bin per screen. */
export function BinRules({ rules, anchors = true, points = false }: { rules: AreaBinRules; anchors?: boolean; points?: boolean }) {
  const { t } = useT('bins');
  const area = rules.area;
  const words = areaWords(t, area, 'bins');
  const id = (name: string) => (anchors ? name : undefined);
  const cards = rules.containers.map((c) => (
    <ContainerCard key={c.id} t={t} words={words} rules={rules} container={c} id={id} point={points} />
  ));
  return (
    <>
      {points ? (
        cards
      ) : (
        <section class="stack" aria-labelledby={id('bins-rules')}>
          <h2 id={id('bins-rules')}>{t('rules.heading')}</h2>
          {cards}
        </section>
      )}
      <section class="stack" aria-labelledby={id('bins-general')}>
        <h2 id={id('bins-general')}>{t('rules.general')}</h2>
        <ul>
          <RuleItems t={t} words={words} base={`rules.${area}.general`} rules={rules.general} />
        </ul>
      </section>
      <section class="stack" aria-labelledby={id('bins-christmas')}>
        <h2 id={id('bins-christmas')}>{t('rules.christmas')}</h2>
        <RuleItems t={t} words={words} base={`rules.${area}.christmas`} rules={rules.christmas} as="p" />
      </section>
    </>
  );
}
