import type { Session } from '../../../shared/domain/sessions/session';
import { longDate } from '../../../shared/domain/sessions/month-grid';
import { zoneLabel } from '../../../shared/domain/sessions/zone-names';
import { bandOf, spacesOf, timesOf } from './session-labels';
import { riskText } from './ForecastLine';
import { rainedOutBadge } from './rain-out-labels';
import { useForecastRisks } from './useForecast';

interface SessionsAgendaProps {
  sessions: Session[];
  /** The sessions are in more than one zone: each says its own. */
  showZones: boolean;
  onOpen: (session: Session) => void;
}

/** Upcoming sessions, one group per day. */
export function SessionsAgenda({ sessions, showZones, onOpen }: SessionsAgendaProps) {
  const risks = useForecastRisks();
  const days = new Map<string, Session[]>();
  for (const session of sessions) days.set(session.date, [...(days.get(session.date) ?? []), session]);
  return (
    <div className="agenda">
      {[...days.entries()].map(([date, list]) => (
        <section key={date} className="agenda-day" aria-label={longDate(date)}>
          <h2 className="agenda-date">{longDate(date)}</h2>
          <ul>
            {list.map((session) => (
              <li key={session.id}>
                <button
                  type="button"
                  className={`agenda-item${session.status === 'cancelled' ? ' is-cancelled' : ''}`}
                  onClick={() => onOpen(session)}
                >
                  <span className="agenda-time">{timesOf(session)}</span>
                  <span className="agenda-main">
                    <span className="agenda-title">
                      {session.title}
                      {session.seriesId !== null && <span className="badge badge-soft">Weekly</span>}
                      {session.status === 'cancelled' && !session.rainedOutAt && (
                        <span className="badge badge-danger">Cancelled</span>
                      )}
                      {session.rainedOutAt && <span className="badge badge-rain">{rainedOutBadge(session)}</span>}
                      {risks.has(session.id) && (
                        <span className="badge badge-warn">{riskText(risks.get(session.id)!)}</span>
                      )}
                      {session.overlaps && <span className="badge badge-warn">Overlaps another session here</span>}
                    </span>
                    <span className="muted">
                      {[
                        session.parkName || 'No park yet',
                        bandOf(session),
                        spacesOf(session),
                        ...(showZones ? [zoneLabel(session.timeZone)] : []),
                      ].join(' · ')}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
