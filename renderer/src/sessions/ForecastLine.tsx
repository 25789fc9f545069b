import { useEffect, useRef } from 'react';
import { invalidateMethod } from '../api/query-client';
import type { SessionForecast } from '../../../shared/api/methods/reach';
import type { SessionDetail } from '../../../shared/domain/sessions/session';
import { localToday } from '../../../shared/domain/calendar-date';
import { useForecast } from './useForecast';

/** What the forecast says for the session's hour, in words. */
export function forecastWords(forecast: Extract<SessionForecast, { ok: true }>): string {
  const parts = [
    forecast.rainChance === null ? 'Rain unknown' : `${forecast.rainChance}% chance of rain`,
    forecast.feelsLike === null ? null : `feels like ${Math.round(forecast.feelsLike)}°C`,
    forecast.thunder ? 'thunder' : null,
  ];
  return parts.filter((part): part is string => part !== null).join(' · ');
}

export const riskLabel = (risk: { thunder: boolean }): string => (risk.thunder ? 'Thunder likely' : 'Rain likely');

/** A session at risk in a few words, with the chance when the forecast gives one: "Rain likely · 70%". */
export const riskText = (risk: { thunder: boolean; rainChance: number | null }): string =>
  risk.rainChance === null ? riskLabel(risk) : `${riskLabel(risk)} · ${risk.rainChance}%`;

/**
 * The forecast for the session's hour at its park, with Open-Meteo's credit; without one (offline, no
 * park, no coordinates in the map link), one quiet line saying why. Only for sessions still to come.
 */
export function ForecastLine({ session }: { session: SessionDetail }) {
  const upcoming = session.status === 'scheduled' && session.date >= localToday();
  const forecast = useForecast('sessions.forecast', upcoming ? { id: session.id } : null);
  // Moved or edited to another hour, day or park: the forecast answered for the old one is read again.
  const where = `${session.date} ${session.startTime} ${session.parkId}`;
  const first = useRef(where);
  useEffect(() => {
    if (first.current === where) return;
    first.current = where;
    void invalidateMethod('sessions.forecast');
  }, [where]);
  if (!forecast) return null;
  if (!forecast.ok)
    return (
      <p className="forecast-line muted" aria-live="polite">
        {forecast.message}
      </p>
    );
  return (
    <div className={`forecast-line${forecast.atRisk ? ' is-at-risk' : ''}`} aria-live="polite">
      <p>
        <span className="forecast-label">Forecast:</span> {forecastWords(forecast)}
        {forecast.atRisk && <span className="badge badge-warn">{riskLabel(forecast)}</span>}
      </p>
      <p className="forecast-credit muted">
        <small>{forecast.credit}</small>
      </p>
    </div>
  );
}
