/**
 * Key–value settings in the `settings` table. Each key has a default and a parser, so a missing or
 * unreadable value falls back instead of breaking a screen. Other areas add their keys to SETTING_KEYS.
 */
import type { Database, Statement } from 'better-sqlite3';
import { systemTimeZone } from '../../../shared/domain/sessions/wall-clock';
import type { Settings } from '../../../shared/api/methods/settings';

/** Stored keys; timeZoneConfirmed is whether timeZone is stored. */
type SettingKey = Exclude<keyof Settings, 'timeZoneConfirmed'>;

const DEFAULTS: { [K in SettingKey]: () => Settings[K] } = {
  timeZone: systemTimeZone,
  organizerName: () => '',
  organizerEmail: () => '',
  reminderMinutes: () => null,
  mailAccount: () => null,
  mailImap: () => null,
};

function decode<K extends SettingKey>(key: K, stored: string | undefined): Settings[K] {
  if (stored === undefined) return DEFAULTS[key]();
  try {
    return JSON.parse(stored) as Settings[K];
  } catch {
    return DEFAULTS[key]();
  }
}

export class SettingsRepository {
  private readonly db: Database;
  private readonly statements: { get: Statement<[string], { value: string }>; put: Statement<[string, string]> };

  constructor(db: Database) {
    this.db = db;
    this.statements = {
      get: db.prepare('SELECT value FROM settings WHERE key = ?'),
      put: db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  get<K extends SettingKey>(key: K): Settings[K] {
    return decode(key, this.statements.get.get(key)?.value);
  }

  all(): Settings {
    return {
      timeZone: this.get('timeZone'),
      timeZoneConfirmed: this.statements.get.get('timeZone') !== undefined,
      organizerName: this.get('organizerName'),
      organizerEmail: this.get('organizerEmail'),
      reminderMinutes: this.get('reminderMinutes'),
      mailAccount: this.get('mailAccount'),
      mailImap: this.get('mailImap'),
    };
  }

  /** Saves the given keys in one transaction and returns every setting. */
  set(changes: Partial<Pick<Settings, SettingKey>>): Settings {
    this.db
      .transaction(() => {
        for (const [key, value] of Object.entries(changes)) {
          if (value !== undefined) this.statements.put.run(key, JSON.stringify(value));
        }
      })
      .immediate();
    return this.all();
  }
}
