/**
 * How far along long work is (work/long-work.ts), as the worker reports it and both hosts pass it to the
 * page. Kept free of imports: the sandboxed preload script uses this type too.
 */
export type WorkPhase =
  /** Rows of a sheet read and matched (the preview, and the first part of an import). */
  | 'reading'
  /** The backup taken before an import or an undo. */
  | 'backing-up'
  /** Families of a sheet written. */
  | 'writing'
  | 'undoing'
  /** A backup made with "Back up now". */
  | 'copying'
  /** The steps of putting a backup back. */
  | 'checking-backup'
  | 'saving-current'
  | 'replacing'
  | 'reopening'
  /** Messages of the outbox handed to the mail server. */
  | 'sending'
  /** "Check replies" reading the organizer's mailbox. */
  | 'reading-mailbox';

export interface WorkProgress {
  /** The API method doing the work, e.g. "import.commit". */
  method: string;
  phase: WorkPhase;
  done: number;
  /** null when the work has no count to show (SQLite copies a backup in one statement). */
  total: number | null;
}
