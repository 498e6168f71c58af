import type { AreaId } from '../../../shared/areas';
import { HAZARDS } from '../../../shared/hazards';
import { areaContent } from '../../content/current-area';
import { factsOf } from '../../content/area-facts';
import { EMERGENCY, GAS_EMERGENCY } from '../../content/emergency-lines';
import { useT } from '../../language/use-t';
import { FactSources } from './FactSources';
import { PhoneCall } from './PhoneCall';
import { Sentence } from '../Sentence';

/** Urgent repairs: what to do now, before any form; which hazards and what each rests on come from the pack. */
export function HazardAdvice({ area }: { area: AreaId }) {
  const { t } = useT('report');
  const advice = areaContent(area).hazards;
  const migrantHelp = factsOf(area).phone('migrant-help');
  return (
    <section class="report-hazards" aria-labelledby="report-hazards-title">
      <h2 id="report-hazards-title">{t('hazard.title')}</h2>
      <p>{t('hazard.intro')}</p>
      {HAZARDS.flatMap((h) => {
        const a = advice[h];
        if (!a) return [];
        return (
          <details key={h} class="report-hazard">
            <summary>{t(`hazard.${h}`)}</summary>
            {a.gasLine && (
              <>
                <p>{t('hazard.gasFirst')}</p>
                <PhoneCall phone={GAS_EMERGENCY} label={t('emergency.callGas')} />
              </>
            )}
            <p>
              <Sentence t={t} k={`hazard.${h}Do`} values={{ emergency: EMERGENCY.display }} />
            </p>
            <div class="report-actions">
              {a.emergency && (
                <PhoneCall
                  phone={EMERGENCY}
                  digits={false}
                  label={<Sentence t={t} k="danger.call" values={{ number: EMERGENCY.display }} />}
                />
              )}
              <PhoneCall phone={migrantHelp} label={t('route.call', { name: 'Migrant Help' })} />
            </div>
            <FactSources facts={a.facts} />
          </details>
        );
      })}
    </section>
  );
}
