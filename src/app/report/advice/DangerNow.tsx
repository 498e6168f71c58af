import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { useT } from '../../language/use-t';
import { FactSources } from './FactSources';
import { PhoneCall } from './PhoneCall';
import { EMERGENCY, INTERPRETER_999 } from './routes-data';
import { Sentence } from '../Sentence';

/** 999 first, and how to ask for an interpreter in the person's own language. */
export function DangerNow() {
  const { t, lng } = useT('report');
  const language = isLanguageCode(lng) ? getLanguage(lng).english : 'English';
  return (
    <section class="report-danger" aria-labelledby="report-danger-title">
      <h2 id="report-danger-title">{t('danger.title')}</h2>
      <p>
        <Sentence t={t} k="danger.text" values={{ emergency: EMERGENCY.display }} />
      </p>
      <PhoneCall phone={EMERGENCY} digits={false} label={<Sentence t={t} k="danger.call" values={{ number: EMERGENCY.display }} />} />
      <p>{lng === 'en' ? t('danger.interpreterAny') : <Sentence t={t} k="danger.interpreter" values={{ language }} />}</p>
      <FactSources facts={[EMERGENCY, INTERPRETER_999]} />
    </section>
  );
}
