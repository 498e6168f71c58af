import type { Sourced } from '../../content/fact';
import { isPossiblyOutOfDate, oldestCheck } from '../../content/freshness';
import { useT } from '../../language/use-t';
import { formatDay } from '../../language/dates';
import { Icon } from '../Icon';

/** "Last checked <date>" for a page's facts (the oldest check counts), with a warning once it is over a year old. */
export function LastChecked({ facts, today = new Date() }: { facts: readonly Sourced[]; today?: Date }) {
  const { t } = useT('content');
  const oldest = oldestCheck(facts);
  if (!oldest) return null;
  const stale = facts.some((f) => isPossiblyOutOfDate(f.checked, today));
  return (
    <div class="last-checked">
      <p>
        <Icon name="update" size={18} /> {t('lastChecked', { date: formatDay(oldest, t) })}
      </p>
      {stale && (
        <p class="notice">
          <Icon name="info" /> {t('outOfDate')}
        </p>
      )}
    </div>
  );
}
