import { useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import type { OutboxItem } from '../../storage/db';
import { valuesFromReport } from '../draft/draft-values';
import { ReportSummary } from '../check/ReportSummary';

/** A report the service will not take, shown whole (with English beside it) so a helper can pass it on. */
export function ShowToHelper({ item }: { item: OutboxItem }) {
  const { t } = useT('report');
  const [open, setOpen] = useState(false);
  const values = valuesFromReport(item.payload as Record<string, unknown>);
  if (!values) return null;
  const summaryId = `report-show-${item.id}`;
  return (
    <>
      <button type="button" class="button button-quiet" aria-expanded={open} aria-controls={summaryId} onClick={() => setOpen(!open)}>
        {open ? t('status.hide') : t('status.show')}
      </button>
      <div id={summaryId} class="report-shown" hidden={!open}>
        {open && <ReportSummary values={{ ...values, consent: true }} />}
      </div>
    </>
  );
}
