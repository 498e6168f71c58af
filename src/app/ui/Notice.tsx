import { useLocation } from 'preact-iso';
import { useT } from '../language/use-t';
import { Icon } from './Icon';

const KNOWN = new Set(['lang', 'area', 'topic']);

/** Explains a redirect to the closest valid page (from ?notice=…). */
export function Notice() {
  const { query } = useLocation();
  const { t } = useT();
  const notice = query.notice;
  if (!notice || !KNOWN.has(notice)) return null;
  return (
    <p class="notice" role="status">
      <Icon name="info" /> {t(`notice.${notice}`)}
    </p>
  );
}
