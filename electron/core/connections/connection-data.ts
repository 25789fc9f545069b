/**
 * What the connection rules read from the database, in a few whole-table prepared statements: families,
 * kids, attendance and sessions, and the neighborhoods marked as neighboring. Time together is computed
 * from attendance every time (never stored), so it always agrees with who came.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { BirthPrecision } from '../../../shared/domain/age';
import { ageInMonths, ageUncertaintyMonths, formatAge } from '../../../shared/domain/age';
import type { CandidateFamily } from '../../../shared/domain/connections/introduction-candidates';
import { localToday } from '../../../shared/domain/calendar-date';
import type { CircleFamily } from '../../../shared/domain/connections/circles';
import { NeighborMap, neighborhoodKey } from '../../../shared/domain/connections/neighborhoods';
import { timeTogether, type PairTime, type TogetherSession } from '../../../shared/domain/connections/time-together';

export interface FamilyRow {
  id: number;
  parentName: string;
  email: string;
  neighborhood: string;
  consentsToShare: boolean;
}

export interface KidRow {
  familyId: number;
  name: string;
  birthDate: string;
  birthPrecision: BirthPrecision;
}

/** Pairs looked up by either order of ids (numeric maps: circles look pairs up hundreds of thousands of times). */
export class TieIndex {
  readonly pairs: readonly PairTime[];
  private readonly byPair = new Map<number, Map<number, PairTime>>();

  constructor(pairs: readonly PairTime[]) {
    this.pairs = pairs;
    for (const pair of pairs) {
      const row = this.byPair.get(pair.a);
      if (row) row.set(pair.b, pair);
      else this.byPair.set(pair.a, new Map([[pair.b, pair]]));
    }
  }

  get(x: number, y: number): PairTime | undefined {
    return x < y ? this.byPair.get(x)?.get(y) : this.byPair.get(y)?.get(x);
  }

  readonly sessionsTogether = (x: number, y: number): number => this.get(x, y)?.sessions ?? 0;
}

export class ConnectionData {
  private readonly s: {
    families: Statement<
      [],
      { id: number; parent_name: string; email: string; neighborhood: string; consent_share_contact: number }
    >;
    kids: Statement<[], { family_id: number; name: string; birth_date: string; birth_precision: BirthPrecision }>;
    sessions: Statement<[string], TogetherSession>;
    presence: Statement<[], { sessionId: number; familyId: number }>;
    visits: Statement<[string], { family_id: number; visits: number }>;
    neighbors: Statement<[], { neighborhood_key: string; other_key: string }>;
  };

  constructor(db: Database) {
    this.s = {
      families: db.prepare(
        'SELECT id, parent_name, email, neighborhood, consent_share_contact FROM families ORDER BY id',
      ),
      kids: db.prepare(
        'SELECT family_id, name, birth_date, birth_precision FROM kids ORDER BY family_id, position, id',
      ),
      // Sessions up to today: a check-in to a session still to come is not time spent together yet.
      sessions: db.prepare(
        'SELECT id, date, start_time AS startTime, end_time AS endTime, status FROM sessions WHERE date <= ?',
      ),
      presence: db.prepare('SELECT session_id AS sessionId, family_id AS familyId FROM attendance'),
      visits: db.prepare(`
        SELECT a.family_id, count(*) AS visits FROM attendance a JOIN sessions s ON s.id = a.session_id
        WHERE s.status <> 'cancelled' AND s.date <= ? GROUP BY a.family_id`),
      neighbors: db.prepare('SELECT neighborhood_key, other_key FROM neighboring_neighborhoods'),
    };
  }

  families(): FamilyRow[] {
    return this.s.families.all().map((row) => ({
      id: row.id,
      parentName: row.parent_name,
      email: row.email,
      neighborhood: row.neighborhood,
      consentsToShare: row.consent_share_contact === 1,
    }));
  }

  kidsByFamily(): Map<number, KidRow[]> {
    const byFamily = new Map<number, KidRow[]>();
    for (const row of this.s.kids.all()) {
      const kid = {
        familyId: row.family_id,
        name: row.name,
        birthDate: row.birth_date,
        birthPrecision: row.birth_precision,
      };
      const list = byFamily.get(kid.familyId);
      if (list) list.push(kid);
      else byFamily.set(kid.familyId, [kid]);
    }
    return byFamily;
  }

  ties(today: string = localToday()): TieIndex {
    return new TieIndex(timeTogether(this.s.sessions.all(today), this.s.presence.all()));
  }

  /** Sessions each family came to up to today (cancelled ones, and ones still to come, not counted). */
  visits(today: string = localToday()): Map<number, number> {
    return new Map(this.s.visits.all(today).map((row) => [row.family_id, row.visits]));
  }

  neighbors(): NeighborMap {
    const map = new NeighborMap();
    for (const row of this.s.neighbors.all()) map.add(row.neighborhood_key, row.other_key);
    return map;
  }

  /** Each family as the circle rules see it on a day: born kids' ages in months. */
  circleFamilies(on: string): CircleFamily[] {
    return this.candidateFamilies(on).map((family) => ({
      id: family.id,
      parentName: family.parentName,
      neighborhood: family.neighborhood,
      consentsToShare: family.consentsToShare,
      kidAgesMonths: family.kids.map((kid) => kid.ageMonths),
    }));
  }

  /** Each family as the introduction rule sees it on a day: visits, and born kids with their ages as shown. */
  candidateFamilies(on: string, visits: ReadonlyMap<number, number> = new Map()): CandidateFamily[] {
    const kids = this.kidsByFamily();
    return this.families().map((family) => ({
      id: family.id,
      parentName: family.parentName,
      neighborhood: family.neighborhood,
      consentsToShare: family.consentsToShare,
      visits: visits.get(family.id) ?? 0,
      kids: (kids.get(family.id) ?? []).flatMap((kid) => {
        const ageMonths = ageInMonths(kid.birthDate, on, kid.birthPrecision);
        if (ageMonths === null) return [];
        return [
          {
            name: kid.name,
            ageMonths,
            ageText: formatAge(kid.birthDate, kid.birthPrecision, on),
            ageUncertaintyMonths: ageUncertaintyMonths(kid.birthPrecision),
          },
        ];
      }),
    }));
  }

  /** A neighborhood key shown as families wrote it (the most common spelling), or the key itself. */
  displayNames(): Map<string, string> {
    const counts = new Map<string, Map<string, number>>();
    for (const family of this.families()) {
      const key = neighborhoodKey(family.neighborhood);
      if (!key) continue;
      const spellings = counts.get(key) ?? new Map<string, number>();
      const shown = family.neighborhood.trim();
      spellings.set(shown, (spellings.get(shown) ?? 0) + 1);
      counts.set(key, spellings);
    }
    const names = new Map<string, string>();
    for (const [key, spellings] of counts)
      names.set(key, [...spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0]);
    return names;
  }
}
