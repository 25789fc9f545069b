import type { Migration } from './types';

/**
 * Reach: how each family wants to hear from the organizer, the templates she edits, and the outbox.
 *
 * The outbox keeps one row per message (what was sent, for which session) and one per family it goes to,
 * each with its own idempotency key. A recipient moves queued → sending → sent | failed, and "sending" is
 * written before the hand-off to the mail server and "sent" right after it, so a killed Village never
 * hands the same message to the same family twice: a row still "sending" on the next run is not sent
 * again blindly (see outbox-repository.ts). Rows go with their family (ON DELETE CASCADE).
 */
export const reachOutbox: Migration = {
  version: 12,
  description:
    'contact preferences, message templates, the outbox, rained-out sessions, calendar replies read, waitlist offers',
  up(db) {
    db.exec(`
      -- a rained-out session is left out of attendance figures (nobody could come, or it moved at short notice)
      ALTER TABLE sessions ADD COLUMN rained_out_at TEXT;

      ALTER TABLE families ADD COLUMN contact_preference TEXT NOT NULL DEFAULT 'email'
        CHECK (contact_preference IN ('email', 'text', 'none'));

      CREATE TABLE message_templates (
        kind TEXT PRIMARY KEY
          CHECK (kind IN ('invitation', 'reminder', 'change', 'cancellation', 'waitlist-offer', 'we-miss-you', 'introduction')),
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE outbox_messages (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL
          CHECK (kind IN ('invitation', 'reminder', 'change', 'cancellation', 'waitlist-offer', 'we-miss-you', 'introduction')),
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        -- the account it goes through, so "resume" needs only the password (never stored here)
        from_address TEXT NOT NULL,
        smtp_host TEXT NOT NULL,
        smtp_port INTEGER NOT NULL CHECK (smtp_port BETWEEN 1 AND 65535),
        smtp_tls TEXT NOT NULL CHECK (smtp_tls IN ('implicit', 'starttls', 'none')),
        smtp_user TEXT NOT NULL DEFAULT '',
        -- the provider's daily limit (Gmail about 500); NULL when the server has none
        per_day INTEGER CHECK (per_day > 0),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE outbox_recipients (
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL REFERENCES outbox_messages(id) ON DELETE CASCADE,
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        idempotency_key TEXT NOT NULL UNIQUE,
        email TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        ics TEXT,
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        error TEXT,
        not_before TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        handed_off_at TEXT,
        -- the process handing it off ("host:pid"), so another run can tell a killed sender from a live one
        sender TEXT,
        sent_at TEXT,
        server_response TEXT,
        -- no UNIQUE (message_id, family_id): merging two records of one family keeps both their histories
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_recipients_by_message ON outbox_recipients(message_id);
      -- calendar replies (iTIP METHOD:REPLY) already read from the mailbox, by Message-ID, so a reply is
      -- applied once even when she has opened it in her mail program, and her own later change stands
      CREATE TABLE processed_replies (
        message_id TEXT PRIMARY KEY,
        processed_at TEXT NOT NULL
      ) STRICT;

      -- a freed place offered to the first waitlisted family until a deadline; expired offers move on
      CREATE TABLE waitlist_offers (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        offered_at TEXT NOT NULL,
        deadline TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'expired', 'withdrawn')),
        resolved_at TEXT
      ) STRICT;
      CREATE INDEX waitlist_offers_by_session ON waitlist_offers(session_id, status);
      CREATE INDEX waitlist_offers_by_family ON waitlist_offers(family_id);

      CREATE INDEX outbox_recipients_by_status ON outbox_recipients(status, not_before);
      CREATE INDEX outbox_recipients_by_family ON outbox_recipients(family_id, updated_at);
      CREATE INDEX outbox_recipients_by_sent_at ON outbox_recipients(sent_at) WHERE sent_at IS NOT NULL;
    `);
  },
};
