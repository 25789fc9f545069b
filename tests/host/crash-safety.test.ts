/**
 * Crash safety: a 100,000-row import in a child process, killed with SIGKILL at random moments. After
 * every kill the database passes integrity_check and holds either the whole import or none of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';
import { CLI } from '../support/browser-mode';
import { makeTempDir } from '../support/temp-db';

const ROWS = 100_000;
const TRIALS = 30;
/** Columns that record when something happened: they differ between two runs of the same import. */
const CLOCK_COLUMNS = new Set(['created_at', 'updated_at', 'imported_at', 'checked_in_at', 'responded_at']);

/** Every row of every table, minus clock columns: equal for equal data. */
function fingerprint(file: string): { hash: string; families: number; batches: number } {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const hash = crypto.createHash('sha256');
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).iterate() as Iterable<
        Record<string, unknown>
      >) {
        hash.update(
          `${table}:${JSON.stringify(Object.entries(row).filter(([column]) => !CLOCK_COLUMNS.has(column)))}\n`,
        );
      }
    }
    return {
      hash: hash.digest('hex'),
      families: db.prepare('SELECT count(*) FROM families').pluck().get() as number,
      batches: db.prepare('SELECT count(*) FROM import_batches').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

function integrity(file: string): string {
  // Opened read-write so SQLite recovers the WAL exactly as Village would on its next start.
  const db = new BetterSqlite3(file);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

function importInto(databasePath: string, sheet: string) {
  return spawn(process.execPath, [CLI, 'import', sheet, '--db', databasePath, '--json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

describe('an import killed at random moments', () => {
  it(
    `leaves the database whole, with all of the import or none of it (${TRIALS} trials, ${ROWS.toLocaleString('en')} rows)`,
    { timeout: 900_000 },
    async () => {
      const folder = makeTempDir();
      const sheet = path.join(folder, 'responses.csv');
      fs.writeFileSync(sheet, googleFormsSheet(ROWS, 0.2));

      // The starting point: some families the sheet will update, committed and checkpointed.
      const base = path.join(folder, 'base.db');
      const seed = spawnSync(process.execPath, [CLI, 'import', sheet, '--db', base], { encoding: 'utf8' });
      expect(seed.status, seed.stderr).toBe(0);
      const db = new BetterSqlite3(base);
      db.prepare('DELETE FROM families WHERE id > 500').run();
      db.exec('DELETE FROM import_changes; DELETE FROM import_batches;');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const none = fingerprint(base);

      // One uncut run: what "all of it" looks like, and how long an import takes here.
      const full = path.join(folder, 'full.db');
      fs.copyFileSync(base, full);
      const started = Date.now();
      const whole = spawnSync(process.execPath, [CLI, 'import', sheet, '--db', full], { encoding: 'utf8' });
      const duration = Date.now() - started;
      expect(whole.status, whole.stderr).toBe(0);
      const all = fingerprint(full);
      expect(all.families).toBeGreaterThan(none.families);

      const outcomes = { none: 0, all: 0 };
      let seed32 = 7;
      const random = () => (seed32 = (seed32 * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (let trial = 0; trial < TRIALS; trial += 1) {
        const databasePath = path.join(folder, `trial-${trial}.db`);
        fs.copyFileSync(base, databasePath);
        const child = importInto(databasePath, sheet);
        // Half the kills anywhere in the run, half in its last stretch, where the transaction writes.
        const killAfter = Math.round(trial % 2 === 0 ? random() * duration * 1.1 : duration * (0.6 + random() * 0.45));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), killAfter);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        expect(integrity(databasePath), `trial ${trial} (killed after ${killAfter} ms)`).toBe('ok');
        const after = fingerprint(databasePath);
        if (after.hash === none.hash) outcomes.none += 1;
        else if (after.hash === all.hash) outcomes.all += 1;
        else
          expect.fail(
            `trial ${trial} (killed after ${killAfter} ms) left part of the import: ${after.families} families, ${after.batches} batches`,
          );
        fs.rmSync(databasePath, { force: true });
        for (const suffix of ['-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
      }
      console.log(
        `Crash trials: ${TRIALS} kills of a ${ROWS.toLocaleString('en')}-row import (${duration} ms ` +
          `uncut): ${outcomes.none} left nothing, ${outcomes.all} left everything, 0 rows lost.`,
      );
      expect(outcomes.none + outcomes.all).toBe(TRIALS);
      // The kills must land both before and after the commit, or the trial proved little.
      expect(outcomes.none).toBeGreaterThan(0);
    },
  );
});
