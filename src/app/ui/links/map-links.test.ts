import { describe, expect, it } from 'vitest';
import { addressText, geoUri, openStreetMapUrl } from './map-links';

const bosco = { lines: ['59-61 Merton Road', 'Bootle'], postcode: 'L20 7AP' };

describe('map links', () => {
  it('asks the maps app to search for an address that has no coordinates', () => {
    expect(addressText(bosco)).toBe('59-61 Merton Road, Bootle, L20 7AP');
    expect(geoUri(bosco)).toBe('geo:0,0?q=59-61%20Merton%20Road%2C%20Bootle%2C%20L20%207AP');
    expect(openStreetMapUrl(bosco)).toBe('https://www.openstreetmap.org/search?query=59-61%20Merton%20Road%2C%20Bootle%2C%20L20%207AP');
  });
  it('points straight at coordinates when a place has them', () => {
    const place = { ...bosco, lat: 53.45, lon: -2.99 };
    expect(geoUri(place)).toBe('geo:53.45,-2.99?q=53.45,-2.99');
    expect(openStreetMapUrl(place)).toBe('https://www.openstreetmap.org/?mlat=53.45&mlon=-2.99#map=17/53.45/-2.99');
  });
});
