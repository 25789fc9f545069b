import { summarizeCounts, type ImportBatch } from '../../../shared/domain/import/import-preview';

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Past imports, newest first, each with "Undo import" until it is undone. */
export function ImportHistory({ batches, onUndo }: { batches: ImportBatch[]; onUndo: (batch: ImportBatch) => void }) {
  if (batches.length === 0) return null;
  return (
    <section className="import-history" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        Past imports
      </h2>
      <ul className="card-list">
        {batches.map((batch) => (
          <li key={batch.id}>
            <div>
              <strong>{batch.fileName}</strong>
              <span className="muted">
                {' '}
                · {when(batch.importedAt)} · {summarizeCounts(batch.counts)}
              </span>
            </div>
            {batch.undoneAt ? (
              <span className="muted">Undone {when(batch.undoneAt)}</span>
            ) : (
              <button
                type="button"
                className="button-secondary"
                onClick={() => onUndo(batch)}
                aria-label={`Undo import of ${batch.fileName}`}
              >
                Undo import
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
