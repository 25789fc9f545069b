import { useCallback, useState } from 'react';
import { parentNames, type Family, type FamilyRosterRow } from '../../../shared/domain/families/family';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';
import { downloadCsv } from '../components/download';
import { NOTICE_MS, useNotice } from '../components/useNotice';
import type { BulkAction } from './BulkActions';
import type { FamiliesView } from './useFamiliesView';
import { usePendingMerge } from './usePendingMerge';

type Editing = { family: Family | null } | null;
export type FamiliesDialog = 'tag' | 'invite' | 'delete' | 'duplicates' | null;
export interface FamiliesNotice {
  text: string;
  undoId?: number;
}

const NO_NOTICE: FamiliesNotice = { text: '' };
/** A merge can be undone from its message: that one stays a minute. */
const UNDO_NOTICE_MS = 60_000;

function csvFileName(today: string): string {
  return `village-families-${today}.csv`;
}

/**
 * What the organizer does on the families screen: open a family, act on the selection (tag, invite,
 * copy emails, export, merge, delete), undo a merge; each ends in a message or an error, and the
 * roster read again after a change.
 */
export function useFamilyActions(view: FamiliesView) {
  const { today, roster, selectedIds, selectedRows, setSelection } = view;
  const [editing, setEditing] = useState<Editing>(null);
  const [dialog, setDialog] = useState<FamiliesDialog>(null);
  const [notice, setNotice] = useNotice<FamiliesNotice>(NO_NOTICE, (shown) =>
    shown.undoId !== undefined ? UNDO_NOTICE_MS : NOTICE_MS,
  );
  const [error, setError] = useState<string | null>(null);

  /** After a change: its message (with Undo for a merge), and the roster read again. */
  const done = (text: string, undoId?: number) => {
    setNotice(undoId === undefined ? { text } : { text, undoId });
    setError(null);
    roster.reload();
  };
  const failed = useCallback(
    (fallback: string) => (failure: unknown) => setError(failureMessage(failure, fallback)),
    [],
  );
  const merging = usePendingMerge((message, undoId) => {
    setSelection({});
    done(message, undoId);
  });

  // One function for every render: the table's rows are memoized and would all be drawn again otherwise.
  const open = useCallback(
    (row: FamilyRosterRow) => {
      call('families.get', { id: row.id })
        .then((family) => setEditing({ family }))
        .catch(failed('Village could not open this family.'));
    },
    [failed],
  );

  const exportCsv = (ids?: number[]) => {
    call('families.exportCsv', ids ? { ids } : {})
      .then(({ csv, families }) => {
        downloadCsv(csvFileName(today), csv);
        setNotice({ text: `Exported ${families} ${families === 1 ? 'family' : 'families'} to ${csvFileName(today)}.` });
      })
      .catch(failed('Village could not export the families.'));
  };

  const mergeSelected = () => {
    // The older record is kept (its history, where it came from); every value can still be picked.
    const [keepId, otherId] = [...selectedIds].sort((a, b) => a - b) as [number, number];
    Promise.all([call('families.get', { id: keepId }), call('families.get', { id: otherId })])
      .then(([keep, other]) => merging.start(keep, other))
      .catch(failed('Village could not open these families.'));
  };

  const copyEmails = () => {
    const emails = [
      ...new Set(
        selectedRows()
          .map((row) => row.email)
          .filter(Boolean),
      ),
    ];
    navigator.clipboard
      .writeText(emails.join(', '))
      .then(() => {
        const missing = selectedIds.length - emails.length;
        const without =
          missing > 0 ? ` (${missing} selected ${missing === 1 ? 'family has' : 'families have'} no email)` : '';
        setNotice({ text: `Copied ${emails.length} ${emails.length === 1 ? 'email' : 'emails'}${without}.` });
      })
      .catch(failed('Village could not copy to the clipboard. Try again, or export the selection instead.'));
  };

  const bulk: Record<BulkAction, () => void> = {
    tag: () => setDialog('tag'),
    invite: () => setDialog('invite'),
    delete: () => setDialog('delete'),
    export: () => exportCsv(selectedIds),
    clear: () => setSelection({}),
    merge: mergeSelected,
    'copy-emails': copyEmails,
  };

  const undoMerge = (undoId: number) => {
    call('families.unmerge', { undoId })
      .then(({ family }) => done(`Undid the merge: ${parentNames(family)} is back as a family of their own.`))
      .catch(failed('Village could not undo the merge.'));
  };

  return {
    editing,
    startAdding: () => setEditing({ family: null }),
    stopEditing: () => setEditing(null),
    open,
    dialog,
    openDialog: setDialog,
    closeDialog: () => setDialog(null),
    /** A dialog finished its change: it closes, and says what changed. */
    closeDialogSaying: (message: string) => {
      setDialog(null);
      done(message);
    },
    closeEditorSaying: (message: string) => {
      setEditing(null);
      done(message);
    },
    notice,
    error,
    done,
    exportAll: () => exportCsv(),
    runBulk: (action: BulkAction) => bulk[action](),
    undoMerge,
    mergeDialog: merging.dialog,
  };
}
