import type { Migration } from './types';

/**
 * What "Undo merge" needs: the family that was merged away (its row, tags, RSVPs, attendance, the ids
 * of its kids) and which empty values of the kept family it filled. The record hangs off the kept
 * family with ON DELETE CASCADE, so deleting that family leaves no copy of either family here; the
 * merged-away family no longer exists on its own, and undoing the merge deletes the record.
 */
export const familyMerges: Migration = {
  version: 4,
  description: 'undo records for merged families',
  up(db) {
    db.exec(`
      CREATE TABLE family_merges (
        id INTEGER PRIMARY KEY,
        kept_family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        merged_family_id INTEGER NOT NULL,
        undo_json TEXT NOT NULL,
        merged_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_merges_by_kept_family ON family_merges(kept_family_id);
    `);
  },
};
