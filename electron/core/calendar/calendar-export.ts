/**
 * What goes into an exported calendar file: one session, a series (one VEVENT with RRULE and EXDATE,
 * plus one per occurrence edited on its own), every upcoming session (a feed), or one family's sessions.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { IcsExport } from '../../../shared/api/methods/calendar';
import type { ExportTarget } from '../../../shared/api/session-schemas';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { localToday } from '../../../shared/domain/calendar-date';
import { ageBandLabel } from '../../../shared/domain/age-band';
import { SESSION_SELECT, type SessionRow } from '../sessions/session-rows';
import { RsvpsRepository, type AttendeeRow } from '../sessions/rsvps-repository';
import { SessionsRepository } from '../sessions/sessions-repository';
import { SettingsRepository } from '../settings/settings-repository';
import { buildIcs, type IcsCalendar, type IcsEvent, type IcsMethod } from './ics-builder';
import { familyNotFound } from '../families/family-not-found';

function slug(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40);
  return cleaned || 'session';
}

function description(row: SessionRow): string {
  const lines = [row.description];
  lines.push(`Ages: ${ageBandLabel({ minMonths: row.age_min_months, maxMonths: row.age_max_months })}`);
  if (row.park_map_url) lines.push(`Map: ${row.park_map_url}`);
  return lines.filter(Boolean).join('\n\n');
}

function asIcsAttendees(rows: AttendeeRow[]): IcsEvent['attendees'] {
  return rows.map((person) => ({ name: person.parent_name, email: person.email, status: person.status }));
}

/** One session as a calendar event; Reach uses it for the invite each family gets. */
export function eventOf(row: SessionRow, attendees: AttendeeRow[] = []): IcsEvent {
  return {
    uid: row.uid,
    sequence: row.sequence,
    title: row.title,
    description: description(row),
    locationName: row.park_name ?? '',
    locationAddress: row.park_address ?? '',
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    cancelled: row.status === 'cancelled',
    attendees: asIcsAttendees(attendees),
  };
}

export class CalendarExport {
  private readonly sessions: SessionsRepository;
  private readonly rsvps: RsvpsRepository;
  private readonly settings: SettingsRepository;
  private readonly statements: {
    session: Statement<[number], SessionRow>;
    upcoming: Statement<[string], SessionRow>;
    ofFamily: Statement<[number], SessionRow>;
    family: Statement<[number], { id: number }>;
  };

  constructor(db: Database) {
    this.sessions = new SessionsRepository(db);
    this.rsvps = new RsvpsRepository(db);
    this.settings = new SettingsRepository(db);
    this.statements = {
      session: db.prepare(`${SESSION_SELECT} WHERE s.id = ?`),
      upcoming: db.prepare(`${SESSION_SELECT} WHERE s.date >= ? ORDER BY s.date, s.start_time, s.id`),
      ofFamily:
        db.prepare(`${SESSION_SELECT} WHERE s.id IN (SELECT session_id FROM rsvps WHERE family_id = ? AND status <> 'declined')
        ORDER BY s.date, s.start_time, s.id`),
      family: db.prepare('SELECT id FROM families WHERE id = ?'),
    };
  }

  export(
    target: ExportTarget,
    options: { reminderMinutes?: number | null | undefined; today?: string; stamp?: Date } = {},
  ): IcsExport {
    const settings = this.settings.all();
    const organizer = settings.organizerEmail
      ? { name: settings.organizerName || settings.organizerEmail, email: settings.organizerEmail }
      : null;
    const reminderMinutes = options.reminderMinutes === undefined ? settings.reminderMinutes : options.reminderMinutes;
    const file = (method: IcsMethod, name: string, fileName: string, events: IcsEvent[]): IcsExport => {
      const calendar: IcsCalendar = {
        method,
        name,
        organizer,
        reminderMinutes,
        events,
        ...(options.stamp ? { stamp: options.stamp } : {}),
      };
      return { fileName, ics: buildIcs(calendar), events: events.length };
    };
    // An invite needs someone it comes from (RFC 5546 §3.2.2); without the organizer's email it is published.
    const inviteMethod = (cancelled: boolean): IcsMethod => (cancelled ? 'CANCEL' : organizer ? 'REQUEST' : 'PUBLISH');

    switch (target.kind) {
      case 'session': {
        const row = this.statements.session.get(target.id);
        if (!row) throw new ApiFailure(apiError('not_found', 'That session no longer exists.'));
        const event = eventOf(row, this.rsvps.attendeesOf([row.id]).get(row.id));
        return file(inviteMethod(event.cancelled), row.title, `village-${slug(row.title)}-${row.date}.ics`, [event]);
      }
      case 'series': {
        const series = this.sessions.seriesRow(target.id);
        const rows = this.sessions.sessionRowsOfSeries(series.id);
        const first = rows.find((row) => row.recurrence_date === series.first_date) ?? rows[0];
        if (!first) throw new ApiFailure(apiError('not_found', 'That series has no sessions.'));
        const attendees = this.rsvps.attendeesOf(rows.map((row) => row.id));
        const cancelledDates = rows
          .filter((row) => row.status === 'cancelled')
          .map((row) => row.recurrence_date ?? row.date);
        const allCancelled = rows.every((row) => row.status === 'cancelled');
        const master: IcsEvent = {
          ...eventOf({
            ...first,
            ...seriesFields(series),
            date: series.first_date,
            status: allCancelled ? 'cancelled' : 'scheduled',
            sequence: series.sequence,
          }),
          // The series invites everyone who answered for any of its sessions.
          attendees: asIcsAttendees(uniqueAttendees([...attendees.values()].flat())),
          repeat: {
            intervalWeeks: series.interval_weeks,
            count: series.occurrence_count,
            untilDate: series.until_date,
            excludedDates: allCancelled
              ? []
              : [...new Set([...this.sessions.skipDatesOf(series.id), ...cancelledDates])].sort(),
          },
        };
        const overrides: IcsEvent[] = allCancelled
          ? []
          : rows
              .filter((row) => row.is_exception === 1 && row.status === 'scheduled')
              .map((row) => ({
                ...eventOf(row, attendees.get(row.id)),
                uid: series.uid,
                sequence: Math.max(row.sequence, series.sequence),
                recurrence: { date: row.recurrence_date ?? row.date, startTime: series.start_time },
              }));
        return file(inviteMethod(allCancelled), series.title, `village-${slug(series.title)}-series.ics`, [
          master,
          ...overrides,
        ]);
      }
      case 'all': {
        const rows = this.statements.upcoming.all(options.today ?? localToday());
        return file(
          'PUBLISH',
          'Village meetups',
          'village-upcoming.ics',
          rows.map((row) => eventOf(row)),
        );
      }
      case 'family': {
        if (!this.statements.family.get(target.id)) throw familyNotFound();
        const rows = this.statements.ofFamily.all(target.id);
        return file(
          'PUBLISH',
          'Village meetups',
          `village-family-${target.id}.ics`,
          rows.map((row) => eventOf(row)),
        );
      }
    }
  }
}

function seriesFields(series: ReturnType<SessionsRepository['seriesRow']>): Partial<SessionRow> {
  return {
    uid: series.uid,
    title: series.title,
    description: series.description,
    start_time: series.start_time,
    end_time: series.end_time,
    time_zone: series.time_zone,
    age_min_months: series.age_min_months,
    age_max_months: series.age_max_months,
  };
}

function uniqueAttendees(rows: AttendeeRow[]): AttendeeRow[] {
  const seen = new Map<number, AttendeeRow>();
  for (const row of rows) if (!seen.has(row.family_id)) seen.set(row.family_id, row);
  return [...seen.values()];
}
