/**
 * What a session's forecast says, read from Open-Meteo's hourly answer (its data is CC BY 4.0, so every
 * forecast shown carries FORECAST_CREDIT). Pure, so the CLI, the app and the tests read it the same way.
 */
export const FORECAST_CREDIT = 'Weather data by Open-Meteo.com (CC BY 4.0)';
/** A session is at risk with this chance of rain or more, or any thunder. */
export const RAIN_RISK_PERCENT = 50;
/** WMO weather codes for thunderstorms (95 and 96/99 with hail). */
const THUNDER_CODES = new Set([95, 96, 99]);

export type Forecast =
  | { ok: true; rainChance: number | null; feelsLike: number | null; thunder: boolean; atRisk: boolean; credit: string }
  | { ok: false; message: string };

/** Open-Meteo's hourly series, hours as UTC "YYYY-MM-DDTHH:00" (asked for with timezone=GMT). */
export interface HourlyForecast {
  time: string[];
  rainChance: (number | null)[];
  feelsLike: (number | null)[];
  weatherCode: (number | null)[];
}

export const NO_FORECAST_YET = 'There is no forecast for that hour yet (forecasts reach about 16 days ahead).';

function hourKey(instant: number): string {
  return new Date(Math.floor(instant / 3_600_000) * 3_600_000).toISOString().slice(0, 16);
}

/** The forecast for the hour holding `instant` (epoch milliseconds). */
export function forecastAtHour(hourly: HourlyForecast, instant: number): Forecast {
  const index = hourly.time.indexOf(hourKey(instant));
  if (index < 0) return { ok: false, message: NO_FORECAST_YET };
  const rainChance = hourly.rainChance[index] ?? null;
  const feelsLike = hourly.feelsLike[index] ?? null;
  const code = hourly.weatherCode[index] ?? null;
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
