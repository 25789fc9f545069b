/**
 * Applies calendar replies to RSVPs: the event UID finds the session (or a series and its occurrence),
 * the attendee's email finds the family, and the answer goes through the RSVP rule, so a "going" for a
 * full session still joins the waitlist. Each mail is applied once (processed_replies).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';
import { RsvpsRepository } from '../sessions/rsvps-repository';
import type { ItipAnswer } from './itip-reply';

export interface AppliedAnswer {
  sessionId: number;
  familyId: number;
  parentName: string;
  /** What the RSVP is now ("waitlisted" when a "going" found the session full). */
  status: RsvpStatus;
}

export interface UnmatchedAnswer {
  email: string;
  reason: string;
}

export class RepliesRepository {
  private readonly db: Database;
  private readonly rsvps: RsvpsRepository;
  private readonly statements: {
    session: Statement<[string], number>;
    occurrences: Statement<{ uid: string; date: string | null; today: string }, number>;
    families: Statement<{ email: string; session: number }, number>;
    processed: Statement<[string], number>;
    markProcessed: Statement<[string, string]>;
  };

  constructor(db: Database) {
    this.db = db;
    this.rsvps = new RsvpsRepository(db);
    this.statements = {
      session: db.prepare("SELECT id FROM sessions WHERE uid = ? AND status = 'scheduled'").pluck() as Statement<
        [string],
        number
      >,
      // One occurrence when the reply names it (RECURRENCE-ID), else every one still to come.
      occurrences: db
        .prepare(
          `
          SELECT s.id FROM sessions s JOIN session_series ss ON ss.id = s.series_id
          WHERE ss.uid = :uid AND s.status = 'scheduled'
            AND (CASE WHEN :date IS NULL THEN s.date >= :today ELSE coalesce(s.recurrence_date, s.date) = :date END)
          ORDER BY s.date`,
        )
        .pluck() as Statement<{ uid: string; date: string | null; today: string }, number>,
      // Sisters may share an address: the family on this session's list first.
      families: db
        .prepare(
          `
          SELECT f.id FROM families f WHERE f.email_key = :email
          ORDER BY EXISTS (SELECT 1 FROM rsvps r WHERE r.session_id = :session AND r.family_id = f.id) DESC, f.id`,
        )
        .pluck() as Statement<{ email: string; session: number }, number>,
      processed: db.prepare('SELECT 1 FROM processed_replies WHERE message_id = ?').pluck() as Statement<
        [string],
        number
      >,
      markProcessed: db.prepare('INSERT OR IGNORE INTO processed_replies (message_id, processed_at) VALUES (?, ?)'),
    };
  }

  isProcessed(messageId: string): boolean {
    return this.statements.processed.get(messageId) !== undefined;
  }

  /** Applies one mail's answers in one transaction and records the mail as read. */
  apply(
    messageId: string,
    answers: ItipAnswer[],
    today: string,
    now: string,
  ): { applied: AppliedAnswer[]; unmatched: UnmatchedAnswer[] } {
    return this.db
      .transaction(() => {
        const applied: AppliedAnswer[] = [];
        const unmatched: UnmatchedAnswer[] = [];
        for (const answer of answers) {
          const single = answer.recurrenceDate === null ? this.statements.session.get(answer.uid) : undefined;
          const sessions =
            single !== undefined
              ? [single]
              : this.statements.occurrences.all({ uid: answer.uid, date: answer.recurrenceDate, today });
          if (sessions.length === 0) {
            unmatched.push({
              email: answer.email,
              reason: `The reply from ${answer.email} is for a session Village does not have (or one that was cancelled).`,
            });
            continue;
          }
          const familyId = this.statements.families.get({ email: answer.email, session: sessions[0]! });
          if (familyId === undefined) {
            unmatched.push({
              email: answer.email,
              reason: `The reply from ${answer.email} matches no family's email address.`,
            });
            continue;
          }
          for (const sessionId of sessions) {
            const rsvp = this.rsvps.set(sessionId, familyId, answer.status);
            applied.push({ sessionId, familyId, parentName: rsvp.parentName, status: rsvp.status });
          }
        }
        this.statements.markProcessed.run(messageId, now);
        return { applied, unmatched };
      })
      .immediate();
  }
}
