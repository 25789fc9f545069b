import { attendanceCommand } from './attendance';
import { backupCommand } from './backup';
import type { Command } from './command';
import {
  connectionsCirclesCommand,
  connectionsNeighborsCommand,
  connectionsPairsCommand,
  connectionsUnconnectedCommand,
} from './connections';
import { exportCommand, loadCommand } from './export';
import { exportIcsCommand } from './export-ics';
import { familiesAddCommand, familiesExportCommand, familiesListCommand } from './families';
import { forecastCommand } from './forecast';
import { importCommand, importListCommand, importUndoCommand } from './import';
import { parksAddCommand, parksListCommand } from './parks';
import { backupsListCommand, restoreCommand } from './restore';
import { outboxDueCommand, outboxListCommand, outboxResumeCommand, sendCommand } from './reach';
import { sessionsRainoutCommand } from './rainout';
import { repliesCheckCommand } from './replies';
import { rsvpCommand } from './rsvp';
import { serveCommand } from './serve';
import { sessionsAddCommand, sessionsCancelCommand, sessionsListCommand } from './sessions';

/** Every `village` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  familiesListCommand,
  familiesAddCommand,
  familiesExportCommand,
  importCommand,
  importUndoCommand,
  importListCommand,
  parksListCommand,
  parksAddCommand,
  sessionsListCommand,
  sessionsAddCommand,
  sessionsCancelCommand,
  sessionsRainoutCommand,
  rsvpCommand,
  exportIcsCommand,
  sendCommand,
  outboxListCommand,
  outboxDueCommand,
  outboxResumeCommand,
  repliesCheckCommand,
  forecastCommand,
  attendanceCommand,
  connectionsPairsCommand,
  connectionsCirclesCommand,
  connectionsUnconnectedCommand,
  connectionsNeighborsCommand,
  backupCommand,
  backupsListCommand,
  restoreCommand,
  exportCommand,
  loadCommand,
];
