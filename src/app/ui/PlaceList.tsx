import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../language/use-t';
import { Icon } from './Icon';
import { hasPosition, sortByDistance, sortByName, type Located, type Position } from './places';
import { sayWith } from './say';

type Order = { by: 'name'; denied?: boolean } | { by: 'distance'; from: Position };

/**
 * Places sorted by name, or nearest first from the phone's location (GPS works offline). The button appears
 * only when some place has coordinates, and says before asking that the location never leaves the phone.
 */
export function PlaceList<T extends Located>({ places, render }: { places: readonly T[]; render: (place: T) => ComponentChildren }) {
  const { t } = useT('content');
  const [order, setOrder] = useState<Order>({ by: 'name' });
  const canSort = places.some(hasPosition) && typeof navigator !== 'undefined' && 'geolocation' in navigator;
  const rows = order.by === 'distance' ? sortByDistance(places, order.from) : sortByName(places).map((place) => ({ place, km: undefined }));
  const askPosition = () =>
    navigator.geolocation.getCurrentPosition(
      (p) => setOrder({ by: 'distance', from: { lat: p.coords.latitude, lon: p.coords.longitude } }),
      () => setOrder({ by: 'name', denied: true }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  return (
    <div class="places">
      {canSort && (
        <div class="places-sort">
          <p>{t('locationWhy')}</p>
          {order.by === 'name' ? (
            <button type="button" class="button button-quiet" onClick={askPosition}>
              <Icon name="pin" /> {t('nearest')}
            </button>
          ) : (
            <button type="button" class="button button-quiet" onClick={() => setOrder({ by: 'name' })}>
              {t('byName')}
            </button>
          )}
          <p role="status">{order.by === 'name' && order.denied ? t('locationDenied') : ''}</p>
        </div>
      )}
      <ul class="place-list" role="list">
        {rows.map(({ place, km }) => (
          <li key={place.id}>
            {render(place)}
            {km !== undefined && <p>{sayWith(t, { km: km.toFixed(1) })('distance')}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
