/**
 * The forecast for a session's hour at its park, from Open-Meteo (no key; credited with FORECAST_CREDIT).
 * Optional and outside the database: offline, it says so and nothing else changes. The service address
 * can be pointed elsewhere (VILLAGE_FORECAST_URL) for tests.
 */
import { coordinatesFromMapLink, type Coordinates } from '../../../shared/domain/reach/park-coordinates';
import { forecastAtHour, type Forecast, type HourlyForecast } from '../../../shared/domain/reach/forecast';
import { wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';

export { FORECAST_CREDIT, type Forecast } from '../../../shared/domain/reach/forecast';
export const OPEN_METEO_URL = 'https://api.open-meteo.com/v1/forecast';

export const NO_COORDINATES =
  "The park's map link has no coordinates, so there is no forecast (paste a link with them, like …/@40.68,-74.04,17z).";

export interface ForecastSession {
  date: string;
  startTime: string;
  timeZone: string;
  mapUrl: string;
}

interface OpenMeteoHourly {
  hourly?: {
    time?: string[];
    precipitation_probability?: (number | null)[];
    apparent_temperature?: (number | null)[];
    weather_code?: (number | null)[];
  };
}

export type HourlyAnswer = { ok: true; hourly: HourlyForecast } | { ok: false; message: string };

/** The next 16 days, hour by hour, at one place (one request covers every session at that park). */
export async function fetchHourly(
  where: Coordinates,
  baseUrl = process.env.VILLAGE_FORECAST_URL || OPEN_METEO_URL,
): Promise<HourlyAnswer> {
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
  return {
    ok: true,
    hourly: {
      time: body.hourly?.time ?? [],
      rainChance: body.hourly?.precipitation_probability ?? [],
      feelsLike: body.hourly?.apparent_temperature ?? [],
      weatherCode: body.hourly?.weather_code ?? [],
    },
  };
}

export async function forecastFor(session: ForecastSession, baseUrl?: string): Promise<Forecast> {
  const where = coordinatesFromMapLink(session.mapUrl);
  if (!where) return { ok: false, message: NO_COORDINATES };
  const answer = await fetchHourly(where, baseUrl);
  if (!answer.ok) return answer;
  return forecastAtHour(answer.hourly, wallClockToInstant(session.date, session.startTime, session.timeZone));
}
