/**
 * Merging two records of the same family, and undoing it. The kept family gains every kid, tag, RSVP,
 * attendance and import record of the other one; its own values win, and only its empty values are
 * filled from the other family (notes are joined). Consent flags stay as the kept family gave them:
 * a merge never grants a consent on a family's behalf. Pairs the organizer marked as different
 * families carry over to the kept family too. What undo needs goes in `family_merges`, which belongs to
 * the kept family (deleted with it). The kept family also takes on the merged record's id and creation
 * time (and those it had taken on before) in `family_past_records`, so deleting it later also purges
 * the records it was made from out of backups taken before the merge.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { similarNames } from '../../../shared/domain/duplicates';

/** Every column of a family, so the merged-away row can be put back exactly. */
const ALL_COLUMNS = [
  'id',
  'parent_name',
  'second_parent_name',
  'email',
  'email_key',
  'phone',
  'phone_key',
  'neighborhood',
  'notes',
  'consent_photos',
  'consent_share_contact',
  'contact_preference',
  'source',
  'import_batch_id',
  'created_at',
  'updated_at',
] as const;
type FullFamilyRow = Record<(typeof ALL_COLUMNS)[number], string | number | null>;

/** The kept family's columns a merge may fill, when they are empty. */
const FILLABLE = ['second_parent_name', 'email', 'email_key', 'phone', 'phone_key', 'neighborhood', 'notes', 'import_batch_id', 'created_at', 'contact_preference'] as const;
type Fillable = (typeof FILLABLE)[number];

interface RsvpRow {
  session_id: number;
  status: string;
  responded_at: string | null;
  import_batch_id: number | null;
  created_at: string;
  updated_at: string;
}

interface AttendanceRow {
  session_id: number;
  checked_in_at: string;
  walk_in: number;
  adults: number;
  source: string;
}

/** A record as a backup from before a merge holds it. */
interface PastRecord {
  id: number;
  createdAt: string;
}

interface MergeUndo {
  merged: FullFamilyRow;
  /** The kept family's values before and after the merge, for the columns it changed. */
  filled: { column: Fillable; before: string | number | null; after: string | number | null }[];
  kids: { id: number; position: number }[];
  tags: string[];
  addedTags: string[];
  rsvps: RsvpRow[];
  movedRsvpSessions: number[];
  attendance: AttendanceRow[];
  movedAttendanceSessions: number[];
  attendanceKids: { session_id: number; kid_id: number }[];
  importChangeIds: number[];
  /** The merged family's "not the same family" marks (absent in undo records made before they existed). */
  dismissals?: { other: number; dismissedAt: string }[];
  /** The families newly marked as different from the kept family by the merge. */
  addedDismissals?: number[];
  /** The merged family's own past records (absent in undo records made before they existed). */
  pastRecords?: PastRecord[];
  /** The past records the kept family gained by the merge. */
  addedPastRecords?: PastRecord[];
  /** The merged family's outbox rows (messages sent to it), moved to the kept family. */
  outboxRecipientIds?: number[];
}

const GONE = 'That family no longer exists; it may have been deleted.';

export class FamilyMerge {
  private readonly db: Database;
  private readonly s: Record<string, Statement>;
  private readonly restoreColumn: Record<Fillable, Statement>;

  constructor(db: Database) {
    this.db = db;
    const columns = ALL_COLUMNS.join(', ');
    this.s = {
      family: db.prepare(`SELECT ${columns} FROM families WHERE id = ?`),
      idTaken: db.prepare('SELECT 1 FROM families WHERE id = ?').pluck(),
      insertFamily: db.prepare(`INSERT INTO families (${columns}) VALUES (${ALL_COLUMNS.map((column) => `:${column}`).join(', ')})`),
      updateKept: db.prepare(`UPDATE families SET ${FILLABLE.map((column) => `${column} = :${column}`).join(', ')}, updated_at = :updated_at WHERE id = :id`),
      kids: db.prepare('SELECT id, position FROM kids WHERE family_id = ? ORDER BY position, id'),
      maxPosition: db.prepare('SELECT coalesce(max(position), -1) FROM kids WHERE family_id = ?').pluck(),
      moveKid: db.prepare('UPDATE kids SET family_id = :to, position = :position WHERE id = :id AND family_id = :from'),
      tags: db.prepare('SELECT tag FROM family_tags WHERE family_id = ?').pluck(),
      addTag: db.prepare('INSERT OR IGNORE INTO family_tags (family_id, tag) VALUES (?, ?)'),
      removeTag: db.prepare('DELETE FROM family_tags WHERE family_id = ? AND tag = ?'),
      rsvps: db.prepare('SELECT session_id, status, responded_at, import_batch_id, created_at, updated_at FROM rsvps WHERE family_id = ?'),
      hasRsvp: db.prepare('SELECT 1 FROM rsvps WHERE session_id = ? AND family_id = ?').pluck(),
      moveRsvp: db.prepare('UPDATE rsvps SET family_id = :to WHERE session_id = :session AND family_id = :from'),
      insertRsvp: db.prepare(`
        INSERT OR IGNORE INTO rsvps (session_id, family_id, status, responded_at, import_batch_id, created_at, updated_at)
        SELECT :session_id, :family_id, :status, :responded_at,
               (SELECT id FROM import_batches WHERE id = :import_batch_id), :created_at, :updated_at
        WHERE EXISTS (SELECT 1 FROM sessions WHERE id = :session_id)`),
      attendance: db.prepare('SELECT session_id, checked_in_at, walk_in, adults, source FROM attendance WHERE family_id = ?'),
      attendanceKids: db.prepare('SELECT session_id, kid_id FROM attendance_kids WHERE family_id = ?'),
      hasAttendance: db.prepare('SELECT 1 FROM attendance WHERE session_id = ? AND family_id = ?').pluck(),
      insertAttendance: db.prepare(`
        INSERT OR IGNORE INTO attendance (session_id, family_id, checked_in_at, walk_in, adults, source)
        SELECT :session_id, :family_id, :checked_in_at, :walk_in, :adults, :source
        WHERE EXISTS (SELECT 1 FROM sessions WHERE id = :session_id)`),
      moveAttendanceKids: db.prepare('UPDATE attendance_kids SET family_id = :to WHERE session_id = :session AND family_id = :from'),
      moveAttendanceKid: db.prepare('UPDATE attendance_kids SET family_id = :to WHERE session_id = :session AND kid_id = :kid AND family_id = :from'),
      deleteAttendance: db.prepare('DELETE FROM attendance WHERE family_id = ?'),
      deleteEmptyAttendance: db.prepare(`
        DELETE FROM attendance WHERE session_id = :session AND family_id = :family
          AND NOT EXISTS (SELECT 1 FROM attendance_kids WHERE session_id = :session AND family_id = :family)`),
      importChanges: db.prepare('SELECT id FROM import_changes WHERE family_id = ?').pluck(),
      moveImportChanges: db.prepare('UPDATE import_changes SET family_id = :to WHERE family_id = :from'),
      moveImportChange: db.prepare('UPDATE import_changes SET family_id = :to WHERE id = :id'),
      dismissals: db.prepare(`
        SELECT CASE WHEN family_id = :id THEN other_family_id ELSE family_id END AS other, dismissed_at AS dismissedAt
        FROM duplicate_dismissals WHERE family_id = :id OR other_family_id = :id`),
      addDismissal: db.prepare(`
        INSERT INTO duplicate_dismissals (family_id, other_family_id, dismissed_at)
        SELECT min(:a, :b), max(:a, :b), :at
        WHERE EXISTS (SELECT 1 FROM families WHERE id = :a) AND EXISTS (SELECT 1 FROM families WHERE id = :b)
        ON CONFLICT DO NOTHING`),
      removeDismissal: db.prepare('DELETE FROM duplicate_dismissals WHERE family_id = min(:a, :b) AND other_family_id = max(:a, :b)'),
      pastRecords: db.prepare('SELECT past_id AS id, past_created_at AS createdAt FROM family_past_records WHERE family_id = ?'),
      addPastRecord: db.prepare('INSERT OR IGNORE INTO family_past_records (family_id, past_id, past_created_at) VALUES (:family, :id, :createdAt)'),
      removePastRecord: db.prepare('DELETE FROM family_past_records WHERE family_id = :family AND past_id = :id AND past_created_at = :createdAt'),
      outboxOf: db.prepare('SELECT id FROM outbox_recipients WHERE family_id = ?').pluck(),
      moveOutbox: db.prepare('UPDATE outbox_recipients SET family_id = :to WHERE family_id = :from'),
      moveOutboxRow: db.prepare('UPDATE outbox_recipients SET family_id = :to WHERE id = :id'),
      deleteFamily: db.prepare('DELETE FROM families WHERE id = ?'),
      insertUndo: db.prepare('INSERT INTO family_merges (kept_family_id, merged_family_id, undo_json, merged_at) VALUES (?, ?, ?, ?)'),
      undo: db.prepare('SELECT kept_family_id, undo_json FROM family_merges WHERE id = ?'),
      deleteUndo: db.prepare('DELETE FROM family_merges WHERE id = ?'),
    };
    this.restoreColumn = Object.fromEntries(
      FILLABLE.map((column) => [column, db.prepare(`UPDATE families SET ${column} = :before WHERE id = :id AND ${column} IS :after`)]),
    ) as Record<Fillable, Statement>;
  }

  /** Throws the reason `merge` would refuse these two families, if any. */
  check(keepId: number, mergeId: number): { kept: FullFamilyRow; merged: FullFamilyRow } {
    if (keepId === mergeId) throw new ApiFailure(apiError('invalid_params', 'Please choose two different families to merge.', 'mergeId'));
    const kept = this.s.family!.get(keepId) as FullFamilyRow | undefined;
    const merged = this.s.family!.get(mergeId) as FullFamilyRow | undefined;
    if (!kept || !merged) throw new ApiFailure(apiError('not_found', GONE));
    return { kept, merged };
  }

  /** Moves everything of `mergeId` into `keepId` and deletes `mergeId`; returns the undo record's id. */
  merge(keepId: number, mergeId: number, now: string = new Date().toISOString()): number {
    return this.db.transaction(() => {
      const { kept, merged } = this.check(keepId, mergeId);

      const next = fillEmpty(kept, merged);
      const filled = FILLABLE.filter((column) => next[column] !== kept[column]).map((column) => ({ column, before: kept[column], after: next[column] }));
      this.s.updateKept!.run({ ...next, id: keepId, updated_at: now });

      const kids = this.s.kids!.all(mergeId) as { id: number; position: number }[];
      let position = (this.s.maxPosition!.get(keepId) as number) + 1;
      for (const kid of kids) this.s.moveKid!.run({ to: keepId, from: mergeId, id: kid.id, position: position++ });

      const tags = this.s.tags!.all(mergeId) as string[];
      const addedTags = tags.filter((tag) => this.s.addTag!.run(keepId, tag).changes > 0);

      const rsvps = this.s.rsvps!.all(mergeId) as RsvpRow[];
      const movedRsvpSessions: number[] = [];
      for (const rsvp of rsvps) {
        // Both answered for the same session: the kept family's answer stands.
        if (this.s.hasRsvp!.get(rsvp.session_id, keepId)) continue;
        this.s.moveRsvp!.run({ to: keepId, from: mergeId, session: rsvp.session_id });
        movedRsvpSessions.push(rsvp.session_id);
      }

      // attendance_kids points at (session, family) in attendance, so rows are copied, not re-keyed.
      const attendance = this.s.attendance!.all(mergeId) as AttendanceRow[];
      const attendanceKids = this.s.attendanceKids!.all(mergeId) as { session_id: number; kid_id: number }[];
      const movedAttendanceSessions: number[] = [];
      for (const visit of attendance) {
        if (!this.s.hasAttendance!.get(visit.session_id, keepId)) {
          this.s.insertAttendance!.run({ ...visit, family_id: keepId });
          movedAttendanceSessions.push(visit.session_id);
        }
        this.s.moveAttendanceKids!.run({ to: keepId, from: mergeId, session: visit.session_id });
      }
      this.s.deleteAttendance!.run(mergeId);

      const importChangeIds = this.s.importChanges!.all(mergeId) as number[];
      this.s.moveImportChanges!.run({ to: keepId, from: mergeId });

      // "Not the same family" marks move to the kept family; one between the two merged families goes.
      const dismissals = this.s.dismissals!.all({ id: mergeId }) as { other: number; dismissedAt: string }[];
      const addedDismissals = dismissals
        .filter(({ other, dismissedAt }) => other !== keepId && this.s.addDismissal!.run({ a: keepId, b: other, at: dismissedAt }).changes > 0)
        .map(({ other }) => other);

      // Backups from before this merge know both records by their id and creation time then.
      const pastRecords = this.s.pastRecords!.all(mergeId) as PastRecord[];
      const gained: PastRecord[] = [...pastRecords, { id: mergeId, createdAt: String(merged.created_at) }];
      if (next.created_at !== kept.created_at) gained.push({ id: keepId, createdAt: String(kept.created_at) });
      const addedPastRecords = gained.filter((record) => this.s.addPastRecord!.run({ family: keepId, ...record }).changes > 0);

      // What was sent to either record is the family's history.
      const outboxRecipientIds = this.s.outboxOf!.all(mergeId) as number[];
      this.s.moveOutbox!.run({ to: keepId, from: mergeId });

      this.s.deleteFamily!.run(mergeId);
      const undo: MergeUndo = {
        merged,
        filled,
        kids,
        tags,
        addedTags,
        rsvps,
        movedRsvpSessions,
        attendance,
        movedAttendanceSessions,
        attendanceKids,
        importChangeIds,
        dismissals,
        addedDismissals,
        pastRecords,
        addedPastRecords,
        outboxRecipientIds,
      };
      return Number(this.s.insertUndo!.run(keepId, mergeId, JSON.stringify(undo), now).lastInsertRowid);
    }).immediate();
  }

  /** Puts the merged-away family back as it was; returns its id (the old one unless it was taken). */
  unmerge(undoId: number): number {
    return this.db.transaction(() => {
      const record = this.s.undo!.get(undoId) as { kept_family_id: number; undo_json: string } | undefined;
      if (!record) throw new ApiFailure(apiError('not_found', 'That merge can no longer be undone: it was undone already, or the family was deleted.'));
      const keepId = record.kept_family_id;
      const undo = JSON.parse(record.undo_json) as MergeUndo;

      // Undo records made before contact preferences existed have none: the default.
      const restored: FullFamilyRow = { ...undo.merged, contact_preference: undo.merged.contact_preference ?? 'email' };
      if (this.s.idTaken!.get(restored.id)) restored.id = null;
      const familyId = Number(this.s.insertFamily!.run(restored).lastInsertRowid);

      // A value the organizer changed since the merge is hers: only values still as the merge left them go back.
      const createdDuringMerge = (this.s.family!.get(keepId) as FullFamilyRow).created_at;
      for (const { column, before, after } of undo.filled) this.restoreColumn[column].run({ id: keepId, before, after });
      // Backups taken while merged know the kept family by the creation time the merge gave it.
      if ((this.s.family!.get(keepId) as FullFamilyRow).created_at !== createdDuringMerge) {
        this.s.addPastRecord!.run({ family: keepId, id: keepId, createdAt: String(createdDuringMerge) });
      }
      for (const kid of undo.kids) this.s.moveKid!.run({ to: familyId, from: keepId, id: kid.id, position: kid.position });
      for (const tag of undo.addedTags) this.s.removeTag!.run(keepId, tag);
      for (const tag of undo.tags) this.s.addTag!.run(familyId, tag);

      const movedRsvps = new Set(undo.movedRsvpSessions);
      for (const rsvp of undo.rsvps) {
        if (movedRsvps.has(rsvp.session_id)) this.s.moveRsvp!.run({ to: familyId, from: keepId, session: rsvp.session_id });
        else this.s.insertRsvp!.run({ ...rsvp, family_id: familyId });
      }

      for (const visit of undo.attendance) this.s.insertAttendance!.run({ ...visit, family_id: familyId });
      for (const row of undo.attendanceKids) this.s.moveAttendanceKid!.run({ to: familyId, from: keepId, session: row.session_id, kid: row.kid_id });
      for (const session of undo.movedAttendanceSessions) this.s.deleteEmptyAttendance!.run({ session, family: keepId });

      for (const id of undo.importChangeIds) this.s.moveImportChange!.run({ to: familyId, id });
      for (const id of undo.outboxRecipientIds ?? []) this.s.moveOutboxRow!.run({ to: familyId, id });
      for (const other of undo.addedDismissals ?? []) this.s.removeDismissal!.run({ a: keepId, b: other });
      for (const { other, dismissedAt } of undo.dismissals ?? []) this.s.addDismissal!.run({ a: familyId, b: other, at: dismissedAt });
      // The family put back is purged by its own records again, not with the kept one's.
      for (const record of undo.addedPastRecords ?? pastRecordsOfOlderUndo(undo, keepId)) this.s.removePastRecord!.run({ family: keepId, ...record });
      const ownRecord = familyId === undo.merged.id ? [] : [{ id: Number(undo.merged.id), createdAt: String(undo.merged.created_at) }];
      for (const record of [...(undo.pastRecords ?? []), ...ownRecord]) this.s.addPastRecord!.run({ family: familyId, ...record });
      this.s.deleteUndo!.run(undoId);
      return familyId;
    }).immediate();
  }
}

/** What migration 010 read back from an undo record made before merges recorded past records. */
function pastRecordsOfOlderUndo(undo: MergeUndo, keepId: number): PastRecord[] {
  const keptBefore = undo.filled.filter(({ column, before }) => column === 'created_at' && typeof before === 'string');
  return [{ id: Number(undo.merged.id), createdAt: String(undo.merged.created_at) }, ...keptBefore.map(({ before }) => ({ id: keepId, createdAt: String(before) }))];
}

/** The kept family's values, with its empty ones filled from the other family. */
function fillEmpty(kept: FullFamilyRow, merged: FullFamilyRow): Record<Fillable, string | number | null> {
  const text = (column: Fillable) => (kept[column] === '' ? merged[column] : kept[column]);
  const notes = [kept.notes, merged.notes].filter((note) => note !== '' && note !== null);
  const secondParent =
    kept.second_parent_name !== ''
      ? kept.second_parent_name
      : merged.second_parent_name !== ''
        ? merged.second_parent_name
        : // The other record was signed by the other parent: keep their name as the second parent.
          !similarNames(String(kept.parent_name), String(merged.parent_name))
          ? merged.parent_name
          : '';
  return {
    second_parent_name: secondParent,
    email: text('email'),
    email_key: kept.email === '' ? merged.email_key : kept.email_key,
    phone: text('phone'),
    phone_key: kept.phone === '' ? merged.phone_key : kept.phone_key,
    neighborhood: text('neighborhood'),
    notes: notes.length === 2 && notes[0] === notes[1] ? notes[0]! : notes.join('\n\n'),
    import_batch_id: kept.import_batch_id ?? merged.import_batch_id,
    created_at: String(kept.created_at) <= String(merged.created_at) ? kept.created_at : merged.created_at,
    // Like consent, a merge never opens a door either record closed: "not at all" on either one wins.
    contact_preference: merged.contact_preference === 'none' ? 'none' : kept.contact_preference,
  };
}
