import type { AreaId } from '../../../shared/areas';
import type { Place } from '../../content/area-content';
import { areaContent } from '../../content/current-area';
import { areaWords } from '../../content/area-words';
import { useT } from '../../language/use-t';
import { AddressLink } from '../../ui/links/AddressLink';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { PlaceList } from '../../ui/PlaceList';

type Listed = Place & { lat?: number; lon?: number };

/** Local organisations a source confirms, each with what it does and any verified number or address. */
export function LocalPlaces({ area }: { area: AreaId }) {
  const { t, langOf } = areaWords(useT('contacts').t, area, 'contacts');
  const places: Listed[] = areaContent(area).local.places.map((p) => ({ ...p, lat: p.address?.lat, lon: p.address?.lon }));
  return (
    <PlaceList
      places={places}
      render={(place) => (
        <>
          <h3 lang="en-GB" dir="ltr">
            {place.name}
          </h3>
          <p {...langOf(`local.${area}.${place.id}`)}>{t(`local.${area}.${place.id}`)}</p>
          {place.address && <AddressLink address={place.address} />}
          {place.phone && <PhoneLink phone={place.phone} />}
        </>
      )}
    />
  );
}
