import type { LinkFact } from '../../content/fact';
import { useT } from '../../language/use-t';
import { Icon } from '../Icon';

/** A link to another organisation's website; no referrer is sent, so the visit stays private. */
export function WebLink({ link, label }: { link: LinkFact; label?: string }) {
  const { t } = useT('content');
  return (
    <a class="button button-quiet action-link" href={link.url} rel="noreferrer">
      <Icon name="globe" /> <span>{label ?? t('website')}</span>
    </a>
  );
}
