/**
 * The `village` command: the same core and API as the app, for scripts, tests and browser mode.
 * Each command lives in `commands/`; this file finds the one asked for and maps failures to exit codes.
 */
import { ApiFailure } from '../../shared/api/errors';
import { APP_VERSION } from '../core/app-version';
import { DatabaseOpenError, NativeModuleError } from '../core/db/database-errors';
import { keepNewFilesPrivate } from '../core/files/private-files';
import { RejectedError, UsageError } from './cli-errors';
import { consoleIO, type CliIO } from './cli-io';
import { COMMANDS } from './commands';
import { usageText } from './usage';

export type { CliIO } from './cli-io';

function findCommand(argv: string[]): { run: (io: CliIO) => number | Promise<number> } {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command) return { run: (io) => command.run(argv.slice(words), io) };
  }
  const [first, second] = argv;
  const group = COMMANDS.filter((command) => command.name.startsWith(`${first} `)).map(
    (command) => command.name.split(' ')[1],
  );
  if (group.length > 0) {
    const choices = group.join(' or ');
    throw new UsageError(
      second === undefined
        ? `${first} needs a subcommand: ${choices}.`
        : `Unknown ${first} subcommand "${second}"; use ${choices}.`,
    );
  }
  throw new UsageError(`Unknown command "${first}".`);
}

export async function runCli(argv: string[], io: CliIO = consoleIO): Promise<number> {
  // Before any file is written: the database, backups, exports and calendar files are the organizer's alone.
  keepNewFilesPrivate();
  const [command] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(usageText(COMMANDS));
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.out(APP_VERSION);
      return 0;
    }
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(usageText(COMMANDS));
      return 0;
    }
    return await findCommand(argv).run(io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`village: ${error.message} Run "village --help" for the commands.`);
      return 2;
    }
    if (error instanceof RejectedError || error instanceof DatabaseOpenError || error instanceof NativeModuleError) {
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
