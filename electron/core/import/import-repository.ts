/**
 * Imports in SQLite: the families an import is matched against, the commit (one transaction recorded as
 * an import batch, with the before-state of everything it changed), undo, the history, and the column
 * mappings remembered per header layout.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { BirthPrecision } from '../../../shared/domain/age';
import { emailKey, phoneDigits } from '../../../shared/domain/families/family';
import { COLUMN_FIELDS, headerSignature, type ColumnField } from '../../../shared/domain/import/header-synonyms';
import type { ImportBatch, ImportCounts } from '../../../shared/domain/import/import-preview';
import type { ImportedKid } from '../../../shared/domain/import/row-family';
import { MultiRowInsert } from '../db/multi-row-insert';
import type { ExistingFamily, ImportPlan } from './import-plan';

interface FamilyRow {
  id: number;
  parent_name: string;
  email: string;
  phone: string;
  neighborhood: string;
  notes: string;
}

interface KidRow {
  family_id: number;
  name: string;
  birth_date: string;
  birth_precision: BirthPrecision;
}

/** Named as the API's ImportBatch, with its counts alongside. */
type BatchRow = Omit<ImportBatch, 'counts'> & ImportCounts;

interface ChangeRow {
  id: number;
  family_id: number | null;
  entity: 'family' | 'kid' | 'rsvp';
  entity_id: number;
  action: 'insert' | 'update';
  before_json: string | null;
}

/** A family's columns as they were before an import changed them. */
interface FamilyBefore {
  parent_name: string;
  email: string;
  email_key: string;
  phone: string;
  phone_key: string;
  neighborhood: string;
  notes: string;
  updated_at: string;
}

const BATCH_COLUMNS = `id, file_name AS fileName, format, imported_at AS importedAt, session_id AS sessionId,
  undone_at AS undoneAt, rows_total AS rows, families_added AS familiesAdded, families_updated AS familiesUpdated,
  kids_added AS kidsAdded, duplicates, rows_skipped AS rowsSkipped`;

/** The page cache while an import writes, in SQLite's negative-KiB form: 4 MB. */
const IMPORT_CACHE_SIZE = -4000;

function toBatch({ id, fileName, format, importedAt, sessionId, undoneAt, ...counts }: BatchRow): ImportBatch {
  return { id, fileName, format, importedAt, counts, sessionId, undoneAt };
}

export interface CommitOptions {
  fileName: string;
  format: string;
  sessionId?: number | undefined;
  mapping: ColumnField[];
  now?: string;
  /** Told as families are written: how many of the plan's families. */
  onFamilyWritten?: (written: number, total: number) => void;
}

export class ImportRepository {
  private readonly db: Database;
  private readonly statements: {
    families: Statement<[], FamilyRow>;
    anyFamily: Statement<[], number>;
    kids: Statement<[], KidRow>;
    mapping: Statement<[string], { mapping_json: string }>;
    saveMapping: Statement<[string, string, string]>;
    sessionExists: Statement<[number], { id: number }>;
    insertBatch: Statement<Record<string, unknown>>;
    nextFamilyId: Statement<[], number>;
    nextKidId: Statement<[], number>;
    familyBefore: Statement<[number], FamilyBefore>;
    updateFamily: Statement<Record<string, unknown>>;
    kidCount: Statement<[number], { count: number }>;
    insertRsvp: Statement<Record<string, unknown>>;
    batch: Statement<[number], BatchRow>;
    batches: Statement<[], BatchRow>;
    changes: Statement<[number], ChangeRow>;
    laterChange: Statement<[number, number], { id: number }>;
    deleteFamily: Statement<[number]>;
    deleteKid: Statement<[number]>;
    deleteRsvp: Statement<[number, number]>;
    markUndone: Statement<[string, number]>;
    forgetChanges: Statement<[number]>;
  };
  /**
   * An import's new rows, written many to a statement: each row's values bound by position (no property
   * lookup per value), what every row of the import shares by name, once per statement.
   */
  private readonly rows: {
    families: MultiRowInsert<[number, string, string, string, string, string, string, string]>;
    kids: MultiRowInsert<[number, number, string, string, BirthPrecision, string, number]>;
    changes: MultiRowInsert<[number, ChangeRow['entity'], number, ChangeRow['action'], string | null]>;
    rsvps: MultiRowInsert<[number, string | null]>;
  };

  constructor(db: Database) {
    this.db = db;
    this.statements = {
      families: db.prepare('SELECT id, parent_name, email, phone, neighborhood, notes FROM families'),
      anyFamily: db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM families)').pluck(),
      kids: db.prepare(
        'SELECT family_id, name, birth_date, birth_precision FROM kids ORDER BY family_id, position, id',
      ),
      mapping: db.prepare('SELECT mapping_json FROM header_mappings WHERE header_signature = ?'),
      saveMapping: db.prepare(`
        INSERT INTO header_mappings (header_signature, mapping_json, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (header_signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`),
      sessionExists: db.prepare('SELECT id FROM sessions WHERE id = ?'),
      insertBatch: db.prepare(`
        INSERT INTO import_batches (file_name, format, imported_at, rows_total, families_added, families_updated, kids_added,
          duplicates, rows_skipped, session_id)
        VALUES (:fileName, :format, :now, :rows, :familiesAdded, :familiesUpdated, :kidsAdded, :duplicates, :rowsSkipped, :sessionId)`),
      nextFamilyId: db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM families').pluck(),
      nextKidId: db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM kids').pluck(),
      familyBefore: db.prepare(
        'SELECT parent_name, email, email_key, phone, phone_key, neighborhood, notes, updated_at FROM families WHERE id = ?',
      ),
      updateFamily: db.prepare(`
        UPDATE families SET parent_name = :parentName, email = :email, email_key = :emailKey, phone = :phone, phone_key = :phoneKey,
          neighborhood = :neighborhood, notes = :notes, updated_at = :now
        WHERE id = :id`),
      kidCount: db.prepare('SELECT count(*) AS count FROM kids WHERE family_id = ?'),
      insertRsvp: db.prepare(`
        INSERT INTO rsvps (session_id, family_id, status, responded_at, import_batch_id, created_at, updated_at)
        VALUES (:sessionId, :familyId, 'going', :respondedAt, :batchId, :now, :now)
        ON CONFLICT (session_id, family_id) DO NOTHING`),
      batch: db.prepare(`SELECT ${BATCH_COLUMNS} FROM import_batches WHERE id = ?`),
      batches: db.prepare(`SELECT ${BATCH_COLUMNS} FROM import_batches ORDER BY id DESC`),
      changes: db.prepare(
        'SELECT id, family_id, entity, entity_id, action, before_json FROM import_changes WHERE batch_id = ? ORDER BY id DESC',
      ),
      laterChange: db.prepare(`
        SELECT c.id FROM import_changes c JOIN import_batches b ON b.id = c.batch_id
        WHERE b.id > ? AND b.undone_at IS NULL
          AND c.family_id IN (SELECT family_id FROM import_changes WHERE batch_id = ? AND family_id IS NOT NULL)
        LIMIT 1`),
      deleteFamily: db.prepare('DELETE FROM families WHERE id = ?'),
      deleteKid: db.prepare('DELETE FROM kids WHERE id = ?'),
      deleteRsvp: db.prepare('DELETE FROM rsvps WHERE session_id = ? AND family_id = ?'),
      markUndone: db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?'),
      forgetChanges: db.prepare('DELETE FROM import_changes WHERE batch_id = ?'),
    };
    this.rows = {
      families: new MultiRowInsert(
        db,
        `INSERT INTO families (id, parent_name, email, email_key, phone, phone_key, neighborhood, notes, source,
          import_batch_id, created_at, updated_at) VALUES`,
        "(?, ?, ?, ?, ?, ?, ?, ?, 'import', :batchId, :now, :now)",
      ),
      kids: new MultiRowInsert(
        db,
        'INSERT INTO kids (id, family_id, name, birth_date, birth_precision, age_as_given, position, created_at) VALUES',
        '(?, ?, ?, ?, ?, ?, ?, :now)',
      ),
      changes: new MultiRowInsert(
        db,
        'INSERT INTO import_changes (batch_id, family_id, entity, entity_id, action, before_json) VALUES',
        '(:batchId, ?, ?, ?, ?, ?)',
      ),
      rsvps: new MultiRowInsert(
        db,
        'INSERT INTO rsvps (session_id, family_id, status, responded_at, import_batch_id, created_at, updated_at) VALUES',
        "(:sessionId, ?, 'going', ?, :batchId, :now, :now)",
      ),
    };
  }

  /** Every family with its kids, to match a sheet against. */
  existingFamilies(): ExistingFamily[] {
    const byId = new Map<number, ExistingFamily>();
    for (const row of this.statements.families.all()) {
      byId.set(row.id, {
        id: row.id,
        parentName: row.parent_name,
        email: row.email,
        phone: row.phone,
        neighborhood: row.neighborhood,
        notes: row.notes,
        kids: [],
      });
    }
    for (const kid of this.statements.kids.all()) {
      byId
        .get(kid.family_id)
        ?.kids.push({ name: kid.name, birthDate: kid.birth_date, birthPrecision: kid.birth_precision });
    }
    return [...byId.values()];
  }

  hasFamilies(): boolean {
    return this.statements.anyFamily.get() === 1;
  }

  rememberedMapping(headers: string[]): ColumnField[] | null {
    const row = this.statements.mapping.get(headerSignature(headers));
    if (!row) return null;
    const parsed = JSON.parse(row.mapping_json) as unknown;
    if (!Array.isArray(parsed) || parsed.length !== headers.length) return null;
    return parsed.map((field) =>
      (COLUMN_FIELDS as readonly string[]).includes(field as string) ? (field as ColumnField) : 'ignore',
    );
  }

  /** Writes the whole plan in one transaction and records it as a batch; returns the batch id. */
  commit(plan: ImportPlan, options: CommitOptions): number {
    // An import writes each page once and moves on: better-sqlite3's 16 MB page cache only holds them longer,
    // adding its 16 MB to a 100,000-row import's peak memory; 4 MB costs no measurable time (issue 18).
    const cacheSize = this.db.pragma('cache_size', { simple: true }) as number;
    this.db.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
    try {
      return this.write(plan, options);
    } finally {
      this.db.pragma(`cache_size = ${cacheSize}`);
    }
  }

  private write(plan: ImportPlan, options: CommitOptions): number {
    const now = options.now ?? new Date().toISOString();
    const { sessionId } = options;
    const { families, kids, changes, rsvps } = this.rows;
    return this.db
      .transaction(() => {
        if (sessionId !== undefined && !this.statements.sessionExists.get(sessionId)) {
          throw new ApiFailure(
            apiError(
              'not_found',
              'That session no longer exists, so the sign-ups cannot be attached to it.',
              'sessionId',
            ),
          );
        }
        const counts: ImportCounts = plan.preview.counts;
        const batchId = Number(
          this.statements.insertBatch.run({
            ...counts,
            fileName: options.fileName,
            format: options.format,
            now,
            sessionId: sessionId ?? null,
          }).lastInsertRowid,
        );
        // The same for every row of this import: bound once per statement rather than once per row.
        for (const rows of [families, kids, changes]) rows.share({ batchId, now });
        if (sessionId !== undefined) rsvps.share({ sessionId, batchId, now });
        // New families and kids are given the ids SQLite would give them (one past the highest), so their
        // rows can wait to be written many to a statement while the kids and change rows name them.
        let nextFamilyId = this.statements.nextFamilyId.get()!;
        let nextKidId = this.statements.nextKidId.get()!;
        const change = (
          familyId: number,
          entity: 'family' | 'kid' | 'rsvp',
          entityId: number,
          action: 'insert' | 'update',
          before: unknown = null,
        ) => changes.add(familyId, entity, entityId, action, before === null ? null : JSON.stringify(before));
        const addKids = (familyId: number, newKids: readonly ImportedKid[], start: number, recorded: boolean) => {
          newKids.forEach((kid, offset) => {
            const kidId = nextKidId++;
            kids.add(kidId, familyId, kid.name, kid.birthDate, kid.birthPrecision, kid.ageAsGiven, start + offset);
            // A new family's kids go with it on undo; a kid added to a family Village had is undone by its id.
            if (recorded) change(familyId, 'kid', kidId, 'insert');
          });
        };
        // Kids, change rows and RSVPs name families: they are written once no family is waiting, so each
        // statement is full and no family is named before its row is in (the foreign keys are checked).
        const dependents = [kids, changes, rsvps];
        const writeFull = () => {
          families.writeFull();
          if (families.size === 0) for (const rows of dependents) rows.writeFull();
        };
        let written = 0;
        try {
          for (const family of plan.families) {
            const { current } = family;
            let familyId: number;
            if (family.id === null) {
              familyId = nextFamilyId++;
              families.add(
                familyId,
                current.parentName,
                current.email,
                emailKey(current.email),
                current.phone,
                phoneDigits(current.phone),
                current.neighborhood,
                current.notes,
              );
              change(familyId, 'family', familyId, 'insert');
              addKids(familyId, family.newKids, 0, false);
              if (sessionId !== undefined) {
                rsvps.add(familyId, family.signedUpOn);
                change(familyId, 'rsvp', sessionId, 'insert');
              }
            } else {
              familyId = family.id;
              if (family.fieldsChanged) {
                change(familyId, 'family', familyId, 'update', this.statements.familyBefore.get(familyId));
                this.statements.updateFamily.run({
                  id: familyId,
                  parentName: current.parentName,
                  email: current.email,
                  emailKey: emailKey(current.email),
                  phone: current.phone,
                  phoneKey: phoneDigits(current.phone),
                  neighborhood: current.neighborhood,
                  notes: current.notes,
                  now,
                });
              }
              addKids(familyId, family.newKids, this.statements.kidCount.get(familyId)!.count, true);
              // The session may have this family's RSVP already: only one this import adds is recorded.
              if (sessionId !== undefined) {
                const inserted = this.statements.insertRsvp.run({
                  sessionId,
                  familyId,
                  respondedAt: family.signedUpOn,
                  batchId,
                  now,
                }).changes;
                if (inserted > 0) change(familyId, 'rsvp', sessionId, 'insert');
              }
            }
            writeFull();
            written += 1;
            options.onFamilyWritten?.(written, plan.families.length);
          }
          for (const rows of [families, ...dependents]) rows.write();
        } finally {
          // After a failure the transaction is rolled back: nothing waiting may be written by the next import.
          for (const rows of [families, ...dependents]) rows.discard();
        }
        this.statements.saveMapping.run(
          headerSignature(plan.headerSignatureHeaders),
          JSON.stringify(options.mapping),
          now,
        );
        return batchId;
      })
      .immediate();
  }

  /** Throws the reason a batch cannot be undone (gone, already undone, built on by a later import). */
  checkUndoable(batchId: number): void {
    const batch = this.statements.batch.get(batchId);
    if (!batch) throw new ApiFailure(apiError('not_found', 'That import no longer exists.', 'batchId'));
    if (batch.undoneAt !== null)
      throw new ApiFailure(apiError('invalid_params', 'That import was already undone.', 'batchId'));
    if (this.statements.laterChange.get(batchId, batchId)) {
      throw new ApiFailure(
        apiError('invalid_params', 'A later import changed some of the same families: undo that one first.', 'batchId'),
      );
    }
  }

  /** Removes what the batch added and restores what it changed, in one transaction. */
  /** Puts a family's details back as they were before the import updated it (the same statement that updated it). */
  private restoreFamily(id: number, before: FamilyBefore): void {
    this.statements.updateFamily.run({
      id,
      parentName: before.parent_name,
      email: before.email,
      emailKey: before.email_key,
      phone: before.phone,
      phoneKey: before.phone_key,
      neighborhood: before.neighborhood,
      notes: before.notes,
      now: before.updated_at,
    });
  }

  undo(batchId: number, now: string = new Date().toISOString()): ImportBatch {
    this.db
      .transaction(() => {
        this.checkUndoable(batchId);
        // Newest change first; a family's own rows go with it (ON DELETE CASCADE), so the list is read up front.
        for (const row of this.statements.changes.all(batchId)) {
          if (row.entity === 'rsvp') this.statements.deleteRsvp.run(row.entity_id, row.family_id!);
          else if (row.entity === 'kid') this.statements.deleteKid.run(row.entity_id);
          else if (row.action === 'insert') this.statements.deleteFamily.run(row.entity_id);
          else this.restoreFamily(row.entity_id, JSON.parse(row.before_json!) as FamilyBefore);
        }
        // The before-states hold families' details: once restored they are not kept.
        this.statements.forgetChanges.run(batchId);
        this.statements.markUndone.run(now, batchId);
      })
      .immediate();
    return toBatch(this.statements.batch.get(batchId)!);
  }

  batches(): ImportBatch[] {
    return this.statements.batches.all().map(toBatch);
  }
}
