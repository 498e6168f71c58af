import type { Sourced } from '../../content/fact';
import { useT } from '../../language/use-t';
import { Icon } from '../Icon';

/** Said on screen, next to the fact: no publisher page confirmed all of it yet. */
export function CheckNote({ fact }: { fact: Sourced }) {
  const { t } = useT('content');
  if (fact.caveat !== 'check') return null;
  return (
    <p class="notice">
      <Icon name="info" /> <span>{t('checkTag')}</span>
    </p>
  );
}
