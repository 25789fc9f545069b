/**
 * One family's message: the template filled for them, and for session messages the calendar entry with
 * that family alone as ATTENDEE (RFC 5546: METHOD:REQUEST, or CANCEL for a cancelled session), written
 * by the calendar export's own builder so its escaping and VTIMEZONE are the same as every .ics Village
 * makes. Other families' addresses are never in it.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import {
  fillTemplate,
  templateProblem,
  type MessageTemplate,
  type TemplateKind,
  withoutSessionProblem,
} from '../../../shared/domain/reach/message-template';
import { placeholderValues, type MessageSession } from '../../../shared/domain/reach/placeholder-values';
import { eventOf } from '../calendar/calendar-export';
import { buildIcs } from '../calendar/ics-builder';
import { SESSION_SELECT, type SessionRow } from '../sessions/session-rows';
import { SettingsRepository } from '../settings/settings-repository';
import type { AudienceFamily } from './message-audience';

/** Messages about a session carry its calendar entry; a "we miss you" or an introduction does not. */
const WITH_CALENDAR: ReadonlySet<TemplateKind> = new Set([
  'invitation',
  'reminder',
  'change',
  'cancellation',
  'waitlist-offer',
]);

export interface ComposedMessage {
  subject: string;
  body: string;
  ics: string | null;
}

export function messageSessionOf(row: SessionRow): MessageSession {
  return {
    title: row.title,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    parkName: row.park_name ?? '',
    mapUrl: row.park_map_url ?? '',
  };
}

export class MessageComposer {
  private readonly settings: SettingsRepository;
  private readonly statements: { session: Statement<[number], SessionRow> };

  constructor(db: Database) {
    this.settings = new SettingsRepository(db);
    this.statements = { session: db.prepare(`${SESSION_SELECT} WHERE s.id = ?`) };
  }

  session(sessionId: number): SessionRow {
    const row = this.statements.session.get(sessionId);
    if (!row) throw new ApiFailure(apiError('not_found', 'That session no longer exists.', 'sessionId'));
    return row;
  }

  /** Refuses a template Village cannot fill before anything is queued. */
  check(template: Pick<MessageTemplate, 'subject' | 'body'>): void {
    const problem = templateProblem(template);
    if (problem)
      throw new ApiFailure(apiError('invalid_params', problem, problem.startsWith('The subject') ? 'subject' : 'body'));
  }

  /** Refuses, naming them, the session placeholders a message without a session could not fill. */
  checkWithoutSession(template: Pick<MessageTemplate, 'subject' | 'body'>): void {
    const problem = withoutSessionProblem(template);
    if (problem) throw new ApiFailure(apiError('invalid_params', problem, 'sessionId'));
  }

  compose(
    template: MessageTemplate,
    family: AudienceFamily,
    session: SessionRow | null,
    from: string,
    stamp = new Date(),
  ): ComposedMessage {
    const values = placeholderValues(
      { parentName: family.parentName, kidNames: family.kidNames },
      session ? messageSessionOf(session) : null,
    );
    const subject = fillTemplate(template.subject, values)
      .replace(/[\r\n]+/g, ' ')
      .trim();
    const body = fillTemplate(template.body, values);
    if (!session || !WITH_CALENDAR.has(template.kind) || family.email === '') return { subject, body, ics: null };
    const organizerName = this.settings.get('organizerName');
    const event = eventOf(session, [
      {
        session_id: session.id,
        family_id: family.familyId,
        parent_name: family.parentName,
        email: family.email,
        status: family.status,
      },
    ]);
    const ics = buildIcs({
      method: event.cancelled ? 'CANCEL' : 'REQUEST',
      name: session.title,
      // Replies (iTIP METHOD:REPLY) go to the ORGANIZER: the address the mail comes from.
      organizer: { name: organizerName || from, email: from },
      reminderMinutes: this.settings.get('reminderMinutes'),
      events: [event],
      stamp,
    });
    return { subject, body, ics };
  }
}
