import { backupCommand } from './backup';
import type { Command } from './command';
import { familiesAddCommand, familiesListCommand } from './families';
import { importCommand, importListCommand, importUndoCommand } from './import';
import { serveCommand } from './serve';

/** Every `village` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [serveCommand, familiesListCommand, familiesAddCommand, importCommand, importUndoCommand, importListCommand, backupCommand];
