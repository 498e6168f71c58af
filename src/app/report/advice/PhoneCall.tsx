import type { ComponentChildren } from 'preact';
import type { PhoneFact } from '../../content/fact';
import { Icon } from '../../ui/Icon';
import './phone-call.css';

/** One tap to call. The digits always read left to right, also inside right-to-left text. */
export function PhoneCall({ phone, label, digits = true }: { phone: PhoneFact; label: ComponentChildren; digits?: boolean }) {
  return (
    <a class="button report-call" href={`tel:${phone.digits}`}>
      <Icon name="phone" /> <span>{label}</span>
      {digits && (
        <>
          {' '}
          <bdi dir="ltr" class="ltr">
            {phone.display}
          </bdi>
        </>
      )}
    </a>
  );
}
