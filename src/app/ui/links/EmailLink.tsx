import type { EmailFact } from '../../content/fact';
import { useT } from '../../language/use-t';
import { EmailAddress } from '../bidi/EmailAddress';
import { Icon } from '../Icon';

/** Opens the phone's email app with the address filled in. */
export function EmailLink({ email, label }: { email: EmailFact; label?: string }) {
  const { t } = useT('content');
  return (
    <a class="button button-quiet action-link" href={`mailto:${email.address}`}>
      <Icon name="mail" /> <span>{label ?? t('email')}</span> <EmailAddress address={email.address} />
    </a>
  );
}
