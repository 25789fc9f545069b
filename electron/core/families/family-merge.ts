/**
 * Merging two records of the same family, and undoing it. The kept family gains every kid, tag, RSVP,
 * attendance and import record of the other one. Its values are the ones `planMerge` gives: the same
 * parent and the same kid on both records become one (a kid's visits move to the kid kept), where both
 * hold different values the organizer's pick wins (the kept record's when she made none), and empty
 * values are filled from the other family (notes are joined). Consent flags stay as the kept family gave them:
 * a merge never grants a consent on a family's behalf. Pairs the organizer marked as different
 * families carry over to the kept family too. What undo needs goes in `family_merges`, which belongs to
 * the kept family (deleted with it). The kept family also takes on the merged record's id and creation
 * time (and those it had taken on before) in `family_past_records`, so deleting it later also purges
 * the records it was made from out of backups taken before the merge.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { emailKey, phoneDigits } from '../../../shared/domain/families/family';
import { planMerge, type MergeChoices } from '../../../shared/domain/families/family-merge-plan';
import { FamiliesRepository } from './families-repository';
import { familyNotFound } from './family-not-found';

/** A family's names and contact columns, with the keys they are matched by. */
const CONTACT_COLUMNS = [
  'parent_name',
  'second_parent_name',
  'email',
  'email_key',
  'phone',
  'phone_key',
  'neighborhood',
  'notes',
] as const;

/** Every column of a family, so the merged-away row can be put back exactly. */
const ALL_COLUMNS = [
  'id',
  ...CONTACT_COLUMNS,
  'consent_photos',
  'consent_share_contact',
  'contact_preference',
  'source',
  'import_batch_id',
  'created_at',
  'updated_at',
] as const;
type ColumnValue = string | number | null;
type FullFamilyRow = Record<(typeof ALL_COLUMNS)[number], ColumnValue>;

/** The kept family's columns a merge may change. */
const FILLABLE = [...CONTACT_COLUMNS, 'import_batch_id', 'created_at', 'contact_preference'] as const;
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

/** Every column of a kid, so a kid combined into the kept one can be put back exactly. */
interface FullKidRow {
  id: number;
  family_id: number;
  name: string;
  birth_date: string;
  birth_precision: string;
  age_as_given: string;
  position: number;
  created_at: string;
}
type KidIdentity = Pick<FullKidRow, 'name' | 'birth_date' | 'birth_precision' | 'age_as_given'>;

/** A kid of the merged family that was the same as a kid of the kept one, and what combining changed. */
interface CombinedKid {
  kid: FullKidRow;
  keptKidId: number;
  keptBefore: KidIdentity;
  keptAfter: KidIdentity;
  /** Sessions the merged record's kid came to: moved to the kept kid, or (both came) dropped. */
  movedSessions: number[];
  sharedSessions: number[];
}

interface MergeUndo {
  merged: FullFamilyRow;
  /** The kept family's values before and after the merge, for the columns it changed. */
  filled: { column: Fillable; before: ColumnValue; after: ColumnValue }[];
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
  /** Kids of both records that were one kid (absent in undo records made before kids were combined). */
  combinedKids?: CombinedKid[];
  /** The merged family's place in a saved circle, and whether the kept family took it over. */
  circlePlace?: { circleId: number; addedAt: string; moved: boolean } | null;
  /** The merged family's introductions as they were (those not with the kept family now belong to it). */
  introductions?: IntroductionRow[];
  /** The merged family's outbox rows (messages sent to it), moved to the kept family. */
  outboxRecipientIds?: number[];
}

interface IntroductionRow {
  id: number;
  family_id: number;
  other_family_id: number;
  text: string;
  introduced_at: string;
}

/** Every statement a merge and its undo run, prepared once, typed by what they take and give. */
function mergeStatements(db: Database) {
  const columns = ALL_COLUMNS.join(', ');
  return {
    family: db.prepare<[number], FullFamilyRow>(`SELECT ${columns} FROM families WHERE id = ?`),
    idTaken: db.prepare<[FullFamilyRow['id']], number>('SELECT 1 FROM families WHERE id = ?').pluck(),
    kidIdTaken: db.prepare<[number], number>('SELECT 1 FROM kids WHERE id = ?').pluck(),
    insertFamily: db.prepare<FullFamilyRow, never>(
      `INSERT INTO families (${columns}) VALUES (${ALL_COLUMNS.map((column) => `:${column}`).join(', ')})`,
    ),
    updateKept: db.prepare<Record<Fillable | 'id' | 'updated_at', string | number | null>, never>(
      `UPDATE families SET ${FILLABLE.map((column) => `${column} = :${column}`).join(', ')}, updated_at = :updated_at WHERE id = :id`,
    ),
    kids: db.prepare<[number], { id: number; position: number }>(
      'SELECT id, position FROM kids WHERE family_id = ? ORDER BY position, id',
    ),
    fullKid: db.prepare<[number], FullKidRow>(
      'SELECT id, family_id, name, birth_date, birth_precision, age_as_given, position, created_at FROM kids WHERE id = ?',
    ),
    insertKid: db.prepare<Omit<FullKidRow, 'id'> & { id: number | null }, never>(`
      INSERT INTO kids (id, family_id, name, birth_date, birth_precision, age_as_given, position, created_at)
      VALUES (:id, :family_id, :name, :birth_date, :birth_precision, :age_as_given, :position, :created_at)`),
    setKidIdentity: db.prepare<KidIdentity & { id: number }, never>(`
      UPDATE kids SET name = :name, birth_date = :birth_date, birth_precision = :birth_precision, age_as_given = :age_as_given WHERE id = :id`),
    restoreKidIdentity: db.prepare<
      KidIdentity & {
        id: number;
        after_name: string;
        after_birth_date: string;
        after_birth_precision: string;
        after_age_as_given: string;
      },
      never
    >(`
      UPDATE kids SET name = :name, birth_date = :birth_date, birth_precision = :birth_precision, age_as_given = :age_as_given
      WHERE id = :id AND name IS :after_name AND birth_date IS :after_birth_date AND birth_precision IS :after_birth_precision
        AND age_as_given IS :after_age_as_given`),
    kidSessions: db
      .prepare<[number], number>('SELECT session_id FROM attendance_kids WHERE kid_id = ? ORDER BY session_id')
      .pluck(),
    repointKidVisit: db.prepare<{ session: number; from_kid: number; to_kid: number; to_family: number }, never>(
      'UPDATE attendance_kids SET kid_id = :to_kid, family_id = :to_family WHERE session_id = :session AND kid_id = :from_kid',
    ),
    addKidVisit: db.prepare<{ session: number; family: number; kid: number }, never>(
      'INSERT OR IGNORE INTO attendance_kids (session_id, family_id, kid_id) VALUES (:session, :family, :kid)',
    ),
    deleteKid: db.prepare<[number], never>('DELETE FROM kids WHERE id = ?'),
    maxPosition: db
      .prepare<[number], number>('SELECT coalesce(max(position), -1) FROM kids WHERE family_id = ?')
      .pluck(),
    moveKid: db.prepare<{ to: number; from: number; id: number; position: number }, never>(
      'UPDATE kids SET family_id = :to, position = :position WHERE id = :id AND family_id = :from',
    ),
    tags: db.prepare<[number], string>('SELECT tag FROM family_tags WHERE family_id = ?').pluck(),
    addTag: db.prepare<[number, string], never>('INSERT OR IGNORE INTO family_tags (family_id, tag) VALUES (?, ?)'),
    removeTag: db.prepare<[number, string], never>('DELETE FROM family_tags WHERE family_id = ? AND tag = ?'),
    rsvps: db.prepare<[number], RsvpRow>(
      'SELECT session_id, status, responded_at, import_batch_id, created_at, updated_at FROM rsvps WHERE family_id = ?',
    ),
    hasRsvp: db.prepare<[number, number], number>('SELECT 1 FROM rsvps WHERE session_id = ? AND family_id = ?').pluck(),
    moveRsvp: db.prepare<{ to: number; from: number; session: number }, never>(
      'UPDATE rsvps SET family_id = :to WHERE session_id = :session AND family_id = :from',
    ),
    insertRsvp: db.prepare<RsvpRow & { family_id: number }, never>(`
      INSERT OR IGNORE INTO rsvps (session_id, family_id, status, responded_at, import_batch_id, created_at, updated_at)
      SELECT :session_id, :family_id, :status, :responded_at,
             (SELECT id FROM import_batches WHERE id = :import_batch_id), :created_at, :updated_at
      WHERE EXISTS (SELECT 1 FROM sessions WHERE id = :session_id)`),
    attendance: db.prepare<[number], AttendanceRow>(
      'SELECT session_id, checked_in_at, walk_in, adults, source FROM attendance WHERE family_id = ?',
    ),
    attendanceKids: db.prepare<[number], { session_id: number; kid_id: number }>(
      'SELECT session_id, kid_id FROM attendance_kids WHERE family_id = ?',
    ),
    hasAttendance: db
      .prepare<[number, number], number>('SELECT 1 FROM attendance WHERE session_id = ? AND family_id = ?')
      .pluck(),
    insertAttendance: db.prepare<AttendanceRow & { family_id: number }, never>(`
      INSERT OR IGNORE INTO attendance (session_id, family_id, checked_in_at, walk_in, adults, source)
      SELECT :session_id, :family_id, :checked_in_at, :walk_in, :adults, :source
      WHERE EXISTS (SELECT 1 FROM sessions WHERE id = :session_id)`),
    moveAttendanceKids: db.prepare<{ to: number; from: number; session: number }, never>(
      'UPDATE attendance_kids SET family_id = :to WHERE session_id = :session AND family_id = :from',
    ),
    moveAttendanceKid: db.prepare<{ to: number; from: number; session: number; kid: number }, never>(
      'UPDATE attendance_kids SET family_id = :to WHERE session_id = :session AND kid_id = :kid AND family_id = :from',
    ),
    deleteAttendance: db.prepare<[number], never>('DELETE FROM attendance WHERE family_id = ?'),
    deleteEmptyAttendance: db.prepare<{ session: number; family: number }, never>(`
      DELETE FROM attendance WHERE session_id = :session AND family_id = :family
        AND NOT EXISTS (SELECT 1 FROM attendance_kids WHERE session_id = :session AND family_id = :family)`),
    importChanges: db.prepare<[number], number>('SELECT id FROM import_changes WHERE family_id = ?').pluck(),
    moveImportChanges: db.prepare<{ to: number; from: number }, never>(
      'UPDATE import_changes SET family_id = :to WHERE family_id = :from',
    ),
    moveImportChange: db.prepare<{ to: number; id: number }, never>(
      'UPDATE import_changes SET family_id = :to WHERE id = :id',
    ),
    dismissals: db.prepare<{ id: number }, { other: number; dismissedAt: string }>(`
      SELECT CASE WHEN family_id = :id THEN other_family_id ELSE family_id END AS other, dismissed_at AS dismissedAt
      FROM duplicate_dismissals WHERE family_id = :id OR other_family_id = :id`),
    addDismissal: db.prepare<{ a: number; b: number; at: string }, never>(`
      INSERT INTO duplicate_dismissals (family_id, other_family_id, dismissed_at)
      SELECT min(:a, :b), max(:a, :b), :at
      WHERE EXISTS (SELECT 1 FROM families WHERE id = :a) AND EXISTS (SELECT 1 FROM families WHERE id = :b)
      ON CONFLICT DO NOTHING`),
    removeDismissal: db.prepare<{ a: number; b: number }, never>(
      'DELETE FROM duplicate_dismissals WHERE family_id = min(:a, :b) AND other_family_id = max(:a, :b)',
    ),
    pastRecords: db.prepare<[number], PastRecord>(
      'SELECT past_id AS id, past_created_at AS createdAt FROM family_past_records WHERE family_id = ?',
    ),
    addPastRecord: db.prepare<PastRecord & { family: number }, never>(
      'INSERT OR IGNORE INTO family_past_records (family_id, past_id, past_created_at) VALUES (:family, :id, :createdAt)',
    ),
    removePastRecord: db.prepare<PastRecord & { family: number }, never>(
      'DELETE FROM family_past_records WHERE family_id = :family AND past_id = :id AND past_created_at = :createdAt',
    ),
    circlePlace: db.prepare<[number], { circleId: number; addedAt: string }>(
      'SELECT circle_id AS circleId, added_at AS addedAt FROM circle_members WHERE family_id = ?',
    ),
    // The kept family takes the merged family's circle place when it has none, and only into a circle
    // that shares contacts if it agreed to share them itself (a merge never grants consent).
    takeCirclePlace: db.prepare<{ to: number; from: number }, never>(`
      UPDATE circle_members SET family_id = :to WHERE family_id = :from
        AND NOT EXISTS (SELECT 1 FROM circle_members WHERE family_id = :to)
        AND (SELECT shares_contacts FROM circles WHERE id = circle_id) <= (SELECT consent_share_contact FROM families WHERE id = :to)`),
    restoreCirclePlace: db.prepare<{ family: number; circle: number; at: string }, never>(`
      INSERT INTO circle_members (family_id, circle_id, added_at) SELECT :family, :circle, :at
      WHERE EXISTS (SELECT 1 FROM circles WHERE id = :circle) ON CONFLICT (family_id) DO NOTHING`),
    dropCirclePlace: db.prepare<{ family: number; circle: number }, never>(
      'DELETE FROM circle_members WHERE family_id = :family AND circle_id = :circle',
    ),
    introductions: db.prepare<{ id: number }, IntroductionRow>(
      'SELECT id, family_id, other_family_id, text, introduced_at FROM introductions WHERE family_id = :id OR other_family_id = :id',
    ),
    moveIntroductions: db.prepare<{ to: number; from: number }, never>(`
      UPDATE introductions SET
        family_id = CASE family_id WHEN :from THEN :to ELSE family_id END,
        other_family_id = CASE other_family_id WHEN :from THEN :to ELSE other_family_id END
      WHERE (family_id = :from AND other_family_id <> :to) OR (other_family_id = :from AND family_id <> :to)`),
    restoreIntroduction: db.prepare<IntroductionRow, never>(`
      INSERT INTO introductions (id, family_id, other_family_id, text, introduced_at)
      SELECT :id, :family_id, :other_family_id, :text, :introduced_at
      WHERE EXISTS (SELECT 1 FROM families WHERE id = :family_id) AND EXISTS (SELECT 1 FROM families WHERE id = :other_family_id)
      ON CONFLICT (id) DO UPDATE SET family_id = excluded.family_id, other_family_id = excluded.other_family_id`),
    outboxOf: db.prepare<[number], number>('SELECT id FROM outbox_recipients WHERE family_id = ?').pluck(),
    moveOutbox: db.prepare<{ to: number; from: number }, never>(
      'UPDATE outbox_recipients SET family_id = :to WHERE family_id = :from',
    ),
    moveOutboxRow: db.prepare<{ to: number; id: number }, never>(
      'UPDATE outbox_recipients SET family_id = :to WHERE id = :id',
    ),
    deleteFamily: db.prepare<[number], never>('DELETE FROM families WHERE id = ?'),
    insertUndo: db.prepare<[number, number, string, string], never>(
      'INSERT INTO family_merges (kept_family_id, merged_family_id, undo_json, merged_at) VALUES (?, ?, ?, ?)',
    ),
    undo: db.prepare<[number], { kept_family_id: number; undo_json: string }>(
      'SELECT kept_family_id, undo_json FROM family_merges WHERE id = ?',
    ),
    deleteUndo: db.prepare<[number], never>('DELETE FROM family_merges WHERE id = ?'),
  };
}

export class FamilyMerge {
  private readonly db: Database;
  private readonly s: ReturnType<typeof mergeStatements>;
  private readonly restoreColumn: Map<
    Fillable,
    Statement<[{ id: number; before: ColumnValue; after: ColumnValue }], never>
  >;
  private readonly families: FamiliesRepository;

  constructor(db: Database) {
    this.db = db;
    this.families = new FamiliesRepository(db);
    this.s = mergeStatements(db);
    this.restoreColumn = new Map(
      FILLABLE.map((column) => [
        column,
        db.prepare<{ id: number; before: ColumnValue; after: ColumnValue }, never>(
          `UPDATE families SET ${column} = :before WHERE id = :id AND ${column} IS :after`,
        ),
      ]),
    );
  }

  /** The kept family's row, inside a merge or undo that already knows it is there. */
  private keptRow(id: number): FullFamilyRow {
    const row = this.s.family.get(id);
    if (!row) throw familyNotFound();
    return row;
  }

  /** A kid's whole row, inside a merge that paired it a moment ago. */
  private kidRow(id: number): FullKidRow {
    const row = this.s.fullKid.get(id);
    if (!row)
      throw new ApiFailure(
        apiError('not_found', 'One of the kids being merged no longer exists; reload the family and try again.'),
      );
    return row;
  }

  /** Throws the reason `merge` would refuse these two families, if any. */
  check(keepId: number, mergeId: number): { kept: FullFamilyRow; merged: FullFamilyRow } {
    if (keepId === mergeId)
      throw new ApiFailure(apiError('invalid_params', 'Please choose two different families to merge.', 'mergeId'));
    const kept = this.s.family.get(keepId);
    const merged = this.s.family.get(mergeId);
    if (!kept || !merged) throw familyNotFound();
    return { kept, merged };
  }

  /**
   * Moves everything of `mergeId` into `keepId` and deletes `mergeId`, as `planMerge` shows it with the
   * organizer's choices; returns the undo record's id.
   */
  merge(keepId: number, mergeId: number, choices: MergeChoices = {}, now: string = new Date().toISOString()): number {
    return this.db
      .transaction(() => {
        const { kept, merged } = this.check(keepId, mergeId);
        const keptFamily = this.families.get(keepId);
        const mergedFamily = this.families.get(mergeId);
        const plan = planMerge(keptFamily, mergedFamily, choices);

        const { values } = plan;
        const next: Record<Fillable, string | number | null> = {
          parent_name: values.parentName,
          second_parent_name: values.secondParentName,
          email: values.email,
          email_key: emailKey(values.email),
          phone: values.phone,
          phone_key: phoneDigits(values.phone),
          neighborhood: values.neighborhood,
          notes: values.notes,
          import_batch_id: kept.import_batch_id ?? merged.import_batch_id,
          created_at: String(kept.created_at) <= String(merged.created_at) ? kept.created_at : merged.created_at,
          // Like consent, a merge never opens a door either record closed: "not at all" on either one wins.
          contact_preference: merged.contact_preference === 'none' ? 'none' : kept.contact_preference,
        };
        const filled = FILLABLE.filter((column) => next[column] !== kept[column]).map((column) => ({
          column,
          before: kept[column],
          after: next[column],
        }));
        this.s.updateKept.run({ ...next, id: keepId, updated_at: now });

        const combinedIds = new Set(
          plan.kids.filter((kid) => kid.keptKidId !== null && kid.mergedKidId !== null).map((kid) => kid.mergedKidId!),
        );
        const kids = this.s.kids.all(mergeId);
        let position = (this.s.maxPosition.get(keepId) ?? -1) + 1;
        for (const kid of kids)
          if (!combinedIds.has(kid.id))
            this.s.moveKid.run({ to: keepId, from: mergeId, id: kid.id, position: position++ });

        const tags = this.s.tags.all(mergeId);
        const addedTags = tags.filter((tag) => this.s.addTag.run(keepId, tag).changes > 0);

        const rsvps = this.s.rsvps.all(mergeId);
        const movedRsvpSessions: number[] = [];
        for (const rsvp of rsvps) {
          // Both answered for the same session: the kept family's answer stands.
          if (this.s.hasRsvp.get(rsvp.session_id, keepId)) continue;
          this.s.moveRsvp.run({ to: keepId, from: mergeId, session: rsvp.session_id });
          movedRsvpSessions.push(rsvp.session_id);
        }

        // attendance_kids points at (session, family) in attendance, so rows are copied, not re-keyed.
        const attendance = this.s.attendance.all(mergeId);
        const attendanceKids = this.s.attendanceKids.all(mergeId);
        const movedAttendanceSessions: number[] = [];
        for (const visit of attendance) {
          if (!this.s.hasAttendance.get(visit.session_id, keepId)) {
            this.s.insertAttendance.run({ ...visit, family_id: keepId });
            movedAttendanceSessions.push(visit.session_id);
          }
          this.s.moveAttendanceKids.run({ to: keepId, from: mergeId, session: visit.session_id });
        }
        this.s.deleteAttendance.run(mergeId);

        const importChangeIds = this.s.importChanges.all(mergeId);
        this.s.moveImportChanges.run({ to: keepId, from: mergeId });

        const combinedKids = plan.kids
          .filter((kid) => kid.keptKidId !== null && kid.mergedKidId !== null)
          .map((kid) => this.combineKid(kid.keptKidId!, kid.mergedKidId!, kid, keepId));

        // "Not the same family" marks move to the kept family; one between the two merged families goes.
        const dismissals = this.s.dismissals.all({ id: mergeId });
        const addedDismissals = dismissals
          .filter(
            ({ other, dismissedAt }) =>
              other !== keepId && this.s.addDismissal.run({ a: keepId, b: other, at: dismissedAt }).changes > 0,
          )
          .map(({ other }) => other);

        // Backups from before this merge know both records by their id and creation time then.
        const pastRecords = this.s.pastRecords.all(mergeId);
        const gained: PastRecord[] = [...pastRecords, { id: mergeId, createdAt: String(merged.created_at) }];
        if (next.created_at !== kept.created_at) gained.push({ id: keepId, createdAt: String(kept.created_at) });
        const addedPastRecords = gained.filter(
          (record) => this.s.addPastRecord.run({ family: keepId, ...record }).changes > 0,
        );

        // Connections (issue 12): the circle place and introductions go to the kept family.
        const place = this.s.circlePlace.get(mergeId);
        const circlePlace = place
          ? { ...place, moved: this.s.takeCirclePlace.run({ to: keepId, from: mergeId }).changes > 0 }
          : null;
        const introductions = this.s.introductions.all({ id: mergeId });
        this.s.moveIntroductions.run({ to: keepId, from: mergeId });
        // What was sent to either record is the family's history.
        const outboxRecipientIds = this.s.outboxOf.all(mergeId);
        this.s.moveOutbox.run({ to: keepId, from: mergeId });

        this.s.deleteFamily.run(mergeId);
        const undo: MergeUndo = {
          circlePlace,
          introductions,
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
          combinedKids,
          outboxRecipientIds,
        };
        return Number(this.s.insertUndo.run(keepId, mergeId, JSON.stringify(undo), now).lastInsertRowid);
      })
      .immediate();
  }

  /** Puts the merged-away family back as it was; returns its id (the old one unless it was taken). */
  unmerge(undoId: number): number {
    return this.db
      .transaction(() => {
        const record = this.s.undo.get(undoId);
        if (!record)
          throw new ApiFailure(
            apiError(
              'not_found',
              'That merge can no longer be undone: it was undone already, or the family was deleted.',
            ),
          );
        const keepId = record.kept_family_id;
        const undo = JSON.parse(record.undo_json) as MergeUndo;

        // Undo records made before contact preferences existed have none: the default.
        const restored: FullFamilyRow = {
          ...undo.merged,
          contact_preference: undo.merged.contact_preference ?? 'email',
        };
        if (this.s.idTaken.get(restored.id)) restored.id = null;
        const familyId = Number(this.s.insertFamily.run(restored).lastInsertRowid);

        // A value the organizer changed since the merge is hers: only values still as the merge left them go back.
        const createdDuringMerge = this.keptRow(keepId).created_at;
        for (const { column, before, after } of undo.filled)
          this.restoreColumn.get(column)?.run({ id: keepId, before, after });
        // Backups taken while merged know the kept family by the creation time the merge gave it.
        if (this.keptRow(keepId).created_at !== createdDuringMerge) {
          this.s.addPastRecord.run({ family: keepId, id: keepId, createdAt: String(createdDuringMerge) });
        }
        // A combined kid's id may have gone to a kid added since (SQLite reuses the highest rowid): then it
        // comes back under a new id, and nothing of the newer kid is touched.
        const combinedIds = new Set((undo.combinedKids ?? []).map((combined) => combined.kid.id));
        const restoredKidId = new Map<number, number>();
        for (const combined of undo.combinedKids ?? []) {
          const id = this.s.kidIdTaken.get(combined.kid.id) ? null : combined.kid.id;
          restoredKidId.set(
            combined.kid.id,
            Number(this.s.insertKid.run({ ...combined.kid, id, family_id: familyId }).lastInsertRowid),
          );
          const after = combined.keptAfter;
          this.s.restoreKidIdentity.run({
            id: combined.keptKidId,
            ...combined.keptBefore,
            after_name: after.name,
            after_birth_date: after.birth_date,
            after_birth_precision: after.birth_precision,
            after_age_as_given: after.age_as_given,
          });
        }
        for (const kid of undo.kids)
          if (!combinedIds.has(kid.id))
            this.s.moveKid.run({ to: familyId, from: keepId, id: kid.id, position: kid.position });
        for (const tag of undo.addedTags) this.s.removeTag.run(keepId, tag);
        for (const tag of undo.tags) this.s.addTag.run(familyId, tag);

        const movedRsvps = new Set(undo.movedRsvpSessions);
        for (const rsvp of undo.rsvps) {
          if (movedRsvps.has(rsvp.session_id))
            this.s.moveRsvp.run({ to: familyId, from: keepId, session: rsvp.session_id });
          else this.s.insertRsvp.run({ ...rsvp, family_id: familyId });
        }

        for (const visit of undo.attendance) this.s.insertAttendance.run({ ...visit, family_id: familyId });
        for (const row of undo.attendanceKids) {
          if (!combinedIds.has(row.kid_id))
            this.s.moveAttendanceKid.run({ to: familyId, from: keepId, session: row.session_id, kid: row.kid_id });
        }
        for (const { kid, keptKidId, movedSessions, sharedSessions } of undo.combinedKids ?? []) {
          const restored = restoredKidId.get(kid.id)!;
          for (const session of movedSessions)
            this.s.repointKidVisit.run({ session, from_kid: keptKidId, to_kid: restored, to_family: familyId });
          for (const session of sharedSessions) this.s.addKidVisit.run({ session, family: familyId, kid: restored });
        }
        for (const session of undo.movedAttendanceSessions)
          this.s.deleteEmptyAttendance.run({ session, family: keepId });

        for (const id of undo.importChangeIds) this.s.moveImportChange.run({ to: familyId, id });
        for (const id of undo.outboxRecipientIds ?? []) this.s.moveOutboxRow.run({ to: familyId, id });
        for (const other of undo.addedDismissals ?? []) this.s.removeDismissal.run({ a: keepId, b: other });
        for (const { other, dismissedAt } of undo.dismissals ?? [])
          this.s.addDismissal.run({ a: familyId, b: other, at: dismissedAt });
        // The family put back is purged by its own records again, not with the kept one's.
        for (const record of undo.addedPastRecords ?? pastRecordsOfOlderUndo(undo, keepId))
          this.s.removePastRecord.run({ family: keepId, ...record });
        const ownRecord =
          familyId === undo.merged.id
            ? []
            : [{ id: Number(undo.merged.id), createdAt: String(undo.merged.created_at) }];
        for (const record of [...(undo.pastRecords ?? []), ...ownRecord])
          this.s.addPastRecord.run({ family: familyId, ...record });
        if (undo.circlePlace) {
          if (undo.circlePlace.moved) this.s.dropCirclePlace.run({ family: keepId, circle: undo.circlePlace.circleId });
          this.s.restoreCirclePlace.run({
            family: familyId,
            circle: undo.circlePlace.circleId,
            at: undo.circlePlace.addedAt,
          });
        }
        const mergedId = Number(undo.merged.id);
        for (const row of undo.introductions ?? []) {
          const side = (id: number) => (id === mergedId ? familyId : id);
          this.s.restoreIntroduction.run({
            ...row,
            family_id: side(row.family_id),
            other_family_id: side(row.other_family_id),
          });
        }
        this.s.deleteUndo.run(undoId);
        return familyId;
      })
      .immediate();
  }

  /** Makes the merged record's kid one with the kept one: its visits go to the kept kid, then it goes. */
  private combineKid(
    keptKidId: number,
    mergedKidId: number,
    result: { name: string; birthDate: string; birthPrecision: string },
    keepId: number,
  ): CombinedKid {
    const keptKid = this.kidRow(keptKidId);
    const kid = this.kidRow(mergedKidId);
    const identity = (row: KidIdentity): KidIdentity => ({
      name: row.name,
      birth_date: row.birth_date,
      birth_precision: row.birth_precision,
      age_as_given: row.age_as_given,
    });
    const birthFromMerged =
      result.birthDate === kid.birth_date &&
      result.birthPrecision === kid.birth_precision &&
      result.birthDate !== keptKid.birth_date;
    const keptAfter: KidIdentity = {
      name: result.name,
      birth_date: result.birthDate,
      birth_precision: result.birthPrecision,
      age_as_given: birthFromMerged ? kid.age_as_given : keptKid.age_as_given,
    };
    this.s.setKidIdentity.run({ id: keptKidId, ...keptAfter });
    const keptSessions = new Set(this.s.kidSessions.all(keptKidId));
    const sessions = this.s.kidSessions.all(mergedKidId);
    const movedSessions = sessions.filter((session) => !keptSessions.has(session));
    const sharedSessions = sessions.filter((session) => keptSessions.has(session));
    for (const session of movedSessions)
      this.s.repointKidVisit.run({ session, from_kid: mergedKidId, to_kid: keptKidId, to_family: keepId });
    this.s.deleteKid.run(mergedKidId);
    return { kid, keptKidId, keptBefore: identity(keptKid), keptAfter, movedSessions, sharedSessions };
  }
}

/** What migration 010 read back from an undo record made before merges recorded past records. */
function pastRecordsOfOlderUndo(undo: MergeUndo, keepId: number): PastRecord[] {
  const keptBefore = undo.filled.filter(({ column, before }) => column === 'created_at' && typeof before === 'string');
  return [
    { id: Number(undo.merged.id), createdAt: String(undo.merged.created_at) },
    ...keptBefore.map(({ before }) => ({ id: keepId, createdAt: String(before) })),
  ];
}
