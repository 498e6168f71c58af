import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { useT } from '../../language/use-t';
import { FactSources } from './FactSources';
import { PhoneCall } from './PhoneCall';
import { factsOf } from '../../content/area-facts';
import { EMERGENCY } from '../../content/emergency-lines';
import { Sentence } from '../Sentence';

/** 999 first (from code, like the top of the page), and how to ask for an interpreter in the person's own language (the pack's fact). */
export function DangerNow({ area }: { area: string }) {
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
      <FactSources facts={[EMERGENCY, factsOf(area).rule('interpreter-999')]} />
    </section>
  );
}
