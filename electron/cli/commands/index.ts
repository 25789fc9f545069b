import { backupCommand } from './backup';
import type { Command } from './command';
import { familiesAddCommand, familiesExportCommand, familiesListCommand } from './families';
import { serveCommand } from './serve';

/** Every `village` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [serveCommand, familiesListCommand, familiesAddCommand, familiesExportCommand, backupCommand];
