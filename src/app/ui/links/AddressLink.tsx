import type { AddressFact } from '../../content/fact';
import { useT } from '../../language/use-t';
import { Icon } from '../Icon';
import { geoUri, openStreetMapUrl } from './map-links';

/** An address as written on letters, opening in the phone's maps app, with OpenStreetMap for phones without geo:. */
export function AddressLink({ address }: { address: AddressFact }) {
  const { t } = useT('content');
  return (
    <div class="address">
      <address lang="en-GB" dir="ltr">
        {address.lines.map((line) => (
          <span key={line}>
            {line}
            <br />
          </span>
        ))}
        {address.postcode}
      </address>
      <a class="button button-quiet action-link" href={geoUri(address)}>
        <Icon name="pin" /> <span>{t('openMaps')}</span>
      </a>
      <a class="map-fallback" href={openStreetMapUrl(address)} rel="noreferrer">
        {t('openStreetMap')}
      </a>
    </div>
  );
}
