/**
 * Connections over a big history: 2,000 families, 150 past sessions with 30 families at each (plus the
 * seeded roster's own visits). Time together for every pair (the pure rule and the API call), circles
 * for all 2,000 families (target under 2 s), and the welcome suggestion for a first-timer checking in
 * (target under 50 ms).
 */
import { performance } from 'node:perf_hooks';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { seededRandom } from '../../shared/domain/connections/seeded-random';
import { timeTogether } from '../../shared/domain/connections/time-together';
import type { CircleProposal, UnconnectedFamilyRow } from '../../shared/api/methods/connections';
import { introductionCandidates, type CandidateFamily } from '../../shared/domain/connections/introduction-candidates';
import { NeighborMap } from '../../shared/domain/connections/neighborhoods';
import { closestAgeGap } from '../../shared/domain/connections/circles';
import { ConnectionData } from '../../electron/core/connections/connection-data';
import { seedFamilies } from './seed-families';

export function benchConnections(databasePath: string, stats: (samples: number[]) => string): string[] {
  const FAMILIES = 2_000;
  const SESSIONS = 150;
  const ATTENDEES = 30;
  const db = openDatabase(databasePath);
  try {
    seedFamilies(db, FAMILIES);
    const next = seededRandom(7);
    const today = parseIsoDate(localToday())!;
    const now = new Date().toISOString();
    let lastSession = 0;
    db.transaction(() => {
      // Most families agreed to share contacts; a few never did.
      db.prepare('UPDATE families SET consent_share_contact = (id % 10 < 7)').run();
      const session = db.prepare(
        'INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, ' +
          "updated_at) VALUES (?, 'Circle time', ?, '09:30', '11:30', 'UTC', ?, ?)",
      );
      const attend = db.prepare(
        'INSERT OR IGNORE INTO attendance (session_id, family_id, checked_in_at) VALUES (?, ?, ?)',
      );
      for (let index = 0; index < SESSIONS; index += 1) {
        const date = formatIsoDate(addDays(today, -(SESSIONS - index)));
        lastSession = Number(session.run(`bench-connections-${index}`, date, now, now).lastInsertRowid);
        for (let seat = 0; seat < ATTENDEES; seat += 1) attend.run(lastSession, 1 + Math.floor(next() * FAMILIES), now);
      }
    })();
    const dispatch = createDispatch({ db, databasePath, version: 'bench' }, () => undefined);
    const call = (method: string, params: unknown) => {
      const result = dispatch(method, params);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };

    const sessions = db
      .prepare('SELECT id, date, start_time AS startTime, end_time AS endTime, status FROM sessions')
      .all() as Parameters<typeof timeTogether>[0];
    const presence = db
      .prepare('SELECT session_id AS sessionId, family_id AS familyId FROM attendance')
      .all() as Parameters<typeof timeTogether>[1];
    const rule: number[] = [];
    let pairs = 0;
    for (let run = 0; run < 7; run += 1) {
      const start = performance.now();
      pairs = timeTogether(sessions, presence).length;
      rule.push(performance.now() - start);
    }
    const api: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      call('connections.pairs', { limit: 500 });
      api.push(performance.now() - start);
    }

    const circles: number[] = [];
    let proposal: CircleProposal | undefined;
    for (let seed = 1; seed <= 3; seed += 1) {
      const start = performance.now();
      proposal = call('connections.proposeCircles', { size: 5, maxAgeGapMonths: 6, seed }) as CircleProposal;
      circles.push(performance.now() - start);
    }
    // How good the circles are: pairs in a circle whose closest kids are within 6 months, and who share a neighborhood.
    const families = new Map(new ConnectionData(db).circleFamilies(proposal!.on).map((family) => [family.id, family]));
    let pairsInCircles = 0;
    let agesClose = 0;
    let samePlace = 0;
    for (const circle of proposal!.circles) {
      const members = circle.families.map((member) => families.get(member.familyId)!);
      members.forEach((x, i) =>
        members.slice(i + 1).forEach((y) => {
          pairsInCircles += 1;
          if ((closestAgeGap(x.kidAgesMonths, y.kidAgesMonths) ?? Infinity) <= 6) agesClose += 1;
          if (x.neighborhood === y.neighborhood) samePlace += 1;
        }),
      );
    }
    const circleCount = proposal!.circles.length;

    // A first-timer walks in to the latest session, where 30 families (many of them regulars) are already.
    const walkIn = call('attendance.walkIn', {
      sessionId: lastSession,
      parentName: 'Zoe Newcomer',
      kids: [{ name: 'Max', birthDate: formatIsoDate(addDays(today, -800)), birthPrecision: 'day' }],
    }) as { familyId: number };
    const welcome: number[] = [];
    let suggestions = 0;
    for (let run = 0; run < 50; run += 1) {
      const start = performance.now();
      suggestions = (
        call('connections.welcome', { sessionId: lastSession, familyId: walkIn.familyId }) as { suggestions: unknown[] }
      ).suggestions.length;
      welcome.push(performance.now() - start);
    }
    // Not yet connected, each with her five best matches from the whole roster.
    const unconnected: number[] = [];
    let unconnectedRows: UnconnectedFamilyRow[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      unconnectedRows = call('connections.unconnected', {}) as UnconnectedFamilyRow[];
      unconnected.push(performance.now() - start);
    }
    // The ranking rule alone over a roster of 20,000 (the audit's size), for 100 families to introduce.
    const ROSTER = 20_000;
    const neighborhoods = [
      'Sellwood',
      'Westmoreland',
      'St Johns',
      'Lents',
      'Kenton',
      'Brooklyn',
      'Moreland',
      'Eastmoreland',
    ];
    const random = seededRandom(3);
    const roster: CandidateFamily[] = Array.from({ length: ROSTER }, (_, index) => {
      const ageMonths = Math.floor(random() * 60);
      return {
        id: index + 1,
        parentName: `Parent ${index + 1}`,
        neighborhood: neighborhoods[Math.floor(random() * neighborhoods.length)]!,
        consentsToShare: random() < 0.7,
        visits: Math.floor(random() * 20),
        kids: [{ name: 'Kid', ageMonths, ageText: `${ageMonths} m` }],
      };
    });
    const wanted = roster.filter((family) => family.consentsToShare).slice(0, 100);
    const noOne = new Set<number>();
    const ranking: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      introductionCandidates(
        wanted,
        roster,
        new NeighborMap([['Sellwood', 'Westmoreland']]),
        () => 0,
        () => noOne,
      );
      ranking.push(performance.now() - start);
    }
    return [
      `Connections (${FAMILIES.toLocaleString('en')} families, ${SESSIONS} sessions × ${ATTENDEES} attendees + 60 seeded weekly sessions)`,
      `  time together, rule (${pairs.toLocaleString('en')} pairs)       ${stats(rule)}`,
      `  time together, API (top 500 pairs)       ${stats(api)}`,
      `  circles for all families (${circleCount} circles, target under 2 s) ${stats(circles)}`,
      `  circle quality: pairs with kids within 6 months ` +
        `${((100 * agesClose) / pairsInCircles).toFixed(1)}%, same neighborhood ${((100 * samePlace) / pairsInCircles).toFixed(1)}%`,
      `  welcome at check-in (${suggestions} suggestions, target under 50 ms) ${stats(welcome)}`,
      `  not yet connected with 5 matches each (${unconnectedRows.length} families) ${stats(unconnected)}`,
      `  introduction matches, rule: 100 families × ${ROSTER.toLocaleString('en')} roster ${stats(ranking)}`,
    ];
  } finally {
    db.close();
  }
}
