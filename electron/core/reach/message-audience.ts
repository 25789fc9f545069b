/**
 * Who a session's message goes to, read with each family's contact preference, email and kids. Families
 * who asked not to be contacted are left out here, so no channel (email, mailto, text) can include them.
 */
import type { Database, Statement } from 'better-sqlite3';
import {
  AUDIENCE_STATUSES,
  type Audience,
  type AudienceMember,
  type ContactOf,
  type ContactPreference,
} from '../../../shared/domain/reach/outbox';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';

export interface AudienceFamily {
  familyId: number;
  parentName: string;
  email: string;
  preference: ContactPreference;
  status: RsvpStatus;
  /** Names of the kids already born ('' for an unnamed kid), in the family's order. */
  kidNames: string[];
}

interface Row {
  family_id: number;
  parent_name: string;
  email: string;
  contact_preference: ContactPreference;
  status: RsvpStatus;
  kid_names: string;
}

export class MessageAudience {
  private readonly statements: {
    ofSession: Statement<[{ session: number; statuses: string; today: string }], Row>;
    family: Statement<[{ family: number; today: string }], Row>;
    members: Statement<[number], Omit<Row, 'kid_names'>>;
    chosen: Statement<[{ families: string; today: string }], Row>;
    contacts: Statement<[string], Omit<Row, 'kid_names' | 'status'> & { position: number }>;
  };

  constructor(db: Database) {
    const kidNames = `(SELECT coalesce(json_group_array(k.name), '[]') FROM (SELECT name FROM kids WHERE family_id = f.id AND birth_date <= :today ORDER BY position, id) AS k)`;
    this.statements = {
      ofSession: db.prepare(`
        SELECT f.id AS family_id, f.parent_name, f.email, f.contact_preference, r.status, ${kidNames} AS kid_names
        FROM rsvps r JOIN families f ON f.id = r.family_id
        WHERE r.session_id = :session AND r.status IN (SELECT value FROM json_each(:statuses)) AND f.contact_preference <> 'none'
        ORDER BY f.parent_name COLLATE NOCASE, f.id`),
      family: db.prepare(`
        SELECT f.id AS family_id, f.parent_name, f.email, f.contact_preference, 'invited' AS status,
${kidNames} AS kid_names
        FROM families f WHERE f.id = :family`),
      // Everyone on the list who has not declined, "not at all" families too: the dialog shows them as such.
      members: db.prepare(`
        SELECT f.id AS family_id, f.parent_name, f.email, f.contact_preference, r.status
        FROM rsvps r JOIN families f ON f.id = r.family_id
        WHERE r.session_id = ? AND r.status <> 'declined'
        ORDER BY f.parent_name COLLATE NOCASE, f.id`),
      chosen: db.prepare(`
        SELECT f.id AS family_id, f.parent_name, f.email, f.contact_preference, 'invited' AS status, ${kidNames} AS kid_names
        FROM families f WHERE f.id IN (SELECT value FROM json_each(:families)) AND f.contact_preference <> 'none'
        ORDER BY f.parent_name COLLATE NOCASE, f.id`),
      contacts: db.prepare(`
        SELECT f.id AS family_id, f.parent_name, f.email, f.contact_preference, j.key AS position
        FROM json_each(?) j JOIN families f ON f.id = j.value
        ORDER BY j.key`),
    };
  }

  ofSession(sessionId: number, audience: Audience, today: string): AudienceFamily[] {
    return this.statements.ofSession
      .all({ session: sessionId, statuses: JSON.stringify(AUDIENCE_STATUSES[audience]), today })
      .map(toFamily);
  }

  /** A session's list with how each family wants to hear, for counting before anything is sent. */
  members(sessionId: number): AudienceMember[] {
    return this.statements.members.all(sessionId).map((row) => ({
      familyId: row.family_id,
      parentName: row.parent_name,
      email: row.email,
      preference: row.contact_preference,
      status: row.status,
    }));
  }

  /** Families chosen by hand (a "we miss you"), leaving out those who asked not to be contacted. */
  chosen(familyIds: readonly number[], today: string): AudienceFamily[] {
    return this.statements.chosen.all({ families: JSON.stringify(familyIds), today }).map(toFamily);
  }

  /** How each of the given families wants to hear, in the order given. */
  contacts(familyIds: readonly number[]): ContactOf[] {
    return this.statements.contacts.all(JSON.stringify(familyIds)).map((row) => ({
      familyId: row.family_id,
      parentName: row.parent_name,
      email: row.email,
      preference: row.contact_preference,
    }));
  }

  /** One family whatever its answer (for a preview), or null when it does not exist. */
  family(familyId: number, today: string): AudienceFamily | null {
    const row = this.statements.family.get({ family: familyId, today });
    return row ? toFamily(row) : null;
  }
}

function toFamily(row: Row): AudienceFamily {
  return {
    familyId: row.family_id,
    parentName: row.parent_name,
    email: row.email,
    preference: row.contact_preference,
    status: row.status,
    kidNames: JSON.parse(row.kid_names) as string[],
  };
}
