// Links that open an address in the phone's own maps app (geo:) or, where geo: is not understood, OpenStreetMap.
export interface Mappable {
  lines: readonly string[];
  postcode: string;
  lat?: number;
  lon?: number;
}

export function addressText(place: Mappable): string {
  return [...place.lines, place.postcode].join(', ');
}

export function geoUri(place: Mappable): string {
  if (place.lat !== undefined && place.lon !== undefined) return `geo:${place.lat},${place.lon}?q=${place.lat},${place.lon}`;
  // Without coordinates, geo:0,0?q= asks the maps app to search for the address itself.
  return `geo:0,0?q=${encodeURIComponent(addressText(place))}`;
}

export function openStreetMapUrl(place: Mappable): string {
  if (place.lat !== undefined && place.lon !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lon}#map=17/${place.lat}/${place.lon}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressText(place))}`;
}
