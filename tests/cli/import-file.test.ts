/**
 * `village import` hands the core a reader of the file rather than its bytes (issue 18): the bytes read
 * first are given once and let go; a later read must be the same file, or nothing is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/api/errors';
import { sheetFileReader } from '../../electron/cli/commands/import-file';
import { makeTempDir } from '../support/temp-db';

function sheetFile(text: string): string {
  const file = path.join(makeTempDir(), 'sign-ups.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe('the sheet file reader', () => {
  it('gives the bytes read first, then the file read again while it is unchanged', () => {
    const file = sheetFile('Name,Email\nDana,dana@example.org\n');
    const read = sheetFileReader(file);
    expect(Buffer.from(read()).toString()).toBe('Name,Email\nDana,dana@example.org\n');
    expect(Buffer.from(read()).toString()).toBe('Name,Email\nDana,dana@example.org\n');
  });

  it('refuses the file when it changed after it was first read', () => {
    const file = sheetFile('Name,Email\nDana,dana@example.org\n');
    const read = sheetFileReader(file);
    read();
    fs.writeFileSync(file, 'Name,Email\nPriya,priya@example.org\n');
    expect(read).toThrow(ApiFailure);
    expect(read).toThrow('sign-ups.csv changed while Village was importing it; nothing was written. Import it again.');
  });

  it('refuses the file when it can no longer be read', () => {
    const file = sheetFile('Name,Email\nDana,dana@example.org\n');
    const read = sheetFileReader(file);
    read();
    fs.rmSync(file);
    expect(read).toThrow(
      'sign-ups.csv can no longer be read (ENOENT) while Village was importing it; nothing was written. Import it again.',
    );
  });

  it('says at once that a missing file cannot be read', () => {
    expect(() => sheetFileReader(path.join(makeTempDir(), 'missing.csv'))).toThrow(/ENOENT/);
  });
});
