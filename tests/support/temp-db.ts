import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder per test: tests use real SQLite files, never a mocked database. */
export function makeTempDir(prefix = 'village-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempDbPath(): string {
  return path.join(makeTempDir(), 'village.db');
}
