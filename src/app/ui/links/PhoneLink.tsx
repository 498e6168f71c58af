import type { PhoneFact } from '../../content/fact';
import { useT } from '../../language/use-t';
import { Icon } from '../Icon';
import { sayWith } from '../say';

/** One tap to call (or text) a number; names and digits read left to right in any language. */
export function PhoneLink({ phone }: { phone: PhoneFact }) {
  const { t } = useT('content');
  const text = phone.use === 'text';
  const label = text ? t('text') : phone.name ? sayWith(t, { name: phone.name })('callName') : t('call');
  return (
    <a class="button action-link" href={`${text ? 'sms' : 'tel'}:${phone.digits}`}>
      <Icon name="phone" /> <span>{label}</span>{' '}
      <bdi dir="ltr" class="ltr">
        {phone.display}
      </bdi>
    </a>
  );
}
