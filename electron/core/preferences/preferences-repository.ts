/**
 * Display choices as JSON values by key, in the `settings` table under a `pref:` prefix: the organizer's
 * settings (electron/core/settings/) live in the same table, and a preference must never overwrite one.
 */
import type { Database, Statement } from 'better-sqlite3';

const PREFIX = 'pref:';

export class PreferencesRepository {
  private readonly statements: { get: Statement<[string], string>; set: Statement<[string, string]> };

  constructor(db: Database) {
    this.statements = {
      get: db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck(),
      set: db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  /** The stored value, or null when nothing was stored under that key (or it is not JSON). */
  get(key: string): unknown {
    const text = this.statements.get.get(PREFIX + key);
    if (text === undefined) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  }

  set(key: string, value: unknown): void {
    this.statements.set.run(PREFIX + key, JSON.stringify(value));
  }
}
