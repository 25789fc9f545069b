/** Families and their kids in SQLite: prepared statements, one transaction per change. */
import type { Database, Statement } from 'better-sqlite3';
import type { FamilyInputParsed } from '../../../shared/api/schemas';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { emailKey, phoneDigits, type Family } from '../../../shared/domain/families/family';
import {
  FAMILY_COLUMNS,
  KID_COLUMNS,
  groupByFamily,
  likePattern,
  toFamily,
  toKid,
  type FamilyRow,
  type KidRow,
  type TagRow,
} from './family-rows';
import { familyNotFound } from './family-not-found';
import type { DeletedFamily } from '../backup/purge-family';

export class FamiliesRepository {
  private readonly db: Database;
  private readonly statements: {
    all: Statement<[], FamilyRow>;
    search: Statement<{ pattern: string; digits: string }, FamilyRow>;
    byId: Statement<[number], FamilyRow>;
    allKids: Statement<[], KidRow>;
    kidsOfFamilies: Statement<[string], KidRow>;
    kidsOfFamily: Statement<[number], KidRow>;
    allTags: Statement<[], TagRow>;
    tagsOfFamilies: Statement<[string], TagRow>;
    tagsOfFamily: Statement<[number], TagRow>;
    deleteTags: Statement<[number]>;
    insertTag: Statement<[number, string]>;
    deleteMany: Statement<[string]>;
    tagMany: Statement<[string, string]>;
    setConsent: Statement<{ id: number; photos: number | null; share: number | null; contact: string | null }>;
    insertFamily: Statement<Record<string, unknown>>;
    updateFamily: Statement<Record<string, unknown>>;
    recordsInBackups: Statement<{ ids: string }, DeletedFamily>;
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
      allTags: db.prepare('SELECT family_id, tag FROM family_tags ORDER BY family_id, tag COLLATE NOCASE'),
      tagsOfFamilies: db.prepare(
        'SELECT family_id, tag FROM family_tags WHERE family_id IN (SELECT value FROM json_each(?)) ORDER BY family_id, tag COLLATE NOCASE',
      ),
      tagsOfFamily: db.prepare(
        'SELECT family_id, tag FROM family_tags WHERE family_id = ? ORDER BY tag COLLATE NOCASE',
      ),
      deleteTags: db.prepare('DELETE FROM family_tags WHERE family_id = ?'),
      insertTag: db.prepare('INSERT OR IGNORE INTO family_tags (family_id, tag) VALUES (?, ?)'),
      deleteMany: db.prepare('DELETE FROM families WHERE id IN (SELECT value FROM json_each(?))'),
      tagMany: db.prepare(
        'INSERT OR IGNORE INTO family_tags (family_id, tag) SELECT id, ? FROM families WHERE id IN (SELECT value FROM json_each(?))',
      ),
      setConsent: db.prepare(`
        UPDATE families SET consent_photos = coalesce(:photos, consent_photos), consent_share_contact = coalesce(:share, consent_share_contact),
          contact_preference = coalesce(:contact, contact_preference)
        WHERE id = :id`),
      insertFamily: db.prepare(`
        INSERT INTO families (parent_name, second_parent_name, email, email_key, phone, phone_key, neighborhood, notes, created_at, updated_at)
        VALUES (:parentName, :secondParentName, :email, :emailKey, :phone, :phoneKey, :neighborhood, :notes, :now, :now)`),
      updateFamily: db.prepare(`
        UPDATE families SET parent_name = :parentName, second_parent_name = :secondParentName, email = :email,
          email_key = :emailKey, phone = :phone, phone_key = :phoneKey, neighborhood = :neighborhood, notes = :notes,
          updated_at = :now
        WHERE id = :id`),
      recordsInBackups: db.prepare(`
        SELECT id, created_at AS createdAt FROM families WHERE id IN (SELECT value FROM json_each(:ids))
        UNION SELECT past_id, past_created_at FROM family_past_records WHERE family_id IN (SELECT value FROM json_each(:ids))`),
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
    const rows =
      term === ''
        ? this.statements.all.all()
        : this.statements.search.all({ pattern: likePattern(term), digits: phoneDigits(term) });
    const ids = JSON.stringify(rows.map((row) => row.id));
    const kidsByFamily = groupByFamily(
      term === '' ? this.statements.allKids.all() : this.statements.kidsOfFamilies.all(ids),
      toKid,
    );
    const tagsByFamily = groupByFamily(
      term === '' ? this.statements.allTags.all() : this.statements.tagsOfFamilies.all(ids),
      (row) => row.tag,
    );
    return rows.map((row) => toFamily(row, kidsByFamily.get(row.id) ?? [], tagsByFamily.get(row.id) ?? []));
  }

  get(id: number): Family {
    const row = this.statements.byId.get(id);
    if (!row) throw familyNotFound();
    const tags = this.statements.tagsOfFamily.all(id).map((tag) => tag.tag);
    return toFamily(row, this.statements.kidsOfFamily.all(id).map(toKid), tags);
  }

  create(input: FamilyInputParsed, now: string = new Date().toISOString()): Family {
    const id = this.db
      .transaction(() => {
        const { lastInsertRowid } = this.statements.insertFamily.run(this.familyValues(input, now));
        const familyId = Number(lastInsertRowid);
        input.kids.forEach((kid, position) => {
          if (kid.id !== undefined)
            throw new ApiFailure(
              apiError('invalid_params', 'A new family cannot include existing kids.', `kids.${position}.id`),
            );
          this.statements.insertKid.run({ ...this.kidValues(kid, position, now), familyId });
        });
        this.saveExtras(familyId, input);
        return familyId;
      })
      .immediate();
    return this.get(id);
  }

  /** Replaces the family's details and kid list; kids keep their ids (and attendance) when edited. */
  update(id: number, input: FamilyInputParsed, now: string = new Date().toISOString()): Family {
    this.db
      .transaction(() => {
        const existing = this.statements.kidsOfFamily.all(id);
        const result = this.statements.updateFamily.run({ ...this.familyValues(input, now), id });
        if (result.changes === 0) throw familyNotFound();
        const kept = new Set<number>();
        input.kids.forEach((kid, position) => {
          const values = { ...this.kidValues(kid, position, now), familyId: id };
          if (kid.id === undefined) {
            this.statements.insertKid.run(values);
            return;
          }
          if (this.statements.updateKid.run({ ...values, id: kid.id }).changes === 0) {
            throw new ApiFailure(
              apiError('invalid_params', 'One of the kids does not belong to this family.', `kids.${position}.id`),
            );
          }
          kept.add(kid.id);
        });
        for (const kid of existing) if (!kept.has(kid.id)) this.statements.deleteKid.run(kid.id);
        this.saveExtras(id, input);
      })
      .immediate();
    return this.get(id);
  }

  /** Consent flags, contact preference and tags: each left as it was when the input leaves it out. */
  private saveExtras(id: number, input: FamilyInputParsed): void {
    const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);
    this.statements.setConsent.run({
      id,
      photos: flag(input.consentPhotos),
      share: flag(input.consentShareContact),
      contact: input.contactPreference ?? null,
    });
    if (input.tags !== undefined) {
      this.statements.deleteTags.run(id);
      for (const tag of input.tags) this.statements.insertTag.run(id, tag);
    }
  }

  /**
   * Deletes the families and, through ON DELETE CASCADE, their kids, tags, RSVPs, attendance and import
   * records; returns how many were deleted. None left to delete is a family gone since the screen loaded.
   */
  delete(ids: readonly number[]): number {
    const deleted = this.db.transaction(() => this.statements.deleteMany.run(JSON.stringify(ids)).changes).immediate();
    if (deleted === 0) throw familyNotFound();
    // The WAL still holds the old pages until a checkpoint: fold it in so the rows are gone from disk.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return deleted;
  }

  /** Each family as backups may hold it: its id and creation time now, and every record merged into it. */
  recordsInBackups(ids: readonly number[]): DeletedFamily[] {
    return this.statements.recordsInBackups.all({ ids: JSON.stringify(ids) });
  }

  /** Adds a tag to each family that lacks it; returns how many families got it. */
  tagMany(ids: readonly number[], tag: string): number {
    return this.db.transaction(() => this.statements.tagMany.run(tag, JSON.stringify(ids)).changes).immediate();
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
