/** Who came to which session: check-ins, walk-ins, the paper sheet, and the views and stats built on them. */
import type { Database, Statement } from 'better-sqlite3';
import type {
  AttendanceSession,
  CheckInFamily,
  FamilyAttendanceHistory,
  SessionAttendance,
} from '../../../shared/api/methods/attendance';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';
import type { KidInput } from '../../../shared/api/schemas';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { formatAge } from '../../../shared/domain/age';
import { attendanceAgeBands } from '../../../shared/domain/attendance/age-bands';
import { headcount } from '../../../shared/domain/attendance/headcount';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../../shared/domain/calendar-date';
import { familyInputSchema } from '../../../shared/api/schemas';
import { wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';
import { FamiliesRepository } from '../families/families-repository';
import { likePattern, type KidRow } from '../families/family-rows';
import { NameSearchIndex } from './name-search-index';
import { emailKey } from '../../../shared/domain/families/family';
import { walkInMatch, type WalkInMatchReason } from '../../../shared/domain/attendance/walk-in-match';
import { phoneMatchKey } from '../../../shared/domain/families/family';
import { familyNotFound } from '../families/family-not-found';

/** Named as the API's AttendanceSession, with the zone its instants are worked out in. */
interface SessionRow extends Omit<AttendanceSession, 'startsAt' | 'endsAt' | 'rainedOut'> {
  timeZone: string;
  rainedOutAt: string | null;
}

interface FamilyStateRow {
  id: number;
  parent_name: string;
  second_parent_name: string;
  email: string;
  phone: string;
  rsvp: RsvpStatus | null;
  checked_in: number;
  walk_in: number;
  adults: number;
}

export type AttendanceSource = 'check-in' | 'paper' | 'import';

const SESSION_SELECT = `
  SELECT s.id, s.date, s.start_time AS startTime, s.end_time AS endTime, s.time_zone AS timeZone, s.title, s.status,
         s.rained_out_at AS rainedOutAt, s.age_min_months AS ageMinMonths, s.age_max_months AS ageMaxMonths,
         COALESCE(p.name, '') AS parkName,
         (SELECT count(*) FROM rsvps r WHERE r.session_id = s.id AND r.status IN ('going', 'maybe')) AS rsvps,
         (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) AS checkedIn
  FROM sessions s LEFT JOIN parks p ON p.id = s.park_id`;

/** Going first, then maybe, invited, waitlisted, no RSVP, declined. */
const RSVP_RANK = `CASE r.status WHEN 'going' THEN 0 WHEN 'maybe' THEN 1 WHEN 'invited' THEN 2 WHEN 'waitlisted' THEN 3 WHEN 'declined' THEN 5 ELSE 4 END`;

const FAMILY_STATE_SELECT = `
  SELECT f.id, f.parent_name, f.second_parent_name, f.email, f.phone, r.status AS rsvp,
         a.family_id IS NOT NULL AS checked_in, COALESCE(a.walk_in, 0) AS walk_in, COALESCE(a.adults, 1) AS adults
  FROM families f
  LEFT JOIN rsvps r ON r.session_id = :sessionId AND r.family_id = f.id
  LEFT JOIN attendance a ON a.session_id = :sessionId AND a.family_id = f.id`;

const NAME_MATCH = `(f.parent_name LIKE :pattern ESCAPE '\\'
     OR f.second_parent_name LIKE :pattern ESCAPE '\\'
     OR f.id IN (SELECT family_id FROM kids WHERE name LIKE :pattern ESCAPE '\\'))`;

/**
 * The check-in search over all families: parent, second parent or kid name containing the text. Walks
 * families in name order and stops at the limit, so common text answers at once; kids are scanned once
 * per search, not once per family.
 */
export const SEARCH_SQL = `${FAMILY_STATE_SELECT}
  WHERE ${NAME_MATCH}
  ORDER BY f.parent_name COLLATE NOCASE, f.id
  LIMIT :limit`;

/**
 * The same search among the session's own families (invited, RSVP'd, checked in), listed first. They are
 * few, so their kids are looked up per family rather than scanned.
 */
const SESSION_SEARCH_SQL = `${FAMILY_STATE_SELECT}
  WHERE f.id IN (SELECT family_id FROM rsvps WHERE session_id = :sessionId UNION SELECT family_id FROM attendance WHERE session_id = :sessionId)
    AND (f.parent_name LIKE :pattern ESCAPE '\\'
      OR f.second_parent_name LIKE :pattern ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM kids k WHERE k.family_id = f.id AND k.name LIKE :pattern ESCAPE '\\'))
  ORDER BY ${RSVP_RANK}, f.parent_name COLLATE NOCASE, f.id`;

const SEARCH_LIMIT = 50;

/** Invited, RSVP'd or already here: the session's own families come first in a search. */
const isOwn = (row: FamilyStateRow) => row.rsvp !== null || row.checked_in === 1;

function toSession({ timeZone, rainedOutAt, ...session }: SessionRow): AttendanceSession {
  return {
    ...session,
    startsAt: wallClockToInstant(session.date, session.startTime, timeZone),
    endsAt: wallClockToInstant(session.date, session.endTime, timeZone),
    rainedOut: rainedOutAt !== null,
  };
}

const notFoundSession = () =>
  new ApiFailure(apiError('not_found', 'That session no longer exists; it may have been deleted.', 'sessionId'));
const notFoundFamily = () => familyNotFound('familyId');

export class AttendanceRepository {
  private readonly db: Database;
  private readonly families: FamiliesRepository;
  private readonly names: NameSearchIndex;
  private readonly statements: {
    sessionsBetween: Statement<{ from: string; to: string }, SessionRow>;
    session: Statement<[number], SessionRow>;
    sessionFamilies: Statement<{ sessionId: number }, FamilyStateRow>;
    search: Statement<{ sessionId: number; pattern: string; limit: number }, FamilyStateRow>;
    familyStates: Statement<{ sessionId: number; ids: string }, FamilyStateRow>;
    byEmailKey: Statement<[string], number>;
    byPhoneEnd: Statement<[string], number>;
    sessionSearch: Statement<{ sessionId: number; pattern: string }, FamilyStateRow>;
    kidsOf: Statement<[string], KidRow>;
    checkedInKids: Statement<[number], { kid_id: number }>;
    familyExists: Statement<[number], number>;
    kidIdsOfFamily: Statement<[number], number>;
    bornKidIdsOfFamily: Statement<[number, string], number>;
    upsertAttendance: Statement<Record<string, unknown>>;
    clearKids: Statement<[number, number]>;
    addKid: Statement<[number, number, number]>;
    deleteAttendance: Statement<[number, number]>;
    attendanceFamilies: Statement<[number], number>;
    countFamilies: Statement<[string], number>;
    markWalkIn: Statement<[number]>;
    history: Statement<
      [number],
      { session_id: number; date: string; title: string; park_name: string; walk_in: number }
    >;
  };

  constructor(db: Database) {
    this.db = db;
    this.families = new FamiliesRepository(db);
    this.names = new NameSearchIndex(db);
    this.statements = {
      sessionsBetween: db.prepare(
        `${SESSION_SELECT} WHERE s.date BETWEEN :from AND :to ORDER BY s.date DESC, s.start_time DESC, s.id DESC LIMIT 300`,
      ),
      session: db.prepare(`${SESSION_SELECT} WHERE s.id = ?`),
      sessionFamilies: db.prepare(`${FAMILY_STATE_SELECT}
        WHERE f.id IN (SELECT family_id FROM rsvps WHERE session_id = :sessionId UNION SELECT family_id FROM attendance WHERE session_id = :sessionId)
        ORDER BY ${RSVP_RANK}, f.parent_name COLLATE NOCASE, f.id`),
      search: db.prepare(SEARCH_SQL),
      familyStates: db.prepare(`${FAMILY_STATE_SELECT} WHERE f.id IN (SELECT value FROM json_each(:ids))`),
      byEmailKey: db
        .prepare<[string], number>("SELECT id FROM families WHERE email_key = ? AND email_key <> '' LIMIT 10")
        .pluck(),
      // The last ten digits: "+1 555 777 1212" is "(555) 777-1212". Asked once per walk-in, so a scan is fine.
      byPhoneEnd: db
        .prepare<[string], number>(
          "SELECT id FROM families WHERE phone_key <> '' AND substr(phone_key, -10) = ? LIMIT 10",
        )
        .pluck(),
      sessionSearch: db.prepare(SESSION_SEARCH_SQL),
      kidsOf: db.prepare(
        'SELECT id, family_id, name, birth_date, birth_precision FROM kids WHERE family_id IN ' +
          '(SELECT value FROM json_each(?)) ORDER BY family_id, position, id',
      ),
      checkedInKids: db.prepare('SELECT kid_id FROM attendance_kids WHERE session_id = ?'),
      familyExists: db.prepare<[number], number>('SELECT 1 FROM families WHERE id = ?').pluck(),
      kidIdsOfFamily: db
        .prepare<[number], number>('SELECT id FROM kids WHERE family_id = ? ORDER BY position, id')
        .pluck(),
      bornKidIdsOfFamily: db
        .prepare<[number, string], number>(
          'SELECT id FROM kids WHERE family_id = ? AND birth_date <= ? ORDER BY position, id',
        )
        .pluck(),
      upsertAttendance: db.prepare(`
        INSERT INTO attendance (session_id, family_id, checked_in_at, walk_in, adults, source)
        VALUES (:sessionId, :familyId, :now, :walkIn, COALESCE(:adults, 1), :source)
        ON CONFLICT (session_id, family_id) DO UPDATE SET adults = COALESCE(:adults, adults)`),
      clearKids: db.prepare('DELETE FROM attendance_kids WHERE session_id = ? AND family_id = ?'),
      addKid: db.prepare('INSERT INTO attendance_kids (session_id, family_id, kid_id) VALUES (?, ?, ?)'),
      deleteAttendance: db.prepare('DELETE FROM attendance WHERE session_id = ? AND family_id = ?'),
      attendanceFamilies: db.prepare<[number], number>('SELECT family_id FROM attendance WHERE session_id = ?').pluck(),
      countFamilies: db
        .prepare<[string], number>('SELECT count(*) FROM families WHERE id IN (SELECT value FROM json_each(?))')
        .pluck(),
      markWalkIn: db.prepare("UPDATE families SET source = 'walk-in' WHERE id = ?"),
      history: db.prepare(`
        SELECT a.session_id, s.date, s.title, COALESCE(p.name, '') AS park_name, a.walk_in
        FROM attendance a JOIN sessions s ON s.id = a.session_id LEFT JOIN parks p ON p.id = s.park_id
        WHERE a.family_id = ? ORDER BY s.date DESC, s.start_time DESC`),
    };
  }

  /** Sessions from 26 weeks ago to 13 weeks ahead, newest first. */
  sessions(today: string = localToday()): AttendanceSession[] {
    const day = parseIsoDate(today)!;
    return this.statements.sessionsBetween
      .all({ from: formatIsoDate(addDays(day, -182)), to: formatIsoDate(addDays(day, 91)) })
      .map(toSession);
  }

  session(sessionId: number): AttendanceSession {
    const row = this.statements.session.get(sessionId);
    if (!row) throw notFoundSession();
    return toSession(row);
  }

  sessionAttendance(sessionId: number): SessionAttendance {
    const session = this.session(sessionId);
    const families = this.withKids(session, this.statements.sessionFamilies.all({ sessionId }));
    const parties = families
      .filter((family) => family.checkedIn)
      .map((family) => ({ adults: family.adults, kids: family.kids.filter((kid) => kid.checkedIn) }));
    return { session, families, headcount: headcount(parties, session.date, attendanceAgeBands(session)) };
  }

  /**
   * Families whose parent or kid names hold the text, the session's own first; when that finds fewer
   * than a screenful, families whose names match forgivingly (accents, a typo, "Pria" for Priya) follow,
   * the session's own and the closest first.
   */
  search(sessionId: number, search: string): CheckInFamily[] {
    const term = search.trim();
    if (term === '') return this.sessionAttendance(sessionId).families.slice(0, SEARCH_LIMIT);
    const session = this.session(sessionId);
    const pattern = likePattern(term);
    const own = this.statements.sessionSearch.all({ sessionId, pattern });
    const ownIds = new Set(own.map((row) => row.id));
    const others = this.statements.search
      .all({ sessionId, pattern, limit: SEARCH_LIMIT + own.length })
      .filter((row) => !ownIds.has(row.id));
    const exact = [...own, ...others].slice(0, SEARCH_LIMIT);
    if (exact.length === SEARCH_LIMIT) return this.withKids(session, exact);
    const fuzzyIds = this.names.find(term, new Set(exact.map((row) => row.id)), SEARCH_LIMIT - exact.length);
    const rank = new Map(fuzzyIds.map((id, index) => [id, index]));
    const fuzzy = this.statements.familyStates
      .all({ sessionId, ids: JSON.stringify(fuzzyIds) })
      .sort((a, b) => Number(isOwn(b)) - Number(isOwn(a)) || rank.get(a.id)! - rank.get(b.id)!);
    return this.withKids(session, [...exact, ...fuzzy]);
  }

  /** Checks a family in (or updates which kids came); one transaction. */
  checkIn(
    input: { sessionId: number; familyId: number; kidIds?: number[] | undefined; adults?: number | undefined },
    options: { walkIn?: boolean; source?: AttendanceSource; now?: string } = {},
  ): void {
    this.db.transaction(() => this.checkInWithin(input, options)).immediate();
  }

  undo(sessionId: number, familyId: number): void {
    this.session(sessionId);
    this.statements.deleteAttendance.run(sessionId, familyId);
  }

  /** Adds a new family met at the park and checks it in as a first-timer. */
  walkIn(
    input: { sessionId: number; parentName: string; email: string; phone: string; kids: KidInput[] },
    now: string = new Date().toISOString(),
  ): number {
    return this.db
      .transaction(() => {
        this.session(input.sessionId);
        const family = this.families.create(
          familyInputSchema.parse({
            parentName: input.parentName,
            email: input.email,
            phone: input.phone,
            kids: input.kids,
          }),
          now,
        );
        this.statements.markWalkIn.run(family.id);
        this.checkInWithin({ sessionId: input.sessionId, familyId: family.id }, { walkIn: true, now });
        return family.id;
      })
      .immediate();
  }

  /**
   * Families the walk-in may already be (same email, same phone, or a similar name with a kid in
   * common), best reason first, at most three: the walk-in form asks "Is this …?" before adding anyone.
   */
  walkInMatches(input: {
    sessionId: number;
    parentName: string;
    email: string;
    phone: string;
    kids: KidInput[];
  }): { family: CheckInFamily; reason: WalkInMatchReason }[] {
    const session = this.session(input.sessionId);
    const ids = new Set<number>();
    const email = emailKey(input.email);
    if (email !== '') for (const id of this.statements.byEmailKey.all(email)) ids.add(id);
    const phone = phoneMatchKey(input.phone);
    if (phone !== '') for (const id of this.statements.byPhoneEnd.all(phone)) ids.add(id);
    for (const id of this.names.find(input.parentName, ids, 20)) ids.add(id);
    const person = {
      ...input,
      kids: input.kids.map((kid) => ({
        name: kid.name ?? '',
        birthDate: kid.birthDate,
        birthPrecision: kid.birthPrecision,
      })),
    };
    const RANK: Record<WalkInMatchReason, number> = { email: 0, phone: 1, 'name-and-kid': 2 };
    const reasons = new Map<number, WalkInMatchReason>();
    for (const id of ids) {
      const reason = walkInMatch(person, this.families.get(id));
      if (reason) reasons.set(id, reason);
    }
    const matched = [...reasons].sort((a, b) => RANK[a[1]] - RANK[b[1]] || a[0] - b[0]).slice(0, 3);
    const order = new Map(matched.map(([id], index) => [id, index]));
    const rows = this.statements.familyStates
      .all({ sessionId: session.id, ids: JSON.stringify(matched.map(([id]) => id)) })
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return this.withKids(session, rows).map((family) => ({ family, reason: reasons.get(family.familyId)! }));
  }

  /** Makes the session's attendance exactly the ticked families; new ones come with all their kids. */
  savePaper(
    sessionId: number,
    familyIds: number[],
    now: string = new Date().toISOString(),
  ): { added: number; removed: number } {
    return this.db
      .transaction(() => {
        this.session(sessionId);
        const wanted = new Set(familyIds);
        if (this.statements.countFamilies.get(JSON.stringify([...wanted])) !== wanted.size) {
          throw new ApiFailure(
            apiError(
              'not_found',
              'One of the ticked families no longer exists; reload the list and try again.',
              'familyIds',
            ),
          );
        }
        const present = new Set(this.statements.attendanceFamilies.all(sessionId));
        let added = 0;
        let removed = 0;
        for (const familyId of wanted) {
          if (present.has(familyId)) continue;
          this.checkInWithin({ sessionId, familyId }, { source: 'paper', now });
          added += 1;
        }
        for (const familyId of present) {
          if (wanted.has(familyId)) continue;
          this.statements.deleteAttendance.run(sessionId, familyId);
          removed += 1;
        }
        return { added, removed };
      })
      .immediate();
  }

  history(familyId: number, today: string = localToday()): FamilyAttendanceHistory {
    if (this.statements.familyExists.get(familyId) === undefined) throw notFoundFamily();
    const visits = this.statements.history.all(familyId).map((row) => ({
      sessionId: row.session_id,
      date: row.date,
      title: row.title,
      parkName: row.park_name,
      walkIn: row.walk_in === 1,
      upcoming: row.date > today,
    }));
    // A session still to come (checked in early) is listed, but she has not "last seen" them on it yet.
    const happened = visits.filter((visit) => !visit.upcoming);
    return { familyId, visits, firstVisit: happened.at(-1)?.date ?? null, lastVisit: happened[0]?.date ?? null };
  }

  /** The body of a check-in, for use inside a transaction. */
  checkInWithin(
    input: { sessionId: number; familyId: number; kidIds?: number[] | undefined; adults?: number | undefined },
    options: { walkIn?: boolean; source?: AttendanceSource; now?: string } = {},
  ): void {
    const session = this.session(input.sessionId);
    if (this.statements.familyExists.get(input.familyId) === undefined) throw notFoundFamily();
    const familyKids = this.statements.kidIdsOfFamily.all(input.familyId);
    // "All its kids" are the ones born by the session's day: a baby on the way is not in the headcount.
    const kidIds = input.kidIds ?? this.statements.bornKidIdsOfFamily.all(input.familyId, session.date);
    const own = new Set(familyKids);
    kidIds.forEach((kidId, index) => {
      if (!own.has(kidId))
        throw new ApiFailure(
          apiError('invalid_params', 'One of the kids does not belong to this family.', `kidIds.${index}`),
        );
    });
    this.statements.upsertAttendance.run({
      sessionId: input.sessionId,
      familyId: input.familyId,
      now: options.now ?? new Date().toISOString(),
      walkIn: options.walkIn ? 1 : 0,
      adults: input.adults ?? null,
      source: options.source ?? 'check-in',
    });
    this.statements.clearKids.run(input.sessionId, input.familyId);
    for (const kidId of new Set(kidIds)) this.statements.addKid.run(input.sessionId, input.familyId, kidId);
  }

  private withKids(session: AttendanceSession, rows: FamilyStateRow[]): CheckInFamily[] {
    const kids = this.statements.kidsOf.all(JSON.stringify(rows.map((row) => row.id)));
    const came = new Set(this.statements.checkedInKids.all(session.id).map((row) => row.kid_id));
    const byFamily = new Map<number, KidRow[]>();
    for (const kid of kids) {
      const list = byFamily.get(kid.family_id);
      if (list) list.push(kid);
      else byFamily.set(kid.family_id, [kid]);
    }
    return rows.map((row) => ({
      familyId: row.id,
      parentName: row.parent_name,
      secondParentName: row.second_parent_name,
      email: row.email,
      phone: row.phone,
      rsvp: row.rsvp,
      checkedIn: row.checked_in === 1,
      walkIn: row.walk_in === 1,
      adults: row.adults,
      kids: (byFamily.get(row.id) ?? []).map((kid) => ({
        id: kid.id,
        name: kid.name,
        birthDate: kid.birth_date,
        birthPrecision: kid.birth_precision,
        age: formatAge(kid.birth_date, kid.birth_precision, session.date),
        checkedIn: came.has(kid.id),
        notBornYet: kid.birth_date > session.date,
      })),
    }));
  }
}
