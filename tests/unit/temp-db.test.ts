/** Temporary databases do not pile up: each test's folder goes when the test ends, a file's when the file ends. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, tempDbPath } from '../support/temp-db';

describe('temporary test folders', () => {
  let forTheFile = '';
  let madeByTest = '';
  let dbMadeByTest = '';

  beforeAll(() => {
    forTheFile = makeTempDir();
  });

  it('a folder made in a test is there while the test runs', () => {
    madeByTest = makeTempDir();
    dbMadeByTest = tempDbPath();
    fs.writeFileSync(path.join(madeByTest, 'village.db'), 'data');
    fs.writeFileSync(dbMadeByTest, 'data');
    expect(fs.existsSync(madeByTest)).toBe(true);
  });

  it('is gone, with what was written in it, once that test has finished', () => {
    expect(madeByTest).not.toBe('');
    expect(fs.existsSync(madeByTest)).toBe(false);
    expect(fs.existsSync(path.dirname(dbMadeByTest))).toBe(false);
  });

  it('a folder made in beforeAll stays for every test of the file', () => {
    expect(fs.existsSync(forTheFile)).toBe(true);
  });
});
