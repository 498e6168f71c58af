import { useT } from '../../language/use-t';
import { EMERGENCY } from '../../content/emergency-lines';
import { Sentence } from '../Sentence';
import { sayNamed } from '../../ui/say';

/** Plain words on who reads the report and what they do with it, before any consent is asked. */
export function WhoReceives({ area }: { area: string }) {
  const { t } = useT('report');
  const { t: common } = useT();
  return (
    <section class="report-who" aria-labelledby="report-who-title">
      <h2 id="report-who-title">{t('who.title')}</h2>
      <p>{sayNamed(t, 'who.team', { area: common(`area.${area}.name`) })}</p>
      <p>{t('who.does')}</p>
      <p>
        <Sentence t={t} k="who.notEmergency" values={{ emergency: EMERGENCY.display }} />
      </p>
    </section>
  );
}
