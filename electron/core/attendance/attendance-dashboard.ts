/** The attendance dashboard: reads visits with SQL, computes the figures with the pure rules in shared/domain. */
import type { Database, Statement } from 'better-sqlite3';
import type { AttendanceDashboard, FollowUpFamily } from '../../../shared/api/methods/attendance';
import type { BirthPrecision } from '../../../shared/domain/age';
import { attendanceBandIndex, FIXED_ATTENDANCE_AGE_BANDS } from '../../../shared/domain/attendance/age-bands';
import {
  firstTimersWhoReturned,
  newcomersPerMonth,
  notSeenIn,
  regulars,
  weeksBefore,
  type FamilyVisits,
  type Visit,
} from '../../../shared/domain/attendance/stats';
import { localToday } from '../../../shared/domain/calendar-date';

/** How many recent sessions the chart shows, and the window for regulars and kids by age. */
const SESSIONS_SHOWN = 26;
const RECENT_WEEKS = 12;
const REGULAR_VISITS = 3;
const LIST_LIMIT = 200;

export class AttendanceDashboardReader {
  private readonly statements: {
    visits: Statement<[string], { family_id: number; session_id: number; date: string }>;
    perSession: Statement<
      [string, number],
      { session_id: number; date: string; title: string; families: number; kids: number }
    >;
    recentKids: Statement<[string, string], { birth_date: string; birth_precision: BirthPrecision }>;
    contacts: Statement<[string], { id: number; parent_name: string; email: string; phone: string }>;
  };

  constructor(db: Database) {
    this.statements = {
      // Rained-out sessions (Reach) are left out of every figure: they say nothing about who comes.
      visits: db.prepare(
        'SELECT a.family_id, a.session_id, s.date FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.date <= ? AND s.rained_out_at IS NULL',
      ),
      perSession: db.prepare(`
        SELECT * FROM (
          SELECT s.id AS session_id, s.date, s.title, count(*) AS families,
                 (SELECT count(*) FROM attendance_kids ak WHERE ak.session_id = s.id) AS kids
          FROM sessions s JOIN attendance a ON a.session_id = s.id
          WHERE s.date <= ? AND s.rained_out_at IS NULL
          GROUP BY s.id ORDER BY s.date DESC, s.start_time DESC LIMIT ?)
        ORDER BY date, session_id`),
      recentKids: db.prepare(`
        SELECT DISTINCT k.id, k.birth_date, k.birth_precision
        FROM attendance_kids ak JOIN sessions s ON s.id = ak.session_id JOIN kids k ON k.id = ak.kid_id
        WHERE s.date BETWEEN ? AND ? AND s.rained_out_at IS NULL`),
      contacts: db.prepare(
        'SELECT id, parent_name, email, phone FROM families WHERE id IN (SELECT value FROM json_each(?))',
      ),
    };
  }

  read(weeks: number, today: string = localToday()): AttendanceDashboard {
    const visits: Visit[] = this.statements.visits
      .all(today)
      .map((row) => ({ familyId: row.family_id, sessionId: row.session_id, date: row.date }));
    const recentFrom = weeksBefore(today, RECENT_WEEKS);
    const kidsByBand = FIXED_ATTENDANCE_AGE_BANDS.map((band) => ({ label: band.label, count: 0 }));
    for (const kid of this.statements.recentKids.all(recentFrom, today)) {
      const index = attendanceBandIndex(
        { birthDate: kid.birth_date, birthPrecision: kid.birth_precision },
        today,
        FIXED_ATTENDANCE_AGE_BANDS,
      );
      if (index >= 0) kidsByBand[index]!.count += 1;
    }
    return {
      perSession: this.statements.perSession.all(today, SESSIONS_SHOWN).map((row) => ({
        sessionId: row.session_id,
        date: row.date,
        title: row.title,
        families: row.families,
        kids: row.kids,
      })),
      newcomersPerMonth: newcomersPerMonth(visits),
      firstTimers: firstTimersWhoReturned(visits),
      kidsByBand,
      regulars: this.withContacts(regulars(visits, recentFrom, REGULAR_VISITS).slice(0, LIST_LIMIT)),
      notSeen: this.withContacts(notSeenIn(visits, today, weeks).slice(0, LIST_LIMIT)),
      weeks,
    };
  }

  private withContacts(families: FamilyVisits[]): FollowUpFamily[] {
    const contacts = new Map(
      this.statements.contacts
        .all(JSON.stringify(families.map((family) => family.familyId)))
        .map((row) => [row.id, row]),
    );
    return families.flatMap((family) => {
      const contact = contacts.get(family.familyId);
      if (!contact) return [];
      return [{ ...family, parentName: contact.parent_name, email: contact.email, phone: contact.phone }];
    });
  }
}
