/** Families and their kids in SQLite: prepared statements, one transaction per change. */
import type { Database, Statement } from 'better-sqlite3';
import type { FamilyInputParsed } from '../../../shared/api/schemas';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { BirthPrecision } from '../../../shared/domain/age';
import { emailKey, phoneDigits, type Family, type Kid } from '../../../shared/domain/family';

interface FamilyRow {
  id: number;
  parent_name: string;
  second_parent_name: string;
  email: string;
  phone: string;
  neighborhood: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface KidRow {
  id: number;
  family_id: number;
  name: string;
  birth_date: string;
  birth_precision: BirthPrecision;
}

const FAMILY_COLUMNS = 'id, parent_name, second_parent_name, email, phone, neighborhood, notes, created_at, updated_at';
const KID_COLUMNS = 'id, family_id, name, birth_date, birth_precision';

/** Escapes LIKE's wildcards so a search for "50%" means the text "50%". */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function toKid(row: KidRow): Kid {
  return { id: row.id, name: row.name, birthDate: row.birth_date, birthPrecision: row.birth_precision };
}

function toFamily(row: FamilyRow, kids: Kid[]): Family {
  return {
    id: row.id,
    parentName: row.parent_name,
    secondParentName: row.second_parent_name,
    email: row.email,
    phone: row.phone,
    neighborhood: row.neighborhood,
    notes: row.notes,
    kids,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class FamiliesRepository {
  private readonly db: Database;
  private readonly statements: {
    all: Statement<[], FamilyRow>;
    search: Statement<{ pattern: string; digits: string }, FamilyRow>;
    byId: Statement<[number], FamilyRow>;
    allKids: Statement<[], KidRow>;
    kidsOfFamilies: Statement<[string], KidRow>;
    kidsOfFamily: Statement<[number], KidRow>;
    insertFamily: Statement<Record<string, unknown>>;
    updateFamily: Statement<Record<string, unknown>>;
    deleteFamily: Statement<[number]>;
    insertKid: Statement<Record<string, unknown>>;
    updateKid: Statement<Record<string, unknown>>;
    deleteKid: Statement<[number]>;
  };

  constructor(db: Database) {
    this.db = db;
    this.statements = {
      all: db.prepare(`SELECT ${FAMILY_COLUMNS} FROM families ORDER BY parent_name COLLATE NOCASE, id`),
      search: db.prepare(`
        SELECT ${FAMILY_COLUMNS} FROM families f
        WHERE f.parent_name LIKE :pattern ESCAPE '\\'
           OR f.second_parent_name LIKE :pattern ESCAPE '\\'
           OR f.email LIKE :pattern ESCAPE '\\'
           OR (:digits <> '' AND f.phone_key LIKE '%' || :digits || '%')
           OR EXISTS (SELECT 1 FROM kids k WHERE k.family_id = f.id AND k.name LIKE :pattern ESCAPE '\\')
        ORDER BY f.parent_name COLLATE NOCASE, f.id`),
      byId: db.prepare(`SELECT ${FAMILY_COLUMNS} FROM families WHERE id = ?`),
      allKids: db.prepare(`SELECT ${KID_COLUMNS} FROM kids ORDER BY family_id, position, id`),
      kidsOfFamilies: db.prepare(
        `SELECT ${KID_COLUMNS} FROM kids WHERE family_id IN (SELECT value FROM json_each(?)) ORDER BY family_id, position, id`,
      ),
      kidsOfFamily: db.prepare(`SELECT ${KID_COLUMNS} FROM kids WHERE family_id = ? ORDER BY position, id`),
      insertFamily: db.prepare(`
        INSERT INTO families (parent_name, second_parent_name, email, email_key, phone, phone_key, neighborhood, notes, created_at, updated_at)
        VALUES (:parentName, :secondParentName, :email, :emailKey, :phone, :phoneKey, :neighborhood, :notes, :now, :now)`),
      updateFamily: db.prepare(`
        UPDATE families SET parent_name = :parentName, second_parent_name = :secondParentName, email = :email,
          email_key = :emailKey, phone = :phone, phone_key = :phoneKey, neighborhood = :neighborhood, notes = :notes,
          updated_at = :now
        WHERE id = :id`),
      deleteFamily: db.prepare('DELETE FROM families WHERE id = ?'),
      insertKid: db.prepare(`
        INSERT INTO kids (family_id, name, birth_date, birth_precision, position, created_at)
        VALUES (:familyId, :name, :birthDate, :birthPrecision, :position, :now)`),
      updateKid: db.prepare(`
        UPDATE kids SET name = :name, birth_date = :birthDate, birth_precision = :birthPrecision, position = :position
        WHERE id = :id AND family_id = :familyId`),
      deleteKid: db.prepare('DELETE FROM kids WHERE id = ?'),
    };
  }

  list(search = ''): Family[] {
    const term = search.trim();
    const rows = term === '' ? this.statements.all.all() : this.statements.search.all({ pattern: likePattern(term), digits: phoneDigits(term) });
    const kidRows = term === '' ? this.statements.allKids.all() : this.statements.kidsOfFamilies.all(JSON.stringify(rows.map((row) => row.id)));
    const kidsByFamily = new Map<number, Kid[]>();
    for (const row of kidRows) {
      const list = kidsByFamily.get(row.family_id);
      if (list) list.push(toKid(row));
      else kidsByFamily.set(row.family_id, [toKid(row)]);
    }
    return rows.map((row) => toFamily(row, kidsByFamily.get(row.id) ?? []));
  }

  get(id: number): Family {
    const row = this.statements.byId.get(id);
    if (!row) throw new ApiFailure(apiError('not_found', 'That family no longer exists; it may have been deleted.'));
    return toFamily(row, this.statements.kidsOfFamily.all(id).map(toKid));
  }

  create(input: FamilyInputParsed, now: string = new Date().toISOString()): Family {
    const id = this.db.transaction(() => {
      const { lastInsertRowid } = this.statements.insertFamily.run(this.familyValues(input, now));
      const familyId = Number(lastInsertRowid);
      input.kids.forEach((kid, position) => {
        if (kid.id !== undefined) throw new ApiFailure(apiError('invalid_params', 'A new family cannot include existing kids.', `kids.${position}.id`));
        this.statements.insertKid.run({ ...this.kidValues(kid, position, now), familyId });
      });
      return familyId;
    }).immediate();
    return this.get(id);
  }

  /** Replaces the family's details and kid list; kids keep their ids (and attendance) when edited. */
  update(id: number, input: FamilyInputParsed, now: string = new Date().toISOString()): Family {
    this.db.transaction(() => {
      const existing = this.statements.kidsOfFamily.all(id);
      const result = this.statements.updateFamily.run({ ...this.familyValues(input, now), id });
      if (result.changes === 0) throw new ApiFailure(apiError('not_found', 'That family no longer exists; it may have been deleted.'));
      const kept = new Set<number>();
      input.kids.forEach((kid, position) => {
        const values = { ...this.kidValues(kid, position, now), familyId: id };
        if (kid.id === undefined) {
          this.statements.insertKid.run(values);
          return;
        }
        if (this.statements.updateKid.run({ ...values, id: kid.id }).changes === 0) {
          throw new ApiFailure(apiError('invalid_params', 'One of the kids does not belong to this family.', `kids.${position}.id`));
        }
        kept.add(kid.id);
      });
      for (const kid of existing) if (!kept.has(kid.id)) this.statements.deleteKid.run(kid.id);
    }).immediate();
    return this.get(id);
  }

  /** Deletes the family and, through ON DELETE CASCADE, its kids, tags, RSVPs, attendance and import records. */
  delete(id: number): void {
    if (this.statements.deleteFamily.run(id).changes === 0) {
      throw new ApiFailure(apiError('not_found', 'That family no longer exists; it may have been deleted.'));
    }
  }

  private familyValues(input: FamilyInputParsed, now: string) {
    return {
      parentName: input.parentName,
      secondParentName: input.secondParentName,
      email: input.email,
      emailKey: emailKey(input.email),
      phone: input.phone,
      phoneKey: phoneDigits(input.phone),
      neighborhood: input.neighborhood,
      notes: input.notes,
      now,
    };
  }

  private kidValues(kid: FamilyInputParsed['kids'][number], position: number, now: string) {
    return { name: kid.name, birthDate: kid.birthDate, birthPrecision: kid.birthPrecision, position, now };
  }
}
