import type { Migration } from './types';

/**
 * The whole domain from the start (families, kids, parks, sessions, RSVPs, attendance, import batches),
 * so later features add behaviour rather than reshape tables. Dates are `YYYY-MM-DD` calendar days,
 * session times are wall-clock `HH:MM` in the session's IANA time zone, and timestamps are UTC ISO-8601.
 */
export const initialSchema: Migration = {
  version: 1,
  description: 'families, kids, parks, sessions, RSVPs, attendance, import batches, settings',
  up(db) {
    db.exec(`
      CREATE TABLE parks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        address TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        map_url TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE session_series (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        park_id INTEGER REFERENCES parks(id) ON DELETE RESTRICT,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        interval_weeks INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 52),
        first_date TEXT NOT NULL,
        until_date TEXT,
        occurrence_count INTEGER CHECK (occurrence_count > 0),
        age_min_months INTEGER CHECK (age_min_months >= 0),
        age_max_months INTEGER CHECK (age_max_months >= 0),
        capacity INTEGER CHECK (capacity > 0),
        sequence INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        series_id INTEGER REFERENCES session_series(id) ON DELETE CASCADE,
        park_id INTEGER REFERENCES parks(id) ON DELETE RESTRICT,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        age_min_months INTEGER CHECK (age_min_months >= 0),
        age_max_months INTEGER CHECK (age_max_months >= 0),
        capacity INTEGER CHECK (capacity > 0),
        status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        -- an occurrence edited apart from its series keeps its own values when the series changes
        is_exception INTEGER NOT NULL DEFAULT 0 CHECK (is_exception IN (0, 1)),
        sequence INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_date ON sessions(date);
      CREATE INDEX sessions_by_park_date ON sessions(park_id, date);
      CREATE INDEX sessions_by_series ON sessions(series_id, date);

      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        rows_total INTEGER NOT NULL DEFAULT 0,
        families_added INTEGER NOT NULL DEFAULT 0,
        families_updated INTEGER NOT NULL DEFAULT 0,
        kids_added INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        rows_skipped INTEGER NOT NULL DEFAULT 0,
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        undone_at TEXT
      ) STRICT;

      CREATE TABLE families (
        id INTEGER PRIMARY KEY,
        parent_name TEXT NOT NULL CHECK (length(parent_name) > 0),
        second_parent_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        -- matching keys kept beside the values as typed: trimmed lower-case email, phone digits
        email_key TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        phone_key TEXT NOT NULL DEFAULT '',
        neighborhood TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        consent_photos INTEGER NOT NULL DEFAULT 0 CHECK (consent_photos IN (0, 1)),
        consent_share_contact INTEGER NOT NULL DEFAULT 0 CHECK (consent_share_contact IN (0, 1)),
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'walk-in')),
        import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX families_by_email_key ON families(email_key) WHERE email_key <> '';
      CREATE INDEX families_by_phone_key ON families(phone_key) WHERE phone_key <> '';
      CREATE INDEX families_by_parent_name ON families(parent_name COLLATE NOCASE);

      CREATE TABLE kids (
        id INTEGER PRIMARY KEY,
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        birth_date TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        birth_precision TEXT NOT NULL
          CHECK (birth_precision IN ('day', 'month', 'estimated-month', 'estimated-year')),
        -- what the parent wrote when the birth date is estimated from an age ("18 months")
        age_as_given TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX kids_by_family ON kids(family_id, position);
      CREATE INDEX kids_by_birth_date ON kids(birth_date);

      CREATE TABLE family_tags (
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        tag TEXT NOT NULL CHECK (length(tag) > 0),
        PRIMARY KEY (family_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX family_tags_by_tag ON family_tags(tag);

      CREATE TABLE rsvps (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('invited', 'going', 'maybe', 'declined', 'waitlisted')),
        responded_at TEXT,
        import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, family_id)
      ) STRICT;
      CREATE INDEX rsvps_by_family ON rsvps(family_id);

      CREATE TABLE attendance (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        checked_in_at TEXT NOT NULL,
        walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
        adults INTEGER NOT NULL DEFAULT 1 CHECK (adults >= 0),
        source TEXT NOT NULL DEFAULT 'check-in' CHECK (source IN ('check-in', 'paper', 'import')),
        PRIMARY KEY (session_id, family_id)
      ) STRICT;
      CREATE INDEX attendance_by_family ON attendance(family_id);

      CREATE TABLE attendance_kids (
        session_id INTEGER NOT NULL,
        family_id INTEGER NOT NULL,
        kid_id INTEGER NOT NULL REFERENCES kids(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, kid_id),
        FOREIGN KEY (session_id, family_id) REFERENCES attendance(session_id, family_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX attendance_kids_by_family ON attendance_kids(session_id, family_id);

      -- What an import changed, so "Undo import" can restore it. Rows about a family go with the
      -- family, so deleting a family leaves no copy of it here.
      CREATE TABLE import_changes (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        family_id INTEGER REFERENCES families(id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('family', 'kid', 'rsvp')),
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
        before_json TEXT
      ) STRICT;
      CREATE INDEX import_changes_by_batch ON import_changes(batch_id);
      CREATE INDEX import_changes_by_family ON import_changes(family_id);

      -- The column mapping an organizer chose for a header layout, reused for the next sheet like it.
      CREATE TABLE header_mappings (
        header_signature TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
