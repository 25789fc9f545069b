import path from 'node:path';
import { formatBytes } from '../../../shared/domain/file-size';
import { listBackups, backupsFolderFor } from '../../core/backup/backup-store';
import { UsageError } from '../cli-errors';
import { openRuntime } from '../open-core';
import { parseOptions } from '../parse-options';
import type { Command } from './command';

export const restoreCommand: Command = {
  name: 'restore',
  usage: `restore FILE
    Put a backup back. What is there now is saved in the backups folder first.`,
  run(args, io) {
    const file = args[0] && !args[0].startsWith('-') ? args[0] : undefined;
    if (!file) throw new UsageError('restore needs the backup FILE to restore.');
    const { values } = parseOptions(args.slice(1), {});
    // Works even when the current database cannot be opened: that is when a restore is needed most.
    const runtime = openRuntime(values.db);
    try {
      const result = runtime.restoreFrom(path.resolve(file));
      const kept = result.safetyBackup
        ? ` What was there before is saved as ${path.join(backupsFolderFor(runtime.databasePath), result.safetyBackup)}.`
        : '';
      io.out(`Restored ${result.restored}.${kept}`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};

export const backupsListCommand: Command = {
  name: 'backups list',
  usage: `backups list [--json]
    List the automatic and manual backups, newest first.`,
  run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    const runtime = openRuntime(values.db);
    try {
      const folder = backupsFolderFor(runtime.databasePath);
      const backups = listBackups(folder);
      if (values.json)
        io.out(
          JSON.stringify(
            backups.map((backup) => ({ ...backup, path: path.join(folder, backup.name) })),
            null,
            2,
          ),
        );
      else if (backups.length === 0) io.out(`No backups yet (they will be kept in ${folder}).`);
      else {
        for (const backup of backups) {
          const imported = backup.importedFile ? `  (imported ${backup.importedFile})` : '';
          io.out(
            `${backup.createdAt}  ${backup.reason.padEnd(16)} ${formatBytes(backup.bytes).padStart(8)}  ${path.join(folder, backup.name)}${imported}`,
          );
        }
      }
      return 0;
    } finally {
      runtime.close();
    }
  },
};
