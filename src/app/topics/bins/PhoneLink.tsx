// One tap to call: the number reads left to right inside any language.
import type { PhoneFact } from '../../content/fact';
import { Icon } from '../../ui/Icon';

export function PhoneLink({ phone, label }: { phone: PhoneFact; label: string }) {
  return (
    <a class="button button-quiet" href={`tel:${phone.digits}`}>
      <Icon name="phone" /> <span>{label}</span>{' '}
      <bdi dir="ltr" class="ltr">
        {phone.display}
      </bdi>
    </a>
  );
}
