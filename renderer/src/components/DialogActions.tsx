interface DialogActionsProps {
  /** The button that does the dialog's work (not a form submit: forms use `FormActions`). */
  actionLabel: string;
  onAction: () => void;
  /** Without it the bar has only the action button (a "Done"). */
  onCancel?: () => void;
  cancelLabel?: string;
  busy?: boolean;
  /** Shown on the action button while it runs; the label stays when omitted. */
  busyLabel?: string;
  danger?: boolean;
  /** Which button has the focus on opening: a confirmation focuses the safe answer, so Enter keeps things. */
  focus?: 'cancel' | 'action';
}

/** A dialog's footer when nothing is submitted: Cancel (or a "keep" answer), then the action on the right. */
export function DialogActions({
  actionLabel,
  onAction,
  onCancel,
  cancelLabel = 'Cancel',
  busy = false,
  busyLabel,
  danger = false,
  focus,
}: DialogActionsProps) {
  return (
    <div className="dialog-actions">
      <span className="spacer" />
      {onCancel && (
        <button type="button" className="button-secondary" onClick={onCancel} autoFocus={focus === 'cancel'}>
          {cancelLabel}
        </button>
      )}
      <button
        type="button"
        className={danger ? 'button-danger' : 'button-primary'}
        disabled={busy}
        onClick={onAction}
        autoFocus={focus === 'action'}
      >
        {busy && busyLabel ? busyLabel : actionLabel}
      </button>
    </div>
  );
}
