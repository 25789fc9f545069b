import { describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../shared/api/work-progress';
import { describeProgress, progressFraction } from '../../shared/domain/work-progress-text';
import { summarizeCounts } from '../../shared/domain/import/import-preview';

const at = (method: string, phase: WorkProgress['phase'], done: number, total: number | null): WorkProgress => ({
  method,
  phase,
  done,
  total,
});

describe('what the organizer reads beside the progress bar', () => {
  it.each([
    [at('import.preview', 'reading', 4200, 10_000), 'Reading 4,200 of 10,000 rows…'],
    [at('import.preview', 'reading', 0, null), 'Reading the sheet…'],
    [at('import.commit', 'backing-up', 0, null), 'Backing up before the import…'],
    [at('import.undo', 'backing-up', 0, null), 'Backing up before the undo…'],
    [at('import.commit', 'writing', 4200, 10_000), 'Importing 4,200 of 10,000 families…'],
    [at('import.commit', 'writing', 100_000, 100_000), 'Importing 100,000 of 100,000 families…'],
    [at('import.undo', 'undoing', 0, null), 'Undoing the import…'],
    [at('backups.create', 'copying', 0, null), 'Backing up…'],
    [at('backups.restore', 'checking-backup', 0, 4), 'Checking the backup (step 1 of 4)…'],
    [at('backups.restore', 'saving-current', 1, 4), 'Saving your data as it is now (step 2 of 4)…'],
    [at('backups.restore', 'replacing', 2, 4), 'Putting the backup back (step 3 of 4)…'],
    [at('backups.restore', 'reopening', 3, 4), 'Opening the restored data (step 4 of 4)…'],
    [at('outbox.send', 'sending', 0, null), 'Connecting to your mail server…'],
    [at('outbox.send', 'sending', 12, 40), 'Sending 12 of 40 messages…'],
    [at('outbox.send', 'sending', 1200, 1500), 'Sending 1,200 of 1,500 messages…'],
    [at('replies.check', 'reading-mailbox', 0, null), 'Reading the replies in your mailbox…'],
  ])('%o reads "%s"', (progress, text) => {
    expect(describeProgress(progress)).toBe(text);
  });

  it.each([
    [at('import.commit', 'writing', 4200, 10_000), 0.42],
    [at('import.commit', 'writing', 0, 0), null],
    [at('backups.create', 'copying', 0, null), null],
    [at('import.commit', 'writing', 12, 10), 1],
  ])('%o fills %s of the bar', (progress, fraction) => {
    expect(progressFraction(progress)).toBe(fraction);
  });
});

describe('counts on the import screens', () => {
  it.each([
    [
      { familiesAdded: 47751, familiesUpdated: 0, duplicates: 2546, rowsSkipped: 0 },
      '47,751 new, 0 changed, 2,546 duplicates',
    ],
    [
      { familiesAdded: 4, familiesUpdated: 1, duplicates: 1, rowsSkipped: 1200 },
      '4 new, 1 changed, 1 duplicate, 1,200 with errors',
    ],
  ])('%j reads %j', (counts, text) => {
    expect(summarizeCounts({ rows: 0, kidsAdded: 0, ...counts })).toBe(text);
  });
});
