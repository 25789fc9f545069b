/**
 * What the organizer reads beside a progress bar: counts with thousands separators, one sentence per
 * phase, so "Importing 4,200 of 10,000 families…" reads the same in the window and in browser mode.
 */
import type { WorkProgress } from '../api/work-progress';
import { formatCount as count } from './count-text';

export function describeProgress({ method, phase, done, total }: WorkProgress): string {
  const counted = (noun: string) => (total === null ? '' : ` ${count(done)} of ${count(total)} ${noun}`);
  // Restoring is a few steps of unknown length each: say which one it is at.
  const step = total === null ? '' : ` (step ${Math.min(done + 1, total)} of ${total})`;
  switch (phase) {
    case 'reading':
      return total === null ? 'Reading the sheet…' : `Reading${counted('rows')}…`;
    case 'backing-up':
      return method === 'import.undo' ? 'Backing up before the undo…' : 'Backing up before the import…';
    case 'writing':
      return `Importing${counted('families')}…`;
    case 'undoing':
      return 'Undoing the import…';
    case 'copying':
      return 'Backing up…';
    case 'checking-backup':
      return `Checking the backup${step}…`;
    case 'saving-current':
      return `Saving your data as it is now${step}…`;
    case 'replacing':
      return `Putting the backup back${step}…`;
    case 'reopening':
      return `Opening the restored data${step}…`;
    case 'sending':
      return total === null ? 'Connecting to your mail server…' : `Sending${counted('messages')}…`;
    case 'reading-mailbox':
      return 'Reading the replies in your mailbox…';
  }
}

/** The share done, from 0 to 1, or null when there is no count (the bar then just shows it is working). */
export function progressFraction({ done, total }: WorkProgress): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(1, Math.max(0, done / total));
}
