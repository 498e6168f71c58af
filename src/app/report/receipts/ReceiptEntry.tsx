import { useT } from '../../language/use-t';
import { formatWhen } from '../../language/dates';
import type { Receipt } from '../../storage/db';
import { Sentence } from '../Sentence';
import { statusKey } from './receipt-status';

/** One sent report: its reference, and what the support team last did with it, as this phone last heard. */
export function ReceiptEntry({ receipt: r }: { receipt: Receipt }) {
  const { t } = useT('report');
  const seen = r.seen;
  return (
    <li class="report-entry report-entry-sent">
      <p class="report-entry-title">{t(`category.${r.category}`)}</p>
      <p class="report-status">
        <Sentence t={t} k="status.sent" values={{ reference: r.reference }} />
      </p>
      <p class="report-muted">{t('status.sentOn', { date: formatWhen(r.sentAt, t, false) })}</p>
      {seen && (
        <div class="report-progress">
          <p class="report-status">{t(statusKey(seen))}</p>
          {seen.note && (
            <>
              <p>{t('progress.note')}</p>
              <blockquote lang="en" dir="ltr" class="report-note">
                {seen.note}
              </blockquote>
              <p class="report-muted">{t('progress.noteHint')}</p>
            </>
          )}
        </div>
      )}
      {r.statusToken && seen?.status !== 'closed' && <p class="report-muted">{t('progress.next')}</p>}
      {r.checkedAt !== undefined && <p class="report-muted">{t('progress.checked', { date: formatWhen(r.checkedAt, t) })}</p>}
    </li>
  );
}
