/**
 * Puts at least one row in every table, with awkward text (quotes, commas, new lines, emoji), for tests
 * that must prove nothing is lost: export round trips, crash trials, migrations.
 */
import type { Database } from 'better-sqlite3';
import { userTables } from '../../electron/core/export/full-export';

export function seedEverything(db: Database): void {
  const now = '2026-11-23T10:00:00.000Z';
  db.transaction(() => {
    db.prepare(
      'INSERT INTO parks (id, name, address, notes, map_url, created_at, updated_at) VALUES (1, ' +
        "'Maple Park', '12 Elm St, Springfield', 'Shade; fenced \"toddler\" area\nRestrooms 🚻', 'https://maps.example.org/?q=maple', ?, ?)",
    ).run(now, now);
    db.prepare(
      'INSERT INTO session_series (id, uid, park_id, title, start_time, end_time, time_zone, ' +
        'first_date, occurrence_count, age_min_months, age_max_months, capacity, created_at, ' +
        "updated_at) VALUES (1, 'series-1@village', 1, 'Toddler mornings', '10:00', '11:30', 'America/New_York', '2026-11-01', 6, 12, 36, 12, ?, ?)",
    ).run(now, now);
    db.prepare(
      'INSERT INTO sessions (id, uid, series_id, park_id, title, date, start_time, end_time, ' +
        "time_zone, status, created_at, updated_at) VALUES (1, 'session-1@village', 1, 1, 'Toddler " +
        "mornings', '2026-11-08', '10:00', '11:30', 'America/New_York', 'scheduled', ?, ?)",
    ).run(now, now);
    db.prepare(
      'INSERT INTO import_batches (id, file_name, imported_at, rows_total, families_added) VALUES (1, \'Fall sign-ups, "final".csv\', ?, 2, 1)',
    ).run(now);
    db.prepare(
      'INSERT INTO families (id, parent_name, second_parent_name, email, email_key, phone, ' +
        'phone_key, neighborhood, notes, consent_photos, source, import_batch_id, created_at, ' +
        "updated_at) VALUES (1, 'Chloé O''Brien', 'Sam', 'Chloe.OB@example.org', " +
        "'chloe.ob@example.org', '+1 (555) 201-3344', '15552013344', 'Old Town', 'Allergies:\npeanuts, \"tree nuts\"; 🥜', 1, 'import', 1, ?, ?)",
    ).run(now, now);
    db.prepare(
      'INSERT INTO kids (id, family_id, name, birth_date, birth_precision, age_as_given, position, ' +
        "created_at) VALUES (1, 1, 'Ada', '2024-02-29', 'day', '', 0, ?), (2, 1, 'Baby', '2027-03-01', 'month', 'due March', 1, ?)",
    ).run(now, now);
    db.prepare("INSERT INTO family_tags (family_id, tag) VALUES (1, 'regular'), (1, 'needs ride')").run();
    db.prepare(
      "INSERT INTO rsvps (session_id, family_id, status, responded_at, import_batch_id, created_at, updated_at) VALUES (1, 1, 'going', ?, 1, ?, ?)",
    ).run(now, now, now);
    db.prepare(
      'INSERT INTO attendance (session_id, family_id, checked_in_at, walk_in, adults) VALUES (1, 1, ?, 0, 2)',
    ).run(now);
    db.prepare('INSERT INTO attendance_kids (session_id, family_id, kid_id) VALUES (1, 1, 1)').run();
    db.prepare(
      "INSERT INTO import_changes (batch_id, family_id, entity, entity_id, action, before_json) VALUES (1, 1, 'family', 1, 'insert', NULL)",
    ).run();
    db.prepare(
      'INSERT INTO header_mappings (header_signature, mapping_json, updated_at) VALUES (\'timestamp|email address\', \'{"email address":"email"}\', ?)',
    ).run(now);
    db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"America/New_York\"')").run();
    db.prepare(
      'INSERT INTO family_merges (kept_family_id, merged_family_id, undo_json, merged_at) VALUES (1, 2, \'{"family":{"parent_name":"Chloe O\'\'Brien"}}\', ?)',
    ).run(now);
    db.prepare("INSERT INTO session_skip_dates (series_id, date) VALUES (1, '2026-11-22')").run();
    db.prepare(
      'INSERT INTO families (id, parent_name, email, email_key, created_at, updated_at) VALUES (2, ' +
        "'Chloe Obrien', 'chloe.ob@example.org', 'chloe.ob@example.org', ?, ?)",
    ).run(now, now);
    db.prepare('INSERT INTO duplicate_dismissals (family_id, other_family_id, dismissed_at) VALUES (1, 2, ?)').run(now);
    db.prepare(
      "INSERT INTO family_past_records (family_id, past_id, past_created_at) VALUES (1, 3, '2026-10-01T09:30:00.000Z')",
    ).run();
    db.prepare(
      "INSERT INTO neighboring_neighborhoods (neighborhood_key, other_key, created_at) VALUES ('old town', 'river, \"north\" 🌊', ?)",
    ).run(now);
    db.prepare(
      'INSERT INTO circles (id, name, locked, shares_contacts, created_at, updated_at) VALUES (1, \'Tuesday "toddlers", Old Town 🌳\', 1, 0, ?, ?)',
    ).run(now, now);
    db.prepare('INSERT INTO circle_members (family_id, circle_id, added_at) VALUES (1, 1, ?)').run(now);
    db.prepare(
      'INSERT INTO introductions (family_id, other_family_id, text, introduced_at) VALUES (1, 2, ' +
        '\'Chloé, meet Chloe: both your little ones are two,\nand "you" both live in Old Town.\', ?)',
    ).run(now);
    db.prepare("UPDATE families SET contact_preference = 'text' WHERE id = 2").run();
    db.prepare('UPDATE sessions SET rained_out_at = ? WHERE id = 1').run(now);
    db.prepare(
      'INSERT INTO waitlist_offers (session_id, family_id, offered_at, deadline, status, ' +
        "resolved_at) VALUES (1, 1, ?, '2026-11-08T01:00:00.000Z', 'accepted', ?)",
    ).run(now, now);
    db.prepare(
      'INSERT INTO processed_replies (message_id, processed_at) VALUES (\'<CAF=reply"1"@mail.gmail.com>\', ?)',
    ).run(now);
    db.prepare(
      "INSERT INTO message_templates (kind, subject, body, updated_at) VALUES ('invitation', " +
        "'Playgroup: {session}', 'Hi {first name},\n\"see\" you at {park} 🌳', ?)",
    ).run(now);
    db.prepare(
      'INSERT INTO outbox_messages (id, kind, session_id, from_address, smtp_host, smtp_port, ' +
        "smtp_tls, smtp_user, per_day, created_at) VALUES (1, 'invitation', 1, " +
        "'organizer@example.org', 'smtp.gmail.com', 465, 'implicit', 'organizer@example.org', 500, ?)",
    ).run(now);
    db.prepare(
      'INSERT INTO outbox_recipients (message_id, family_id, idempotency_key, email, subject, body, ' +
        'ics, status, attempts, handed_off_at, sent_at, server_response, updated_at) VALUES (1, 1, ' +
        "'k-1-1@village', 'Chloe.OB@example.org', 'Playgroup: Toddler mornings', 'Hi Chloé,\nsee " +
        "you 🌳', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'sent', 1, ?, ?, '250 OK', ?)",
    ).run(now, now, now);
  })();
}

/** Tables that seedEverything left empty: a new table must get a seed row, or round-trip tests prove nothing about it. */
export function emptyTables(db: Database): string[] {
  return userTables(db).filter(
    (table) => db.prepare(`SELECT NOT EXISTS (SELECT 1 FROM "${table}")`).pluck().get() === 1,
  );
}
