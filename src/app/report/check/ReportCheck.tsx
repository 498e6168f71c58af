import type { IssueReport } from '../../../shared/report';
import { useT } from '../../language/use-t';
import type { OutboxItem } from '../../storage/db';
import type { FormValues } from '../form/form-values';
import { ReportSummary } from './ReportSummary';
import { buildReport } from '../draft/save-report';
import { SendReport } from './SendReport';
import { sayNamed } from '../../ui/say';

interface Props {
  values: FormValues;
  area: string;
  onEdit: () => void;
  onBeforeSave: () => void;
  onSaved: (item: OutboxItem) => void;
  onSentDirect: (reference: string) => void;
}

/** "Check your report": both languages side by side, who gets it, then send. */
export function ReportCheck({ values, area, onEdit, onBeforeSave, onSaved, onSentDirect }: Props) {
  const { t, lng } = useT('report');
  const { t: common } = useT();
  const build = (): IssueReport | undefined => {
    onBeforeSave();
    return buildReport(values, { area, language: lng });
  };
  return (
    <section class="stack" aria-labelledby="report-check-title">
      <h2 id="report-check-title">{t('check.title')}</h2>
      <p>{t('check.intro')}</p>
      <ReportSummary values={values} />
      <p>{t('check.ownWords')}</p>
      <p>{sayNamed(t, 'who.team', { area: common(`area.${area}.name`) })}</p>
      <button type="button" class="button button-quiet" onClick={onEdit}>
        {t('check.change')}
      </button>
      <SendReport build={build} onSaved={onSaved} onSentDirect={onSentDirect} />
    </section>
  );
}
