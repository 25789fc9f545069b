/**
 * Saved circles: the organizer's own groups, kept between visits. A family is in at most one circle (the
 * key of circle_members). A circle whose members see each other's contacts only takes families who agreed
 * to share them; a move or save that would break that is refused, naming the family.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { MAX_CIRCLE_SIZE } from '../../../shared/domain/connections/circles';

export interface StoredCircle {
  id: number;
  name: string;
  locked: boolean;
  sharesContacts: boolean;
  familyIds: number[];
}

export interface CircleToSave {
  name: string;
  familyIds: readonly number[];
  sharesContacts: boolean;
  /** Saved locked: a new proposal leaves it as it is. */
  locked?: boolean;
}

const GONE = 'That circle no longer exists; it may have been deleted.';

export class CirclesRepository {
  private readonly db: Database;
  private readonly s: {
    circles: Statement<[], { id: number; name: string; locked: number; shares_contacts: number }>;
    members: Statement<[], { circle_id: number; family_id: number }>;
    circle: Statement<[number], { id: number; name: string; locked: number; shares_contacts: number } | undefined>;
    family: Statement<[number], { parent_name: string; consent_share_contact: number } | undefined>;
    membersOf: Statement<[number], number>;
    circleOfFamily: Statement<[number], { circle_id: number; locked: number } | undefined>;
    insertCircle: Statement<{ name: string; locked: number; shares: number; now: string }>;
    insertMember: Statement<{ family: number; circle: number | bigint; now: string }>;
    moveMember: Statement<{ family: number; circle: number; now: string }>;
    removeMember: Statement<[number]>;
    deleteUnlocked: Statement<[]>;
    deleteCircle: Statement<[number]>;
    rename: Statement<{ id: number; name: string; now: string }>;
    lock: Statement<{ id: number; locked: number; now: string }>;
  };

  constructor(db: Database) {
    this.db = db;
    this.s = {
      circles: db.prepare('SELECT id, name, locked, shares_contacts FROM circles ORDER BY id'),
      members: db.prepare('SELECT circle_id, family_id FROM circle_members ORDER BY circle_id, family_id'),
      circle: db.prepare('SELECT id, name, locked, shares_contacts FROM circles WHERE id = ?'),
      family: db.prepare('SELECT parent_name, consent_share_contact FROM families WHERE id = ?'),
      membersOf: db.prepare('SELECT count(*) FROM circle_members WHERE circle_id = ?').pluck() as Statement<
        [number],
        number
      >,
      circleOfFamily: db.prepare(
        'SELECT m.circle_id, c.locked FROM circle_members m JOIN circles c ON c.id = m.circle_id WHERE m.family_id = ?',
      ),
      insertCircle: db.prepare(
        'INSERT INTO circles (name, locked, shares_contacts, created_at, updated_at) VALUES (:name, :locked, :shares, :now, :now)',
      ),
      insertMember: db.prepare(
        'INSERT INTO circle_members (family_id, circle_id, added_at) VALUES (:family, :circle, :now)',
      ),
      moveMember: db.prepare(`
        INSERT INTO circle_members (family_id, circle_id, added_at) VALUES (:family, :circle, :now)
        ON CONFLICT (family_id) DO UPDATE SET circle_id = excluded.circle_id, added_at = excluded.added_at`),
      removeMember: db.prepare('DELETE FROM circle_members WHERE family_id = ?'),
      deleteUnlocked: db.prepare('DELETE FROM circles WHERE locked = 0'),
      deleteCircle: db.prepare('DELETE FROM circles WHERE id = ?'),
      rename: db.prepare('UPDATE circles SET name = :name, updated_at = :now WHERE id = :id'),
      lock: db.prepare('UPDATE circles SET locked = :locked, updated_at = :now WHERE id = :id'),
    };
  }

  list(): StoredCircle[] {
    const members = new Map<number, number[]>();
    for (const row of this.s.members.all()) {
      const list = members.get(row.circle_id);
      if (list) list.push(row.family_id);
      else members.set(row.circle_id, [row.family_id]);
    }
    return this.s.circles.all().map((row) => ({
      id: row.id,
      name: row.name,
      locked: row.locked === 1,
      sharesContacts: row.shares_contacts === 1,
      familyIds: members.get(row.id) ?? [],
    }));
  }

  /** Replaces the unlocked circles with these; locked circles and their families stay as they are. */
  save(circles: readonly CircleToSave[], now = new Date().toISOString()): void {
    this.db
      .transaction(() => {
        this.s.deleteUnlocked.run();
        this.check(circles);
        circles.forEach((circle, index) => {
          for (const familyId of circle.familyIds) {
            if (this.s.circleOfFamily.get(familyId))
              throw this.refuse(
                `${this.s.family.get(familyId)!.parent_name} is in a locked circle; unlock it first to move her.`,
                `circles.${index}.familyIds`,
              );
          }
          const id = this.s.insertCircle.run({
            name: circle.name,
            locked: circle.locked ? 1 : 0,
            shares: circle.sharesContacts ? 1 : 0,
            now,
          }).lastInsertRowid;
          for (const familyId of circle.familyIds) this.s.insertMember.run({ family: familyId, circle: id, now });
        });
      })
      .immediate();
  }

  /**
   * The rules every set of circles keeps, saved or still a proposal: each family exists and is in one
   * circle only, and a circle that shares contacts holds only families who agreed to share them.
   */
  check(circles: readonly Omit<CircleToSave, 'name'>[]): void {
    const seen = new Set<number>();
    circles.forEach((circle, index) => {
      for (const familyId of circle.familyIds) {
        const name = this.familyOrThrow(familyId, `circles.${index}.familyIds`).parent_name;
        if (seen.has(familyId))
          throw this.refuse(`${name} is in two circles; a family can be in only one.`, `circles.${index}.familyIds`);
        seen.add(familyId);
        if (circle.sharesContacts) this.checkConsent(familyId, `circles.${index}.familyIds`);
      }
    });
  }

  moveFamily(familyId: number, circleId: number, now = new Date().toISOString()): void {
    this.db
      .transaction(() => {
        const target = this.circleOrThrow(circleId);
        const name = this.familyOrThrow(familyId, 'familyId').parent_name;
        const current = this.s.circleOfFamily.get(familyId);
        if (current?.circle_id === circleId) return;
        if (current?.locked === 1)
          throw this.refuse(`${name} is in a locked circle; unlock it first to move her.`, 'familyId');
        if (target.locked === 1)
          throw this.refuse(`"${target.name}" is locked; unlock it first to add a family.`, 'circleId');
        if (this.s.membersOf.get(circleId)! >= MAX_CIRCLE_SIZE)
          throw this.refuse(
            `"${target.name}" already has ${MAX_CIRCLE_SIZE} families, the most a circle can have.`,
            'circleId',
          );
        if (target.shares_contacts === 1) this.checkConsent(familyId, 'familyId');
        this.s.moveMember.run({ family: familyId, circle: circleId, now });
      })
      .immediate();
  }

  removeFamily(familyId: number): void {
    this.db
      .transaction(() => {
        const name = this.familyOrThrow(familyId, 'familyId').parent_name;
        if (this.s.circleOfFamily.get(familyId)?.locked === 1)
          throw this.refuse(`${name} is in a locked circle; unlock it first to take her out.`, 'familyId');
        this.s.removeMember.run(familyId);
      })
      .immediate();
  }

  update(
    circleId: number,
    change: { name?: string | undefined; locked?: boolean | undefined },
    now = new Date().toISOString(),
  ): void {
    this.db
      .transaction(() => {
        this.circleOrThrow(circleId);
        if (change.name !== undefined) this.s.rename.run({ id: circleId, name: change.name, now });
        if (change.locked !== undefined) this.s.lock.run({ id: circleId, locked: change.locked ? 1 : 0, now });
      })
      .immediate();
  }

  delete(circleId: number): void {
    this.circleOrThrow(circleId);
    this.s.deleteCircle.run(circleId);
  }

  familyIdsOf(circleId: number): number[] {
    this.circleOrThrow(circleId);
    return this.list().find((circle) => circle.id === circleId)?.familyIds ?? [];
  }

  private checkConsent(familyId: number, field: string): void {
    const family = this.s.family.get(familyId)!;
    if (family.consent_share_contact !== 1) {
      throw this.refuse(
        `${family.parent_name} has not agreed to share contact details, so she cannot join a circle whose members see each other's contacts.`,
        field,
      );
    }
  }

  private circleOrThrow(circleId: number) {
    const circle = this.s.circle.get(circleId);
    if (!circle) throw new ApiFailure(apiError('not_found', GONE));
    return circle;
  }

  private familyOrThrow(familyId: number, field: string) {
    const family = this.s.family.get(familyId);
    if (!family)
      throw new ApiFailure(
        apiError('not_found', `Family ${familyId} no longer exists; it may have been deleted.`, field),
      );
    return family;
  }

  private refuse(message: string, field: string): ApiFailure {
    return new ApiFailure(apiError('invalid_params', message, field));
  }
}
