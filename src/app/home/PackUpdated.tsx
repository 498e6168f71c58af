import { formatDay } from '../language/dates';
import { useT } from '../language/use-t';
import { packUpdatedAt } from '../content/pack-loader';
import { Icon } from '../ui/Icon';

/** "Information updated: <date>", when the phone picked up a newer pack of this area than it showed last time. */
export function PackUpdated({ area }: { area: string }) {
  const { t } = useT('content');
  const at = packUpdatedAt(area);
  if (!at) return null;
  return (
    <p class="notice" role="status">
      <Icon name="update" size={18} /> {t('packUpdated', { date: formatDay(at.slice(0, 10), t) })}
    </p>
  );
}
