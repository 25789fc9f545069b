import type { Migration } from './types';

/**
 * Pairs of families the organizer looked at and said are different families, so "Find duplicates" stops
 * suggesting them. Each pair is stored once (lower id first) and goes with either family when it is
 * deleted or merged away (ON DELETE CASCADE), so deleting a family leaves nothing of it here.
 */
export const duplicateDismissals: Migration = {
  version: 5,
  description: 'pairs of families marked as not duplicates',
  up(db) {
    db.exec(`
      CREATE TABLE duplicate_dismissals (
        id INTEGER PRIMARY KEY,
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        other_family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        dismissed_at TEXT NOT NULL,
        CHECK (family_id < other_family_id),
        UNIQUE (family_id, other_family_id)
      ) STRICT;
      CREATE INDEX duplicate_dismissals_by_other_family ON duplicate_dismissals(other_family_id);
    `);
  },
};
