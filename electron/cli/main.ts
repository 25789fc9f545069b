/**
 * The `village` command: the same core and API as the app, for scripts, tests and browser mode.
 */
import { spawn } from 'node:child_process';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Database } from 'better-sqlite3';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { formatAge } from '../../shared/domain/age';
import { localToday } from '../../shared/domain/calendar-date';
import { createDispatch, type Dispatch } from '../core/api/dispatch';
import { APP_VERSION } from '../core/app-version';
import { backupDatabase } from '../core/backup/backup-database';
import { resolveDatabasePath } from '../core/db/data-location';
import { DatabaseOpenError } from '../core/db/database-errors';
import { openDatabase } from '../core/db/open-database';
import { startBrowserHost } from '../core/host/browser-host';
import { findRendererRoot } from '../core/host/renderer-location';
import { ApiFailure } from '../../shared/api/errors';
import { RejectedError, UsageError } from './cli-errors';
import { parseKidSpec } from './kid-spec';
import { USAGE } from './usage';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

const consoleIO: CliIO = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

const COMMON = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, strict: true, allowPositionals: false });
  } catch (error) {
    // node:util's messages may span lines, end in advice about "--" or end without a full stop: keep one line.
    const message = (error as Error).message.replace(/\.\s+To specify.*$/s, '.').replace(/\s*\n\s*/g, ' ');
    throw new UsageError(/[.!?]$/.test(message) ? message : `${message}.`);
  }
}

interface Opened {
  db: Database;
  dispatch: Dispatch;
  call<M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M>;
}

function open(dbFlag: string | undefined): Opened {
  const databasePath = resolveDatabasePath({ flag: dbFlag });
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: APP_VERSION });
  return {
    db,
    dispatch,
    call(method, params) {
      const result = dispatch(method, params);
      if (!result.ok) throw new RejectedError(result.error.field ? `${result.error.message} (field: ${result.error.field})` : result.error.message);
      return result.value as MethodResult<typeof method>;
    },
  };
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

async function serve(args: string[], io: CliIO): Promise<number> {
  const { values } = parse(args, { port: { type: 'string' }, open: { type: 'boolean' }, reason: { type: 'string' } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got "${values.port}").`);
  const rendererRoot = findRendererRoot(__dirname);
  if (!rendererRoot) throw new RejectedError('The app is not built yet. Run "npm start" (or "npm run build") first.');
  const { db, dispatch } = open(values.db);
  const host = await startBrowserHost({ dispatch, rendererRoot, port });
  const prefix = values.reason ? `${values.reason}, so Village is running in browser mode` : 'Village is running in browser mode';
  io.out(`${prefix}: open ${host.launchUrl}`);
  if (values.open) openInBrowser(host.launchUrl);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  db.close();
  return 0;
}

function familiesList(args: string[], io: CliIO): number {
  const { values } = parse(args, { json: { type: 'boolean' }, search: { type: 'string' } });
  const { db, call } = open(values.db);
  try {
    const families = call('families.list', { search: values.search ?? '' });
    if (values.json) {
      io.out(JSON.stringify(families, null, 2));
      return 0;
    }
    if (families.length === 0) io.out('No families yet.');
    const today = localToday();
    for (const family of families) {
      const parents = [family.parentName, family.secondParentName].filter(Boolean).join(' & ');
      const kids = family.kids.map((kid) => `${kid.name || 'unnamed'} (${formatAge(kid.birthDate, kid.birthPrecision, today)})`).join(', ');
      io.out([`#${family.id} ${parents}`, family.email, family.phone, family.neighborhood, kids].filter(Boolean).join(' · '));
    }
    return 0;
  } finally {
    db.close();
  }
}

function familiesAdd(args: string[], io: CliIO): number {
  const { values } = parse(args, {
    parent: { type: 'string' },
    'second-parent': { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    neighborhood: { type: 'string' },
    notes: { type: 'string' },
    kid: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  if (values.parent === undefined) throw new UsageError('families add needs --parent NAME.');
  const kids = (values.kid ?? []).map((spec) => parseKidSpec(spec));
  const { db, call } = open(values.db);
  try {
    const family = call('families.create', {
      parentName: values.parent,
      secondParentName: values['second-parent'] ?? '',
      email: values.email ?? '',
      phone: values.phone ?? '',
      neighborhood: values.neighborhood ?? '',
      notes: values.notes ?? '',
      kids,
    });
    io.out(values.json ? JSON.stringify(family, null, 2) : `Added family #${family.id}: ${family.parentName} with ${family.kids.length} kid${family.kids.length === 1 ? '' : 's'}.`);
    return 0;
  } finally {
    db.close();
  }
}

async function backup(args: string[], io: CliIO): Promise<number> {
  const { values } = parse(args, { out: { type: 'string' } });
  if (!values.out) throw new UsageError('backup needs --out FILE.');
  const { db } = open(values.db);
  try {
    const result = await backupDatabase(db, values.out);
    io.out(`Backed up the database to ${result.path} (${Math.max(1, Math.round(result.bytes / 1024))} KB).`);
    return 0;
  } finally {
    db.close();
  }
}

export async function runCli(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.out(APP_VERSION);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    if (command === 'serve') return await serve(rest, io);
    if (command === 'backup') return await backup(rest, io);
    if (command === 'families') {
      const [sub, ...subArgs] = rest;
      if (sub === 'list') return familiesList(subArgs, io);
      if (sub === 'add') return familiesAdd(subArgs, io);
      throw new UsageError(sub === undefined ? 'families needs a subcommand: list or add.' : `Unknown families subcommand "${sub}"; use list or add.`);
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`village: ${error.message} Run "village --help" for the commands.`);
      return 2;
    }
    if (error instanceof RejectedError || error instanceof DatabaseOpenError) {
      io.err(`village: ${error.message}`);
      return 1;
    }
    if (error instanceof ApiFailure) {
      io.err(`village: ${error.error.message}`);
      return 1;
    }
    io.err(`village: something went wrong: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
