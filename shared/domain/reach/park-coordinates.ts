/**
 * A park's coordinates read from its map link, for the forecast: Google Maps writes them as
 * "@40.6892,-74.0445,17z", "?q=40.6892,-74.0445" or "ll=…"; OpenStreetMap as "#map=17/40.6892/-74.0445"
 * or "mlat=…&mlon=…"; Apple Maps as "ll=…" or "q=…". A short link (maps.app.goo.gl/…) carries none.
 */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

const NUMBER = String.raw`(-?\d{1,3}(?:\.\d+)?)`;
const PATTERNS = [
  new RegExp(String.raw`@${NUMBER},${NUMBER}`),
  new RegExp(String.raw`[?&](?:q|ll|query|center|destination)=${NUMBER}(?:,|%2C)\s*${NUMBER}`, 'i'),
  new RegExp(String.raw`#map=\d{1,2}/${NUMBER}/${NUMBER}`),
];

function valid(latitude: number, longitude: number): Coordinates | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return null;
  return { latitude, longitude };
}

export function coordinatesFromMapLink(link: string): Coordinates | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(link);
    if (match) return valid(Number(match[1]), Number(match[2]));
  }
  const lat = /[?&]mlat=(-?\d{1,3}(?:\.\d+)?)/.exec(link);
  const lon = /[?&]mlon=(-?\d{1,3}(?:\.\d+)?)/.exec(link);
  return lat && lon ? valid(Number(lat[1]), Number(lon[1])) : null;
}
