/**
 * Rain-out in one step: cancel the session, or move it to another park or time (the session's own
 * update raises its SEQUENCE, a cancel makes its calendar entry METHOD:CANCEL, same UID), and mark it
 * rained out so attendance figures leave it out. The change notice itself is queued by the caller with
 * the "cancellation" or "change" template for going, maybe and waitlisted families.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { minutesOfDay } from '../../../shared/domain/sessions/wall-clock';
import type { SessionDetail } from '../../../shared/domain/sessions/session';
import type { TemplateKind } from '../../../shared/domain/reach/message-template';
import { SessionsRepository } from '../sessions/sessions-repository';
import { SettingsRepository } from '../settings/settings-repository';

export type RainOutAction =
  { kind: 'cancel' } | { kind: 'move-to-park'; parkId: number } | { kind: 'move-to-time'; startTime: string };

function timeAfter(start: string, minutes: number): string | null {
  const total = minutesOfDay(start) + minutes;
  if (total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export class RainOut {
  private readonly db: Database;
  private readonly sessions: SessionsRepository;
  private readonly settings: SettingsRepository;
  private readonly statements: { mark: Statement<[string, number]> };

  constructor(db: Database) {
    this.db = db;
    this.sessions = new SessionsRepository(db);
    this.settings = new SettingsRepository(db);
    this.statements = { mark: db.prepare('UPDATE sessions SET rained_out_at = ? WHERE id = ?') };
  }

  /** Applies the rain-out; returns the session as it is now and the template its notice uses. */
  apply(
    id: number,
    action: RainOutAction,
    now = new Date().toISOString(),
  ): { session: SessionDetail; template: TemplateKind } {
    return this.db
      .transaction(() => {
        const current = this.sessions.get(id);
        if (current.status === 'cancelled')
          throw new ApiFailure(apiError('invalid_params', 'That session is already cancelled.', 'id'));
        if (action.kind === 'cancel') {
          this.sessions.cancel(id, 'occurrence', now);
        } else {
          const edit = {
            title: current.title,
            parkId: current.parkId,
            date: current.date,
            startTime: current.startTime,
            endTime: current.endTime,
            timeZone: current.timeZone,
            ageMinMonths: current.ageMinMonths,
            ageMaxMonths: current.ageMaxMonths,
            capacity: current.capacity,
            description: current.description,
          };
          if (action.kind === 'move-to-park') {
            if (action.parkId === current.parkId)
              throw new ApiFailure(apiError('invalid_params', 'The session is at that park already.', 'parkId'));
            edit.parkId = action.parkId;
          } else {
            const endTime = timeAfter(
              action.startTime,
              minutesOfDay(current.endTime) - minutesOfDay(current.startTime),
            );
            if (endTime === null)
              throw new ApiFailure(
                apiError(
                  'invalid_params',
                  `Starting at ${action.startTime}, the session would end after midnight.`,
                  'startTime',
                ),
              );
            if (action.startTime === current.startTime)
              throw new ApiFailure(
                apiError('invalid_params', `The session starts at ${action.startTime} already.`, 'startTime'),
              );
            edit.startTime = action.startTime;
            edit.endTime = endTime;
          }
          this.sessions.update(id, 'occurrence', edit, this.settings.get('timeZone'), now);
        }
        this.statements.mark.run(now, id);
        const template: TemplateKind = action.kind === 'cancel' ? 'cancellation' : 'change';
        return { session: this.sessions.get(id), template };
      })
      .immediate();
  }
}
