import type { Migration } from './types';

/**
 * Every earlier record a family was made from, as backups know it: an id and the created_at it had then.
 * A merge gives the kept family the merged-away record (and that record's own past records) and, when the
 * merge moves its created_at back, its previous creation time. Deleting the family purges all of these
 * from the backups, so a backup from before a merge cannot keep a deleted family. The rows go with the
 * family (ON DELETE CASCADE).
 *
 * Merges made before this table existed are read back from their undo records.
 */
export const familyPastRecords: Migration = {
  version: 10,
  description: 'the ids and creation times a family had before merges',
  up(db) {
    db.exec(`
      CREATE TABLE family_past_records (
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        past_id INTEGER NOT NULL,
        past_created_at TEXT NOT NULL,
        PRIMARY KEY (family_id, past_id, past_created_at)
      ) STRICT;
      INSERT OR IGNORE INTO family_past_records (family_id, past_id, past_created_at)
        SELECT kept_family_id, json_extract(undo_json, '$.merged.id'), json_extract(undo_json, '$.merged.created_at')
        FROM family_merges
        WHERE json_valid(undo_json)
          AND json_type(undo_json, '$.merged.id') = 'integer' AND json_type(undo_json, '$.merged.created_at') = 'text'
        UNION
        SELECT m.kept_family_id, m.kept_family_id, json_extract(f.value, '$.before')
        FROM family_merges AS m, json_each(m.undo_json, '$.filled') AS f
        WHERE json_valid(m.undo_json) AND json_type(m.undo_json, '$.filled') = 'array'
          AND json_extract(f.value, '$.column') = 'created_at' AND json_type(f.value, '$.before') = 'text';
    `);
  },
};
