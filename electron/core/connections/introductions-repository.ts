/** Introductions made between two families: the text, and when. Each is listed on both families. */
import type { Database, Statement } from 'better-sqlite3';
import type { Introduction } from '../../../shared/api/methods/connections';

export class IntroductionsRepository {
  private readonly s: {
    insert: Statement<{ family: number; other: number; text: string; at: string }>;
    one: Statement<[number | bigint], Introduction>;
    ofFamily: Statement<[number, number], Introduction>;
  };

  constructor(db: Database) {
    const select = `
      SELECT i.id, i.family_id AS familyId, f.parent_name AS parentName, i.other_family_id AS otherFamilyId,
             o.parent_name AS otherParentName, i.text, i.introduced_at AS introducedAt
      FROM introductions i JOIN families f ON f.id = i.family_id JOIN families o ON o.id = i.other_family_id`;
    this.s = {
      insert: db.prepare(
        'INSERT INTO introductions (family_id, other_family_id, text, introduced_at) VALUES (:family, :other, :text, :at)',
      ),
      one: db.prepare(`${select} WHERE i.id = ?`),
      ofFamily: db.prepare(
        `${select} WHERE i.family_id = ? OR i.other_family_id = ? ORDER BY i.introduced_at DESC, i.id DESC`,
      ),
    };
  }

  record(familyId: number, otherFamilyId: number, text: string, at = new Date().toISOString()): Introduction {
    const id = this.s.insert.run({ family: familyId, other: otherFamilyId, text, at }).lastInsertRowid;
    return this.s.one.get(id)!;
  }

  ofFamily(familyId: number): Introduction[] {
    return this.s.ofFamily.all(familyId, familyId);
  }
}
