import type { ImportBatch } from '../../../shared/domain/import/import-preview';
import { ConfirmDialog } from '../components/ConfirmDialog';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Undo import" deletes families: it asks first and says what it removes and what it puts back. */
export function UndoImportDialog({
  batch,
  onCancel,
  onConfirm,
}: {
  batch: ImportBatch;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { familiesAdded, kidsAdded, familiesUpdated } = batch.counts;
  return (
    <ConfirmDialog
      title={`Undo the import of ${batch.fileName}?`}
      keepLabel="Keep the import"
      confirmLabel="Undo import"
      busyLabel="Undoing…"
      danger
      failure="Village could not undo this import."
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>
        This deletes the <strong>{plural(familiesAdded, 'family', 'families')}</strong> and{' '}
        <strong>{plural(kidsAdded, 'kid', 'kids')}</strong> it added
        {familiesUpdated > 0 ? (
          <>
            , and puts back what it changed in <strong>{plural(familiesUpdated, 'family', 'families')}</strong> Village
            already had
          </>
        ) : null}
        .{batch.sessionId !== null && ' The RSVPs it added to the session go too.'} A backup is taken first.
      </p>
    </ConfirmDialog>
  );
}
