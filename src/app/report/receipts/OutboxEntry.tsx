import { useT } from '../../language/use-t';
import type { OutboxItem } from '../../storage/db';
import { codeKey, fieldOf, labelKey } from '../form/field-paths';
import { formatWhen } from '../../language/dates';
import { kickSender } from '../delivery/outbox-runner';
import { retryRefused } from '../outbox/outbox-store';
import { PhoneCall } from '../advice/PhoneCall';
import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { Sentence } from '../Sentence';
import { ShowToHelper } from './ShowToHelper';
import { ESCALATE_AFTER_MS, statusOf, waitedTooLong } from './status-view';

const ESCALATE_DAYS = ESCALATE_AFTER_MS / (24 * 3600_000);

interface Props {
  item: OutboxItem;
  now: number;
  onFix: (item: OutboxItem) => void;
  onDelete: (item: OutboxItem) => void;
  /** the page's area, whose pack is loaded (the report may be from another area) */
  area?: string;
}

/** One waiting report: what it is, where it stands in plain words, and what the person can do. */
export function OutboxEntry({ item, now, onFix, onDelete, area = item.area }: Props) {
  const { t } = useT('report');
  const status = statusOf(item);
  // The service kept refusing it for a day: nothing is wrong with the words, so it may be tried again.
  const refused = status === 'attention' && item.refusal !== undefined;
  const tryAgain = () => void retryRefused(item.id, Date.now()).then(() => kickSender('sendNow'));
  const migrantHelp = hasAreaContent(area) ? factsOf(area).phone('migrant-help') : undefined;
  const saved = formatWhen(item.createdAt, t);
  const reason = (item.errors ?? []).map((e) => `${t(labelKey(fieldOf(e.field)))}: ${t(codeKey(e.code))}`).join(' ');
  return (
    <li class={`report-entry report-entry-${status}`}>
      <p class="report-entry-title">{t(`category.${item.category}`)}</p>
      <p class="report-muted">{t('status.savedOn', { date: saved })}</p>
      <p class="report-status">{status === 'attention' ? t('status.attention', { reason }) : t(`status.${status}`)}</p>
      {status === 'saved' && item.retryReason && <p class="report-muted">{t(`status.${item.retryReason}`)}</p>}
      {refused && <p>{t('status.refused', { status: String(item.refusal!.status) })}</p>}
      {waitedTooLong(item, now) && (
        <div class="notice report-escalate">
          <p>
            <Sentence t={t} k="status.waitingLong" values={{ days: String(ESCALATE_DAYS) }} count={ESCALATE_DAYS} />
          </p>
          {migrantHelp && <PhoneCall phone={migrantHelp} label={t('route.call', { name: 'Migrant Help' })} />}
        </div>
      )}
      {(status === 'attention' || status === 'paused') && (
        <div class="report-actions">
          {refused && (
            <button type="button" class="button" onClick={tryAgain}>
              {t('status.tryAgain')}
            </button>
          )}
          {status === 'attention' && (
            <button type="button" class="button" onClick={() => onFix(item)}>
              {t('status.fix')}
            </button>
          )}
          {refused && <ShowToHelper item={item} />}
          <button type="button" class="button button-quiet" onClick={() => onDelete(item)}>
            {t('status.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
