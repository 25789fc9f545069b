import type { Migration } from './types';

/**
 * Connections (issue 12): which neighborhoods the organizer marked as next to each other, saved circles
 * and their members, and introductions made. Time together is not stored: it is computed from attendance
 * each time, so it can never disagree with it.
 *
 * A family is in at most one circle (family_id is the key of circle_members), and leaves a circle that
 * shares contacts when she withdraws her consent to share them (a trigger). Circle places and
 * introductions go with the family (ON DELETE CASCADE), also in backups when a deleted family is purged.
 */
export const connections: Migration = {
  version: 11,
  description: 'neighboring neighborhoods, saved circles, introductions',
  up(db) {
    db.exec(`
      CREATE TABLE neighboring_neighborhoods (
        neighborhood_key TEXT NOT NULL CHECK (length(neighborhood_key) > 0),
        other_key TEXT NOT NULL CHECK (other_key > neighborhood_key),
        created_at TEXT NOT NULL,
        PRIMARY KEY (neighborhood_key, other_key)
      ) STRICT;
      CREATE TABLE circles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        shares_contacts INTEGER NOT NULL DEFAULT 0 CHECK (shares_contacts IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE circle_members (
        family_id INTEGER PRIMARY KEY REFERENCES families(id) ON DELETE CASCADE,
        circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX circle_members_by_circle ON circle_members(circle_id);
      -- Consent can be withdrawn from anywhere (the family dialog, an import, a load): wherever it is, the
      -- family leaves any circle whose members see each other's contacts, so that rule holds in the data.
      CREATE TRIGGER circle_members_follow_consent AFTER UPDATE OF consent_share_contact ON families
      WHEN new.consent_share_contact = 0
      BEGIN
        DELETE FROM circle_members WHERE family_id = new.id AND circle_id IN (SELECT id FROM circles WHERE shares_contacts = 1);
      END;
      CREATE TABLE introductions (
        id INTEGER PRIMARY KEY,
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        other_family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE CHECK (other_family_id <> family_id),
        text TEXT NOT NULL,
        introduced_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX introductions_by_family ON introductions(family_id);
      CREATE INDEX introductions_by_other_family ON introductions(other_family_id);
    `);
  },
};
