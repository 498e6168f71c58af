// The rules page: what goes in each container and what never does, how collections work, and Christmas.
import type { TFunction } from 'i18next';
import type { AreaBinRules, BinRule } from '../../content/bins/bin-rules';
import { useT } from '../../language/use-t';
import { ContainerLabel } from './ContainerLabel';
import { Phrase } from './Phrase';
import { countOfRule, showRuleValues } from './rule-values';

function RuleItems({ t, base, rules, as: Tag = 'li' }: { t: TFunction; base: string; rules: readonly BinRule[]; as?: 'li' | 'p' }) {
  return (
    <>
      {rules.map((r) => (
        <Tag key={r.id}>
          <Phrase t={t} k={`${base}.${r.id}`} values={showRuleValues(r.values, t)} count={countOfRule(r.values)} />
          {r.caveat === 'check' && <strong class="bins-check"> {t('rules.check')}</strong>}
        </Tag>
      ))}
    </>
  );
}

/** `anchors` false for a second copy on the same page (side by side), so ids stay unique. */
export function BinRules({ rules, anchors = true }: { rules: AreaBinRules; anchors?: boolean }) {
  const { t } = useT('bins');
  const area = rules.area;
  const id = (name: string) => (anchors ? name : undefined);
  return (
    <>
      <section class="stack" aria-labelledby={id('bins-rules')}>
        <h2 id={id('bins-rules')}>{t('rules.heading')}</h2>
        {rules.containers.map((c) => (
          <article key={c.id} id={id(`bins-rule-${c.id}`)} class="bins-card" aria-labelledby={id(`bins-rule-${c.id}-name`)}>
            <h3 id={id(`bins-rule-${c.id}-name`)}>
              <ContainerLabel t={t} area={area} container={c} />
            </h3>
            <h4>{t('rules.goesIn')}</h4>
            <ul>
              <RuleItems t={t} base={`rules.${area}.${c.id}.in`} rules={c.goesIn} />
            </ul>
            {c.neverIn.length > 0 && (
              <>
                <h4>{t('rules.neverIn')}</h4>
                <ul class="bins-never">
                  <RuleItems t={t} base={`rules.${area}.${c.id}.never`} rules={c.neverIn} />
                </ul>
              </>
            )}
            <RuleItems t={t} base={`rules.${area}.${c.id}.note`} rules={c.notes} as="p" />
            {rules.pattern.notScheduled.includes(c.id) && <p class="bins-small">{t('rules.notScheduled')}</p>}
          </article>
        ))}
      </section>
      <section class="stack" aria-labelledby={id('bins-general')}>
        <h2 id={id('bins-general')}>{t('rules.general')}</h2>
        <ul>
          <RuleItems t={t} base={`rules.${area}.general`} rules={rules.general} />
        </ul>
      </section>
      <section class="stack" aria-labelledby={id('bins-christmas')}>
        <h2 id={id('bins-christmas')}>{t('rules.christmas')}</h2>
        <RuleItems t={t} base={`rules.${area}.christmas`} rules={rules.christmas} as="p" />
      </section>
    </>
  );
}
