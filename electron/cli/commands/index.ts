import { attendanceCommand } from './attendance';
import { backupCommand } from './backup';
import type { Command } from './command';
import { exportCommand, loadCommand } from './export';
import { familiesAddCommand, familiesListCommand } from './families';
import { backupsListCommand, restoreCommand } from './restore';
import { serveCommand } from './serve';

/** Every `village` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  familiesListCommand,
  familiesAddCommand,
  attendanceCommand,
  backupCommand,
  backupsListCommand,
  restoreCommand,
  exportCommand,
  loadCommand,
];
