/** RSVPs and invite suggestions for a session. Answers go through the capacity rule in one transaction. */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { BirthPrecision } from '../../../shared/domain/age';
import { suggestFamilies, type BandFamily } from '../../../shared/domain/sessions/invite-suggestions';
import { statusForAnswer, type RsvpStatus } from '../../../shared/domain/sessions/capacity';
import type { FamilySuggestion, Rsvp } from '../../../shared/domain/sessions/session';
import { familyNotFound } from '../families/family-not-found';

interface KidRow {
  family_id: number;
  name: string;
  birth_date: string;
  birth_precision: BirthPrecision;
}

/** An attendee for calendar invites: the session it belongs to, who, and their answer. */
export interface AttendeeRow {
  session_id: number;
  family_id: number;
  parent_name: string;
  email: string;
  status: RsvpStatus;
}

export class RsvpsRepository {
  private readonly db: Database;
  private readonly statements: {
    ofSession: Statement<[number], Rsvp>;
    one: Statement<[number, number], Rsvp>;
    session: Statement<
      [number],
      { date: string; capacity: number | null; age_min_months: number | null; age_max_months: number | null }
    >;
    familyExists: Statement<[number], { id: number }>;
    goingOthers: Statement<[number, number], number>;
    upsert: Statement<Record<string, unknown>>;
    families: Statement<[], { id: number; parent_name: string; email: string }>;
    kids: Statement<[], KidRow>;
    attendeesOf: Statement<[string], AttendeeRow>;
    inviteMany: Statement<[number, string, string, string]>;
  };

  constructor(db: Database) {
    this.db = db;
    // Named as the API's Rsvp, so rows are returned as they come.
    const rsvpSelect = `
      SELECT r.family_id AS familyId, f.parent_name AS parentName, f.email, r.status, r.responded_at AS respondedAt
      FROM rsvps r JOIN families f ON f.id = r.family_id`;
    this.statements = {
      ofSession: db.prepare(`${rsvpSelect} WHERE r.session_id = ? ORDER BY f.parent_name COLLATE NOCASE, f.id`),
      one: db.prepare(`${rsvpSelect} WHERE r.session_id = ? AND r.family_id = ?`),
      session: db.prepare('SELECT date, capacity, age_min_months, age_max_months FROM sessions WHERE id = ?'),
      familyExists: db.prepare('SELECT id FROM families WHERE id = ?'),
      goingOthers: db
        .prepare(`SELECT count(*) FROM rsvps WHERE session_id = ? AND family_id <> ? AND status = 'going'`)
        .pluck() as Statement<[number, number], number>,
      upsert: db.prepare(`
        INSERT INTO rsvps (session_id, family_id, status, responded_at, created_at, updated_at)
        VALUES (:sessionId, :familyId, :status, :respondedAt, :now, :now)
        ON CONFLICT (session_id, family_id) DO UPDATE SET status = excluded.status, responded_at = excluded.responded_at, updated_at = excluded.updated_at`),
      families: db.prepare('SELECT id, parent_name, email FROM families ORDER BY parent_name COLLATE NOCASE, id'),
      kids: db.prepare(
        'SELECT family_id, name, birth_date, birth_precision FROM kids ORDER BY family_id, position, id',
      ),
      attendeesOf: db.prepare(`
        SELECT r.session_id, r.family_id, f.parent_name, f.email, r.status FROM rsvps r JOIN families f ON f.id = r.family_id
        WHERE r.session_id IN (SELECT value FROM json_each(?)) ORDER BY r.session_id, f.parent_name COLLATE NOCASE, f.id`),
      // Families that already answered keep their answer: inviting never turns a "going" back into "invited".
      inviteMany: db.prepare(`
        INSERT INTO rsvps (session_id, family_id, status, responded_at, created_at, updated_at)
        SELECT ?, f.id, 'invited', NULL, ?, ? FROM families f WHERE f.id IN (SELECT value FROM json_each(?))
        ON CONFLICT (session_id, family_id) DO NOTHING`),
    };
  }

  list(sessionId: number): Rsvp[] {
    this.sessionOrThrow(sessionId);
    return this.statements.ofSession.all(sessionId);
  }

  /** Sets a family's answer. A "going" beyond capacity is stored as "waitlisted"; the stored answer is returned. */
  set(sessionId: number, familyId: number, answer: RsvpStatus, now = new Date().toISOString()): Rsvp {
    return this.db
      .transaction(() => {
        const session = this.sessionOrThrow(sessionId);
        if (!this.statements.familyExists.get(familyId)) {
          throw familyNotFound();
        }
        const current = this.statements.one.get(sessionId, familyId)?.status ?? null;
        const status = statusForAnswer(answer, {
          capacity: session.capacity,
          goingExcludingThisFamily: this.statements.goingOthers.get(sessionId, familyId) ?? 0,
          currentStatus: current,
        });
        this.statements.upsert.run({
          sessionId,
          familyId,
          status,
          respondedAt: status === 'invited' ? null : now,
          now,
        });
        return this.statements.one.get(sessionId, familyId)!;
      })
      .immediate();
  }

  /** Puts families on a session's invite list; those already on it keep their answer. */
  inviteMany(
    sessionId: number,
    familyIds: readonly number[],
    now = new Date().toISOString(),
  ): { invited: number; alreadyListed: number } {
    return this.db
      .transaction(() => {
        this.sessionOrThrow(sessionId);
        const invited = this.statements.inviteMany.run(sessionId, now, now, JSON.stringify(familyIds)).changes;
        return { invited, alreadyListed: new Set(familyIds).size - invited };
      })
      .immediate();
  }

  /** Families with a kid inside the session's age band on its date, with why, and their current answer. */
  suggestions(sessionId: number): FamilySuggestion[] {
    const session = this.sessionOrThrow(sessionId);
    const families = this.statements.families.all();
    const kidsByFamily = new Map<number, BandFamily['kids'][number][]>();
    for (const kid of this.statements.kids.all()) {
      const list = kidsByFamily.get(kid.family_id) ?? [];
      list.push({ name: kid.name, birthDate: kid.birth_date, birthPrecision: kid.birth_precision });
      kidsByFamily.set(kid.family_id, list);
    }
    const band = { minMonths: session.age_min_months, maxMonths: session.age_max_months };
    const suggested = suggestFamilies(
      families.map((family) => ({ id: family.id, kids: kidsByFamily.get(family.id) ?? [] })),
      band,
      session.date,
    );
    const byId = new Map(families.map((family) => [family.id, family]));
    const answers = new Map(this.statements.ofSession.all(sessionId).map((row) => [row.familyId, row.status]));
    return suggested.map(({ familyId, reasons }) => {
      const family = byId.get(familyId)!;
      return {
        familyId,
        parentName: family.parent_name,
        email: family.email,
        reasons,
        rsvp: answers.get(familyId) ?? null,
      };
    });
  }

  /** Everyone with an answer for these sessions, for calendar invites (one query for any number of sessions). */
  attendeesOf(sessionIds: readonly number[]): Map<number, AttendeeRow[]> {
    const bySession = new Map<number, AttendeeRow[]>();
    for (const row of this.statements.attendeesOf.all(JSON.stringify(sessionIds))) {
      const list = bySession.get(row.session_id) ?? [];
      list.push(row);
      bySession.set(row.session_id, list);
    }
    return bySession;
  }

  private sessionOrThrow(sessionId: number) {
    const session = this.statements.session.get(sessionId);
    if (!session) throw new ApiFailure(apiError('not_found', 'That session no longer exists.'));
    return session;
  }
}
