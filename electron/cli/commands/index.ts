import { backupCommand } from './backup';
import type { Command } from './command';
import { exportCommand, loadCommand } from './export';
import { familiesAddCommand, familiesListCommand } from './families';
import { importCommand, importListCommand, importUndoCommand } from './import';
import { backupsListCommand, restoreCommand } from './restore';
import { serveCommand } from './serve';

/** Every `village` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  familiesListCommand,
  familiesAddCommand,
  importCommand,
  importUndoCommand,
  importListCommand,
  backupCommand,
  backupsListCommand,
  restoreCommand,
  exportCommand,
  loadCommand,
];
