/**
 * The `village` command run in-process through `runCli`, against real database files in temp folders.
 * The built CLI run as a child process (real exit codes, real stderr) is in tests/host/cli-process.test.ts,
 * in the app project that builds `out/` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_VERSION } from '../../electron/core/app-version';
import { ageOn } from '../../shared/domain/age';
import { localToday } from '../../shared/domain/calendar-date';
import type { Family } from '../../shared/domain/families/family';
import { parentNamesIn, sha256Of } from '../support/inspect-db';
import { village } from '../support/run-cli';
import { makeTempDir, tempDbPath } from '../support/temp-db';

/** Rows in a database file, read with plain better-sqlite3 rather than Village's own code. */
function familyCount(file: string): number {
  const db = new BetterSqlite3(file);
  try {
    return db.prepare('SELECT (SELECT count(*) FROM families) + (SELECT count(*) FROM kids)').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** A usage error: one line, `village: `, a reason that ends like a sentence, then the pointer to --help. */
const USAGE_LINE = /^village: [^\n]*[.!?] Run "village --help" for the commands\.$/;
/** Input rejected: one line, `village: ` and a reason (with the field in parentheses when there is one). */
const REJECTED_LINE = /^village: [^\n]*[.!?)]$/;

let fallbackDb: string;
beforeEach(() => {
  // Whatever a test forgets, nothing may reach the organizer's real user-data folder.
  fallbackDb = tempDbPath();
  vi.stubEnv('VILLAGE_DB', fallbackDb);
  vi.stubEnv('XDG_CONFIG_HOME', makeTempDir());
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('village help and usage errors', () => {
  it.each([['--help'], ['-h'], ['help'], ['families', 'add', '--help']])(
    '%s prints the commands and exits 0',
    async (...argv) => {
      const run = await village(...argv);
      expect(run.code).toBe(0);
      expect(run.err).toEqual([]);
      const usage = run.out.join('\n');
      for (const command of ['serve', 'families list', 'families add', 'backup', '--db PATH', '--kid NAME:WHEN'])
        expect(usage).toContain(command);
    },
  );

  it('prints the version with --version', async () => {
    expect(await village('--version')).toEqual({ code: 0, out: [APP_VERSION], err: [] });
  });

  it('exits 2 with the usage when there is no command', async () => {
    const run = await village();
    expect(run.code).toBe(2);
    expect(run.out.join('\n')).toContain('families add');
  });

  it.each([
    ['an unknown command', ['frobnicate', '--db', 'DB'], /Unknown command "frobnicate"/],
    ['families without a subcommand', ['families'], /families needs a subcommand: list or add or export\./],
    ['an unknown families subcommand', ['families', 'remove', '--db', 'DB'], /Unknown families subcommand "remove"/],
    ['an unknown flag', ['families', 'list', '--frobnicate', '--db', 'DB'], /Unknown option '--frobnicate'/],
    ['a stray argument', ['families', 'list', 'everyone', '--db', 'DB'], /Unexpected argument 'everyone'/],
    [
      'a flag without its value',
      ['families', 'list', '--db', 'DB', '--search'],
      /Option '--search <value>' argument missing\./,
    ],
    ['a flag followed by another flag', ['families', 'list', '--search', '--db', 'DB'], /--search/],
    [
      'families add without --parent',
      ['families', 'add', '--email', 'dana@example.org', '--db', 'DB'],
      /families add needs --parent NAME\./,
    ],
    [
      'a kid without a birth date',
      ['families', 'add', '--parent', 'Dana', '--kid', 'Mia', '--db', 'DB'],
      /--kid needs NAME:WHEN/,
    ],
    [
      'a kid with an impossible date',
      ['families', 'add', '--parent', 'Dana', '--kid', 'Mia:2024-02-30', '--db', 'DB'],
      /"2024-02-30" is not a birth date/,
    ],
    [
      'a kid with a month 13',
      ['families', 'add', '--parent', 'Dana', '--kid', 'Mia:2024-13', '--db', 'DB'],
      /"2024-13" is not a birth date/,
    ],
    ['backup without --out', ['backup', '--db', 'DB'], /backup needs --out FILE\./],
    [
      'serve on a port out of range',
      ['serve', '--port', '99999', '--db', 'DB'],
      /--port must be a number from 0 to 65535/,
    ],
  ])('exits 2 on %s with one sentence on stderr, and creates no database', async (_label, argv, message) => {
    const file = path.join(makeTempDir(), 'village.db');
    const run = await village(...argv.map((arg) => (arg === 'DB' ? file : arg)));
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(USAGE_LINE);
    expect(run.err[0]).toMatch(message);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(fallbackDb)).toBe(false);
  });
});

describe('village families', () => {
  it('calls a kid without a name "Unnamed kid", as every screen does', async () => {
    const db = tempDbPath();
    expect(
      (
        await village(
          'families',
          'add',
          '--db',
          db,
          '--parent',
          'Noor Haddad',
          '--kid',
          ':2y',
          '--kid',
          'Sami:2025-01-10',
        )
      ).code,
    ).toBe(0);
    const listed = await village('families', 'list', '--db', db);
    expect(listed.code).toBe(0);
    expect(listed.out.join('\n')).toMatch(/Noor Haddad.*Unnamed kid \(≈ 2 y\), Sami \(/);
  });

  it('adds a family with kids given as a date, a month and an age, and lists it as JSON', async () => {
    const db = tempDbPath();
    const added = await village(
      'families',
      'add',
      '--db',
      db,
      '--parent',
      'Dana Reyes',
      '--second-parent',
      'Sam Reyes',
      '--email',
      'dana@example.org',
      '--phone',
      '(555) 201-3344',
      '--neighborhood',
      'Maple Hill',
      '--notes',
      'Prefers mornings',
      '--kid',
      'Mia:2024-03-15',
      '--kid',
      'Leo:2023-07',
      '--kid',
      'Ada:18m',
    );
    expect(added.err).toEqual([]);
    expect(added.code).toBe(0);
    expect(added.out).toEqual([expect.stringMatching(/^Added family #\d+: Dana Reyes with 3 kids\.$/)]);

    const listed = await village('families', 'list', '--json', '--db', db);
    expect(listed.code).toBe(0);
    const families = JSON.parse(listed.out.join('\n')) as Family[];
    expect(families).toHaveLength(1);
    expect(families[0]).toMatchObject({
      parentName: 'Dana Reyes',
      secondParentName: 'Sam Reyes',
      email: 'dana@example.org',
      phone: '(555) 201-3344',
      neighborhood: 'Maple Hill',
      notes: 'Prefers mornings',
    });
    const kids = families[0]!.kids;
    expect(kids.map(({ name, birthPrecision }) => ({ name, birthPrecision }))).toEqual([
      { name: 'Mia', birthPrecision: 'day' },
      { name: 'Leo', birthPrecision: 'month' },
      { name: 'Ada', birthPrecision: 'estimated-month' },
    ]);
    expect(kids[0]!.birthDate).toBe('2024-03-15');
    expect(kids[1]!.birthDate).toBe('2023-07-01');
    expect(ageOn(kids[2]!.birthDate, localToday())?.months).toBe(18);
    expect(familyCount(db)).toBe(4);
    expect(fs.existsSync(fallbackDb)).toBe(false);
  });

  it('lists families for people, with each kid and the parents on one line', async () => {
    const db = tempDbPath();
    expect((await village('families', 'list', '--db', db)).out).toEqual(['No families yet.']);
    await village('families', 'add', '--db', db, '--parent', 'Dana Reyes', '--kid', 'Mia:2024-03-15');
    await village('families', 'add', '--db', db, '--parent', 'Bea Ito', '--email', 'bea@example.org');
    const run = await village('families', 'list', '--db', db);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      expect.stringMatching(/^#2 Bea Ito · bea@example\.org$/),
      expect.stringMatching(/^#1 Dana Reyes · Mia \(.+\)$/),
    ]);
    const searched = await village('families', 'list', '--db', db, '--search', 'dana', '--json');
    expect((JSON.parse(searched.out.join('\n')) as Family[]).map((family) => family.parentName)).toEqual([
      'Dana Reyes',
    ]);
  });

  it.each([
    ['a bad email', ['--email', 'dana at example'], 'email', /The email address does not look right/],
    ['a blank parent name', ['--parent', '   '], 'parentName', /parent's or caregiver's name/],
    [
      'a kid name that is too long',
      ['--kid', `${'M'.repeat(101)}:2024-03-15`],
      'kids.1.name',
      /kid's name is too long/,
    ],
    ['notes that are too long', ['--notes', 'n'.repeat(5001)], 'notes', /notes is too long/],
  ])('rejects %s with exit 1, naming the field, and writes nothing', async (_label, extra, field, message) => {
    const db = tempDbPath();
    await village('families', 'add', '--db', db, '--parent', 'Bea Ito');
    const run = await village(
      'families',
      'add',
      '--db',
      db,
      '--parent',
      'Dana Reyes',
      '--kid',
      'Mia:2024-03-15',
      ...extra,
    );
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(REJECTED_LINE);
    expect(run.err[0]).toMatch(message);
    expect(run.err[0]!.endsWith(`(field: ${field})`)).toBe(true);
    expect(parentNamesIn(db)).toEqual(['Bea Ito']);
    expect(familyCount(db)).toBe(1);
  });
});

describe('village database choice', () => {
  it('uses VILLAGE_DB when there is no --db, and --db over VILLAGE_DB', async () => {
    const fromEnv = tempDbPath();
    const fromFlag = tempDbPath();
    vi.stubEnv('VILLAGE_DB', fromEnv);
    expect((await village('families', 'add', '--parent', 'Env Parent')).code).toBe(0);
    expect((await village('families', 'add', '--parent', 'Flag Parent', '--db', fromFlag)).code).toBe(0);
    expect(parentNamesIn(fromEnv)).toEqual(['Env Parent']);
    expect(parentNamesIn(fromFlag)).toEqual(['Flag Parent']);
    const listed = await village('families', 'list', '--json');
    expect((JSON.parse(listed.out.join('\n')) as Family[]).map((family) => family.parentName)).toEqual(['Env Parent']);
  });

  it('resolves a relative --db against the current folder', async () => {
    const folder = makeTempDir();
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(folder);
    try {
      expect((await village('families', 'add', '--parent', 'Dana', '--db', 'relative.db')).code).toBe(0);
    } finally {
      cwd.mockRestore();
    }
    expect(parentNamesIn(path.join(folder, 'relative.db'))).toEqual(['Dana']);
  });

  it.each([
    ['families list', ['families', 'list']],
    ['families add', ['families', 'add', '--parent', 'Dana Reyes']],
    ['backup', ['backup', '--out', 'OUT']],
  ])('%s refuses a file that is not SQLite with exit 1 and leaves it untouched', async (_label, argv) => {
    const folder = makeTempDir();
    const file = path.join(folder, 'families.csv');
    fs.writeFileSync(file, 'Name,Email\nDana,dana@example.org\n'.repeat(50));
    const before = sha256Of(file);
    const out = path.join(folder, 'backup.db');
    const run = await village(...argv.map((arg) => (arg === 'OUT' ? out : arg)), '--db', file);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^village: The file .*families\.csv is not a Village database/);
    expect(sha256Of(file)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual(['families.csv']);
  });
});

describe('village backup', () => {
  it('copies the database to a new file that opens and holds the same families, and never overwrites it', async () => {
    const db = tempDbPath();
    await village('families', 'add', '--db', db, '--parent', 'Dana Reyes', '--kid', 'Mia:2024-03-15');
    await village('families', 'add', '--db', db, '--parent', 'Bea Ito', '--kid', 'Kai:2y');
    const out = path.join(makeTempDir(), 'nested', 'village-backup.db');

    const first = await village('backup', '--db', db, '--out', out);
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.out).toEqual([
      expect.stringMatching(
        new RegExp(`^Backed up the database to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ KB\\)\\.$`),
      ),
    ]);
    expect(parentNamesIn(out)).toEqual(parentNamesIn(db));
    expect(parentNamesIn(out)).toEqual(['Dana Reyes', 'Bea Ito']);
    expect(familyCount(out)).toBe(4);
    const listedFromBackup = await village('families', 'list', '--json', '--db', out);
    const listedFromSource = await village('families', 'list', '--json', '--db', db);
    expect(JSON.parse(listedFromBackup.out.join('\n'))).toEqual(JSON.parse(listedFromSource.out.join('\n')));

    // The source changes, then a second backup to the same path is refused and the first stays as it was.
    await village('families', 'add', '--db', db, '--parent', 'Cy Moss');
    for (const suffix of ['-wal', '-shm']) fs.rmSync(out + suffix, { force: true });
    const firstBackup = sha256Of(out);
    const second = await village('backup', '--db', db, '--out', out);
    expect(second.code).toBe(1);
    expect(second.out).toEqual([]);
    expect(second.err).toEqual([
      expect.stringMatching(/^village: .*village-backup\.db already exists; Village will not overwrite it\./),
    ]);
    expect(sha256Of(out)).toBe(firstBackup);
    expect(parentNamesIn(out)).toEqual(['Dana Reyes', 'Bea Ito']);
  });

  it('refuses to back up over the database itself', async () => {
    const db = tempDbPath();
    await village('families', 'add', '--db', db, '--parent', 'Dana Reyes');
    const run = await village('backup', '--db', db, '--out', db);
    expect(run.code).toBe(1);
    expect(parentNamesIn(db)).toEqual(['Dana Reyes']);
  });
});

describe('village families export', () => {
  it('writes every family and kid as CSV, neutralizes formulas, and never overwrites a file', async () => {
    const db = tempDbPath();
    await village(
      'families',
      'add',
      '--db',
      db,
      '--parent',
      'Dana Reyes',
      '--notes',
      '=HYPERLINK("x")',
      '--kid',
      'Mia:2024-03-15',
    );
    const out = path.join(makeTempDir(), 'families.csv');
    const run = await village('families', 'export', '--db', db, '--out', out);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([`Saved 1 family to ${out}.`]);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('Dana Reyes');
    expect(text).toContain('Mia,2024-03-15');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    const again = await village('families', 'export', '--db', db, '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([
      expect.stringMatching(/^village: .*families\.csv already exists; Village will not overwrite it\./),
    ]);
    expect(fs.readFileSync(out, 'utf8')).toBe(text);
  });
});
