/**
 * The connection answers the API gives: pairs with their time together, families not yet connected,
 * proposed and saved circles with their reasons, welcome suggestions and introductions. Each reads what it
 * needs (connection-data.ts) and applies the pure rules in shared/domain/connections/.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type {
  CircleMember,
  CircleProposal,
  Introduction,
  PairTie,
  ProposedCircleRow,
  SavedCircle,
  SessionIdea,
  UnconnectedFamilyRow,
} from '../../../shared/api/methods/connections';
import { ageInMonths, ageUncertaintyMonths, formatAge, type BirthPrecision } from '../../../shared/domain/age';
import { localToday } from '../../../shared/domain/calendar-date';
import {
  DEFAULT_MAX_AGE_GAP_MONTHS,
  circleReasons,
  circleScore,
  proposeCircles,
  type CircleFamily,
  type CircleOptions,
} from '../../../shared/domain/connections/circles';
import { pathPosition } from '../../../shared/domain/connections/friendship-path';
import { introductionText, otherSide } from '../../../shared/domain/connections/introduction';
import { introductionCandidates } from '../../../shared/domain/connections/introduction-candidates';
import { sessionIdeaTitle, sharedPark, type ParkVisit } from '../../../shared/domain/connections/session-idea';
import { formatHours } from '../../../shared/domain/connections/time-together';
import { unconnectedFamilies } from '../../../shared/domain/connections/unconnected';
import {
  welcomeSuggestions,
  type PresentFamily,
  type WelcomeSuggestion,
} from '../../../shared/domain/connections/welcome';
import { familyNotFound } from '../families/family-not-found';
import type { CirclesRepository } from './circles-repository';
import { ConnectionData, type FamilyRow } from './connection-data';
import type { IntroductionsRepository } from './introductions-repository';

const REASON_SEPARATOR = ' · ';

/**
 * Everyone checked in to the session, with how many sessions before that day they came to. Runs at every
 * first-timer's check-in (target under 50 ms): the visit count goes through attendance_by_family.
 */
export const WELCOME_PRESENT_SQL = `
  SELECT a.family_id, f.parent_name, f.neighborhood,
    (SELECT count(*) FROM attendance b JOIN sessions s ON s.id = b.session_id
      WHERE b.family_id = a.family_id AND s.date < :date AND s.status <> 'cancelled') AS visits_before
  FROM attendance a JOIN families f ON f.id = a.family_id WHERE a.session_id = :session`;

/** The kids of the families checked in, marking the ones who came today. */
export const WELCOME_KIDS_SQL = `
  SELECT k.family_id, k.name, k.birth_date, k.birth_precision,
    EXISTS (SELECT 1 FROM attendance_kids ak WHERE ak.session_id = a.session_id AND ak.kid_id = k.id) AS came
  FROM attendance a JOIN kids k ON k.family_id = a.family_id WHERE a.session_id = :session ORDER BY k.family_id, k.position, k.id`;

interface PresentRow {
  family_id: number;
  parent_name: string;
  neighborhood: string;
  visits_before: number;
}

export class ConnectionViews {
  private readonly data: ConnectionData;
  private readonly circles: CirclesRepository;
  private readonly introductions: IntroductionsRepository;
  private readonly s: {
    session: Statement<[number], { date: string } | undefined>;
    family: Statement<
      [number],
      { id: number; parent_name: string; neighborhood: string; consent_share_contact: number } | undefined
    >;
    kidsOf: Statement<[number], { name: string; birth_date: string; birth_precision: BirthPrecision }>;
    present: Statement<{ session: number; date: string }, PresentRow>;
    kidsPresent: Statement<
      { session: number },
      { family_id: number; name: string; birth_date: string; birth_precision: BirthPrecision; came: number }
    >;
    checkedIn: Statement<[number, number], number | undefined>;
    parkVisits: Statement<{ ids: string }, ParkVisit>;
    parkName: Statement<[number], string | undefined>;
  };

  constructor(db: Database, circles: CirclesRepository, introductions: IntroductionsRepository) {
    this.data = new ConnectionData(db);
    this.circles = circles;
    this.introductions = introductions;
    this.s = {
      session: db.prepare('SELECT date FROM sessions WHERE id = ?'),
      family: db.prepare('SELECT id, parent_name, neighborhood, consent_share_contact FROM families WHERE id = ?'),
      kidsOf: db.prepare(
        'SELECT name, birth_date, birth_precision FROM kids WHERE family_id = ? ORDER BY position, id',
      ),
      present: db.prepare(WELCOME_PRESENT_SQL),
      kidsPresent: db.prepare(WELCOME_KIDS_SQL),
      checkedIn: db.prepare('SELECT 1 FROM attendance WHERE session_id = ? AND family_id = ?').pluck() as Statement<
        [number, number],
        number | undefined
      >,
      // Parks still in use: an archived park is not offered for a new session.
      parkVisits: db.prepare(`
        SELECT a.family_id AS familyId, s.park_id AS parkId, count(*) AS sessions
        FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN parks p ON p.id = s.park_id
        WHERE a.family_id IN (SELECT value FROM json_each(:ids)) AND s.status <> 'cancelled' AND p.archived_at IS NULL
        GROUP BY a.family_id, s.park_id`),
      parkName: db.prepare('SELECT name FROM parks WHERE id = ?').pluck() as Statement<[number], string | undefined>,
    };
  }

  pairs(familyId: number | undefined, limit: number): PairTie[] {
    const ties = this.data.ties();
    const names = new Map(this.data.families().map((family) => [family.id, family.parentName]));
    // A family that is gone gets the usual answer rather than an empty list ("no one has met yet").
    if (familyId !== undefined && !names.has(familyId)) throw familyNotFound('familyId');
    const chosen =
      familyId === undefined
        ? [...ties.pairs]
        : ties.pairs.filter((pair) => pair.a === familyId || pair.b === familyId);
    chosen.sort((x, y) => y.minutes - x.minutes || y.sessions - x.sessions || x.a - y.a || x.b - y.b);
    return chosen.slice(0, limit).map((pair) => {
      const [self, other] = familyId === undefined || pair.a === familyId ? [pair.a, pair.b] : [pair.b, pair.a];
      const path = pathPosition(pair.minutes);
      return {
        familyId: self,
        parentName: names.get(self) ?? '',
        otherFamilyId: other,
        otherParentName: names.get(other) ?? '',
        sessions: pair.sessions,
        minutes: pair.minutes,
        together: `${pair.sessions} session${pair.sessions === 1 ? '' : 's'}, ${formatHours(pair.minutes)} together`,
        stage: path.stage,
        path: path.summary,
      };
    });
  }

  unconnected(): UnconnectedFamilyRow[] {
    const today = localToday();
    const byId = new Map(this.data.families().map((family) => [family.id, family]));
    const visits = this.data.visits(today);
    const ties = this.data.ties(today);
    const rows = unconnectedFamilies(visits, ties.pairs).filter((row) => byId.has(row.familyId));
    const introducedTo = new Map(
      rows.map((row) => [
        row.familyId,
        this.introductions.ofFamily(row.familyId).map((introduction) => {
          const other = otherSide(introduction, row.familyId);
          return {
            otherFamilyId: other.familyId,
            otherParentName: other.parentName,
            introducedAt: introduction.introducedAt,
          };
        }),
      ]),
    );
    const roster = this.data.candidateFamilies(today, visits);
    const rosterById = new Map(roster.map((family) => [family.id, family]));
    const candidates = introductionCandidates(
      rows.map((row) => rosterById.get(row.familyId)!),
      roster,
      this.data.neighbors(),
      ties.sessionsTogether,
      (familyId) => new Set(introducedTo.get(familyId)!.map((introduction) => introduction.otherFamilyId)),
    );
    return rows.map((row) => {
      const family = byId.get(row.familyId)!;
      return {
        familyId: row.familyId,
        parentName: family.parentName,
        email: family.email,
        neighborhood: family.neighborhood,
        visits: row.visits,
        reason: row.reason,
        consentsToShare: family.consentsToShare,
        introducedTo: introducedTo.get(row.familyId)!,
        introductionCandidates: candidates.get(row.familyId) ?? [],
      };
    });
  }

  propose(options: CircleOptions & { on?: string | undefined }): CircleProposal {
    const on = options.on ?? localToday();
    const saved = this.circles.list().filter((circle) => circle.locked);
    const lockedFamilies = new Set(saved.flatMap((circle) => circle.familyIds));
    const families = this.data.circleFamilies(on);
    const byId = new Map(families.map((family) => [family.id, family]));
    const ties = this.data.ties();
    const circles = proposeCircles(
      families.filter((family) => !lockedFamilies.has(family.id)),
      options,
      this.data.neighbors(),
      ties.sessionsTogether,
    );
    return {
      on,
      size: options.size,
      maxAgeGapMonths: options.maxAgeGapMonths,
      seed: options.seed,
      lockedCircles: saved.length,
      circles: circles.map((circle) => ({
        families: circle.familyIds.map((id) => member(byId.get(id)!)),
        sharesContacts: circle.sharesContacts,
        score: circle.score,
        reasons: circle.reasons,
        summary: circle.reasons.join(REASON_SEPARATOR),
      })),
    };
  }

  /** Circles as the organizer edited a proposal, scored and explained as a proposal is (on its day). */
  describe(
    circles: readonly { familyIds: readonly number[]; sharesContacts: boolean }[],
    options: { maxAgeGapMonths: number; on?: string | undefined },
  ): ProposedCircleRow[] {
    this.circles.check(circles);
    const families = new Map(this.data.circleFamilies(options.on ?? localToday()).map((family) => [family.id, family]));
    const neighbors = this.data.neighbors();
    const ties = this.data.ties();
    return circles.map((circle) => {
      const members = circle.familyIds.map((id) => families.get(id)!);
      const reasons = circleReasons(members, circle.sharesContacts, neighbors, ties.sessionsTogether);
      return {
        families: members.map(member),
        sharesContacts: circle.sharesContacts,
        score: Math.round(circleScore(members, options, neighbors, ties.sessionsTogether) * 100) / 100,
        reasons,
        summary: reasons.join(REASON_SEPARATOR),
      };
    });
  }

  /** A title saying who a session is for and the park these families share, for the session form. */
  sessionIdea(familyIds: readonly number[], kind: 'circle' | 'unconnected'): SessionIdea {
    const wanted = new Set(familyIds);
    const families = this.data.circleFamilies(localToday()).filter((family) => wanted.has(family.id));
    if (families.length === 0)
      throw new ApiFailure(apiError('not_found', 'Those families no longer exist; they may have been deleted.'));
    const parkId = sharedPark(this.s.parkVisits.all({ ids: JSON.stringify(familyIds) }), families.length);
    return {
      title: sessionIdeaTitle(kind === 'circle' ? 'Small circle' : 'New friends', families),
      parkId,
      parkName: parkId === null ? null : (this.s.parkName.get(parkId) ?? null),
    };
  }

  /** The saved circles, each with its reasons as of today. */
  saved(): SavedCircle[] {
    const families = new Map(this.data.circleFamilies(localToday()).map((family) => [family.id, family]));
    const neighbors = this.data.neighbors();
    const ties = this.data.ties();
    return this.circles.list().map((circle) => {
      const members = circle.familyIds
        .map((id) => families.get(id))
        .filter((family): family is CircleFamily => family !== undefined);
      const view: ProposedCircleRow = {
        families: members.map(member),
        sharesContacts: circle.sharesContacts,
        score:
          Math.round(
            circleScore(members, { maxAgeGapMonths: DEFAULT_MAX_AGE_GAP_MONTHS }, neighbors, ties.sessionsTogether) *
              100,
          ) / 100,
        reasons: members.length
          ? circleReasons(members, circle.sharesContacts, neighbors, ties.sessionsTogether)
          : ['no families yet'],
        summary: '',
      };
      view.summary = view.reasons.join(REASON_SEPARATOR);
      return { id: circle.id, name: circle.name, locked: circle.locked, ...view };
    });
  }

  welcome(sessionId: number, familyId: number): { firstTimer: boolean; suggestions: WelcomeSuggestion[] } {
    const session = this.s.session.get(sessionId);
    if (!session) throw new ApiFailure(apiError('not_found', 'That session no longer exists.'));
    if (!this.s.checkedIn.get(sessionId, familyId)) {
      throw new ApiFailure(apiError('invalid_params', 'That family is not checked in to this session.', 'familyId'));
    }
    const kids = new Map<number, PresentFamily['kids'][number][]>();
    const kidRows = this.s.kidsPresent.all({ session: sessionId });
    const cameWithKids = new Set(kidRows.filter((kid) => kid.came === 1).map((kid) => kid.family_id));
    for (const kid of kidRows) {
      const months = ageInMonths(kid.birth_date, session.date, kid.birth_precision);
      // A family that came with only some of its kids is matched on the kids who came.
      if (months === null || (kid.came === 0 && cameWithKids.has(kid.family_id))) continue;
      const list = kids.get(kid.family_id) ?? [];
      list.push({
        name: kid.name,
        ageMonths: months,
        ageText: formatAge(kid.birth_date, kid.birth_precision, session.date),
        ageUncertaintyMonths: ageUncertaintyMonths(kid.birth_precision),
      });
      kids.set(kid.family_id, list);
    }
    const present: PresentFamily[] = this.s.present.all({ session: sessionId, date: session.date }).map((row) => ({
      familyId: row.family_id,
      parentName: row.parent_name,
      neighborhood: row.neighborhood,
      visitsBefore: row.visits_before,
      kids: kids.get(row.family_id) ?? [],
    }));
    const newcomer = present.find((family) => family.familyId === familyId)!;
    if (newcomer.visitsBefore > 0) return { firstTimer: false, suggestions: [] };
    return { firstTimer: true, suggestions: welcomeSuggestions(newcomer, present, this.data.neighbors()) };
  }

  introduce(
    familyId: number,
    otherFamilyId: number,
    record: boolean,
  ): { text: string; introduction: Introduction | null } {
    if (familyId === otherFamilyId)
      throw new ApiFailure(apiError('invalid_params', 'Choose two different families to introduce.', 'otherFamilyId'));
    const [family, other] = [
      this.familyOrThrow(familyId, 'familyId'),
      this.familyOrThrow(otherFamilyId, 'otherFamilyId'),
    ];
    for (const [row, field] of [
      [family, 'familyId'],
      [other, 'otherFamilyId'],
    ] as const) {
      if (row.consent_share_contact !== 1) {
        throw new ApiFailure(
          apiError(
            'invalid_params',
            `${row.parent_name} has not agreed to share contact details, so Village will not introduce her.`,
            field,
          ),
        );
      }
    }
    const today = localToday();
    const ages = (id: number) =>
      this.s.kidsOf
        .all(id)
        .map((kid) => ageInMonths(kid.birth_date, today, kid.birth_precision))
        .filter((age): age is number => age !== null);
    const text = introductionText(
      { parentName: family.parent_name, neighborhood: family.neighborhood, kidAgesMonths: ages(familyId) },
      { parentName: other.parent_name, neighborhood: other.neighborhood, kidAgesMonths: ages(otherFamilyId) },
      this.data.neighbors().nearness(family.neighborhood, other.neighborhood),
      this.data.ties().sessionsTogether(familyId, otherFamilyId),
    );
    return { text, introduction: record ? this.introductions.record(familyId, otherFamilyId, text) : null };
  }

  private familyOrThrow(id: number, field: string) {
    const family = this.s.family.get(id);
    if (!family)
      throw new ApiFailure(apiError('not_found', `Family ${id} no longer exists; it may have been deleted.`, field));
    return family;
  }
}

function member(family: CircleFamily | FamilyRow): CircleMember {
  return {
    familyId: family.id,
    parentName: family.parentName,
    neighborhood: family.neighborhood,
    consentsToShare: family.consentsToShare,
  };
}
