import { useT } from '../../language/use-t';
import { FactSources } from './FactSources';
import { PhoneCall } from './PhoneCall';
// 999 and the gas line are code, not pack data: this block shows before any pack is on the phone.
import { EMERGENCY, EMERGENCY_FACTS, GAS_EMERGENCY } from '../../content/emergency-lines';
import { Sentence } from '../Sentence';

/** The first thing on the report page, before any choice: 999 for danger, the gas emergency line for gas or carbon monoxide. */
export function EmergencyFirst() {
  const { t } = useT('report');
  return (
    <section class="report-danger report-emergency" aria-labelledby="report-emergency-title">
      <h2 id="report-emergency-title">{t('emergency.title')}</h2>
      <p>
        <Sentence t={t} k="emergency.danger" values={{ emergency: EMERGENCY.display }} />
      </p>
      <PhoneCall phone={EMERGENCY} digits={false} label={<Sentence t={t} k="danger.call" values={{ number: EMERGENCY.display }} />} />
      <p>{t('emergency.gas')}</p>
      <PhoneCall phone={GAS_EMERGENCY} label={t('emergency.callGas')} />
      <FactSources facts={EMERGENCY_FACTS} />
    </section>
  );
}
