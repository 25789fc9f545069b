/**
 * The forecast for a session's hour at its park, from Open-Meteo (no key; its data is CC BY 4.0, so every
 * forecast shown carries FORECAST_CREDIT). Optional and outside the database: offline, it says so and
 * nothing else changes. The service address can be pointed elsewhere (VILLAGE_FORECAST_URL) for tests.
 */
import { coordinatesFromMapLink, type Coordinates } from '../../../shared/domain/reach/park-coordinates';
import { wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';

export const FORECAST_CREDIT = 'Weather data by Open-Meteo.com (CC BY 4.0)';
export const OPEN_METEO_URL = 'https://api.open-meteo.com/v1/forecast';
/** A session is at risk with this chance of rain or more, or any thunder. */
export const RAIN_RISK_PERCENT = 50;
/** WMO weather codes for thunderstorms (95 and 96/99 with hail). */
const THUNDER_CODES = new Set([95, 96, 99]);

export interface ForecastSession {
  date: string;
  startTime: string;
  timeZone: string;
  mapUrl: string;
}

export type Forecast =
  | { ok: true; rainChance: number | null; feelsLike: number | null; thunder: boolean; atRisk: boolean; credit: string }
  | { ok: false; message: string };

interface OpenMeteoHourly {
  hourly?: {
    time?: string[];
    precipitation_probability?: (number | null)[];
    apparent_temperature?: (number | null)[];
    weather_code?: (number | null)[];
  };
}

function hourKey(instant: number): string {
  return new Date(Math.floor(instant / 3_600_000) * 3_600_000).toISOString().slice(0, 16);
}

export async function forecastFor(
  session: ForecastSession,
  baseUrl = process.env.VILLAGE_FORECAST_URL || OPEN_METEO_URL,
): Promise<Forecast> {
  const where: Coordinates | null = coordinatesFromMapLink(session.mapUrl);
  if (!where)
    return {
      ok: false,
      message:
        "The park's map link has no coordinates, so there is no forecast (paste a link with them, like …/@40.68,-74.04,17z).",
    };
  const url = new URL(baseUrl);
  url.searchParams.set('latitude', String(where.latitude));
  url.searchParams.set('longitude', String(where.longitude));
  url.searchParams.set('hourly', 'precipitation_probability,apparent_temperature,weather_code');
  url.searchParams.set('timezone', 'GMT');
  url.searchParams.set('forecast_days', '16');
  let body: OpenMeteoHourly;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok)
      return { ok: false, message: `The forecast service answered ${response.status}; try again later.` };
    body = (await response.json()) as OpenMeteoHourly;
  } catch {
    return {
      ok: false,
      message: 'Village could not reach the forecast service (offline?), so there is no forecast right now.',
    };
  }
  const index =
    body.hourly?.time?.indexOf(hourKey(wallClockToInstant(session.date, session.startTime, session.timeZone))) ?? -1;
  if (index < 0)
    return { ok: false, message: 'There is no forecast for that hour yet (forecasts reach about 16 days ahead).' };
  const rainChance = body.hourly?.precipitation_probability?.[index] ?? null;
  const feelsLike = body.hourly?.apparent_temperature?.[index] ?? null;
  const code = body.hourly?.weather_code?.[index] ?? null;
  const thunder = code !== null && THUNDER_CODES.has(code);
  return {
    ok: true,
    rainChance,
    feelsLike,
    thunder,
    atRisk: thunder || (rainChance ?? 0) >= RAIN_RISK_PERCENT,
    credit: FORECAST_CREDIT,
  };
}
