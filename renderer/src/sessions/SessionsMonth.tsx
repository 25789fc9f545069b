import { useState } from 'react';
import { parseIsoDate } from '../../../shared/domain/calendar-date';
import type { Session } from '../../../shared/domain/sessions/session';
import { zoneCity } from '../../../shared/domain/sessions/zone-names';
import { riskText } from './ForecastLine';
import { useForecastRisks } from './useForecast';
import { longDate, monthGrid, monthTitle, shiftMonth, WEEKDAY_NAMES } from '../../../shared/domain/sessions/month-grid';

interface SessionsMonthProps {
  sessions: Session[];
  /** The sessions are in more than one zone: each names its zone's city. */
  showZones: boolean;
  today: string;
  onOpen: (session: Session) => void;
}

export function SessionsMonth({ sessions, showZones, today, onOpen }: SessionsMonthProps) {
  const risks = useForecastRisks();
  const start = parseIsoDate(today)!;
  const [shown, setShown] = useState({ year: start.year, month: start.month });
  const byDate = new Map<string, Session[]>();
  for (const session of sessions) byDate.set(session.date, [...(byDate.get(session.date) ?? []), session]);
  const grid = monthGrid(shown.year, shown.month);
  const prefix = `${shown.year}-${String(shown.month).padStart(2, '0')}`;
  return (
    <div className="month">
      <div className="month-nav">
        <button
          type="button"
          className="button-quiet"
          onClick={() => setShown(shiftMonth(shown.year, shown.month, -1))}
          aria-label="Previous month"
        >
          ‹
        </button>
        <h2 aria-live="polite">{monthTitle(shown.year, shown.month)}</h2>
        <button
          type="button"
          className="button-quiet"
          onClick={() => setShown(shiftMonth(shown.year, shown.month, 1))}
          aria-label="Next month"
        >
          ›
        </button>
      </div>
      <table className="month-grid">
        <thead>
          <tr>
            {WEEKDAY_NAMES.map((name) => (
              <th key={name} scope="col" abbr={name}>
                {name.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((week) => (
            <tr key={week[0]}>
              {week.map((date) => (
                <td
                  key={date}
                  className={`${date.startsWith(prefix) ? '' : 'other-month'}${date === today ? ' is-today' : ''}`}
                  aria-label={longDate(date)}
                >
                  <span className="month-day">{Number(date.slice(8))}</span>
                  {(byDate.get(date) ?? []).map((session) => {
                    const risk = risks.get(session.id);
                    return (
                      <button
                        type="button"
                        key={session.id}
                        className={`month-session${session.status === 'cancelled' ? ' is-cancelled' : ''}${session.overlaps ? ' is-overlap' : ''}${risk ? ' is-at-risk' : ''}`}
                        onClick={() => onOpen(session)}
                        title={session.overlaps ? 'Overlaps another session at this park' : undefined}
                      >
                        {risk && (
                          // First, so the day's narrow box never cuts it off; its words are read out and shown on hover.
                          <span className="month-risk" role="img" aria-label={riskText(risk)} title={riskText(risk)}>
                            ☂{' '}
                          </span>
                        )}
                        {session.startTime}
                        {showZones && ` (${zoneCity(session.timeZone)})`} {session.title}
                        {session.overlaps && <span aria-label="overlaps another session"> ⚠</span>}
                      </button>
                    );
                  })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
