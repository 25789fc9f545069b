export type BulkAction = 'tag' | 'invite' | 'copy-emails' | 'export' | 'merge' | 'delete' | 'clear';

interface BulkActionsProps {
  count: number;
  onAction: (action: BulkAction) => void;
}

/** What to do with the selected families. */
export function BulkActions({ count, onAction }: BulkActionsProps) {
  return (
    <div className="bulk-actions" role="toolbar" aria-label="Selected families">
      <span className="bulk-count">
        {count} {count === 1 ? 'family' : 'families'} selected
      </span>
      <button type="button" className="button-secondary" onClick={() => onAction('tag')}>
        Add tag…
      </button>
      <button type="button" className="button-secondary" onClick={() => onAction('invite')}>
        Invite to session…
      </button>
      <button type="button" className="button-secondary" onClick={() => onAction('copy-emails')}>
        Copy emails
      </button>
      <button type="button" className="button-secondary" onClick={() => onAction('export')}>
        Export CSV
      </button>
      {count === 2 && (
        // Two records she knows are one family, whether or not Village suggested them.
        <button type="button" className="button-secondary" onClick={() => onAction('merge')}>
          Merge…
        </button>
      )}
      <button type="button" className="button-danger-quiet" onClick={() => onAction('delete')}>
        Delete…
      </button>
      <span className="spacer" />
      <button type="button" className="button-quiet" onClick={() => onAction('clear')}>
        Clear selection
      </button>
    </div>
  );
}
