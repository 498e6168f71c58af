import { useT } from '../../language/use-t';
import { FactSources } from './FactSources';
import { PhoneCall } from './PhoneCall';
import { EMERGENCY, GAS_EMERGENCY, HAZARD_ADVICE, HAZARDS, MIGRANT_HELP } from './routes-data';
import { Sentence } from '../Sentence';

/** Urgent repairs: what to do now, before any form. */
export function HazardAdvice() {
  const { t } = useT('report');
  return (
    <section class="report-hazards" aria-labelledby="report-hazards-title">
      <h2 id="report-hazards-title">{t('hazard.title')}</h2>
      <p>{t('hazard.intro')}</p>
      {HAZARDS.map((h) => (
        <details key={h} class="report-hazard">
          <summary>{t(`hazard.${h}`)}</summary>
          {HAZARD_ADVICE[h].gasLine && (
            <>
              <p>{t('hazard.gasFirst')}</p>
              <PhoneCall phone={GAS_EMERGENCY} label={t('emergency.callGas')} />
            </>
          )}
          <p>
            <Sentence t={t} k={`hazard.${h}Do`} values={{ emergency: EMERGENCY.display }} />
          </p>
          <div class="report-actions">
            {HAZARD_ADVICE[h].emergency && (
              <PhoneCall
                phone={EMERGENCY}
                digits={false}
                label={<Sentence t={t} k="danger.call" values={{ number: EMERGENCY.display }} />}
              />
            )}
            <PhoneCall phone={MIGRANT_HELP} label={t('route.call', { name: 'Migrant Help' })} />
          </div>
          <FactSources facts={HAZARD_ADVICE[h].facts} />
        </details>
      ))}
    </section>
  );
}
