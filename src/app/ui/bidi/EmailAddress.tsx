import { Fragment } from 'preact';
import { splitEmail } from './email-parts';

/** An e-mail address that reads left to right in any language and wraps only after "@" and dots. */
export function EmailAddress({ address }: { address: string }) {
  return (
    <bdi dir="ltr" class="ltr email-address">
      {splitEmail(address).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </bdi>
  );
}
