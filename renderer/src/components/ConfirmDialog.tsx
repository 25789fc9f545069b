import { useState, type ReactNode } from 'react';
import { Modal } from './Modal';
import { DialogActions } from './DialogActions';
import { FormError } from './FormActions';
import { failureMessage } from '../api/failure-message';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, in words the organizer can weigh. */
  children: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  /** Shown on the confirm button while the action runs; the label stays when omitted. */
  busyLabel?: string;
  danger?: boolean;
  /** The sentence shown when the action fails without a message of its own. */
  failure: string;
  onCancel: () => void;
  /** Runs the action; resolves when done (the caller closes the dialog), rejects to show the error. */
  onConfirm: () => Promise<unknown>;
}

/** Asks before something that changes a lot at once; "keep" has the focus, so Enter is the safe answer. */
export function ConfirmDialog({
  title,
  children,
  keepLabel,
  confirmLabel,
  busyLabel,
  danger = false,
  failure,
  onCancel,
  onConfirm,
}: ConfirmDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={title} onClose={onCancel} role="alertdialog" className="confirm-dialog">
      {children}
      <FormError message={error} />
      <DialogActions
        cancelLabel={keepLabel}
        onCancel={onCancel}
        focus="cancel"
        actionLabel={confirmLabel}
        busy={busy}
        busyLabel={busyLabel}
        danger={danger}
        onAction={() => {
          setBusy(true);
          onConfirm().catch((caught: unknown) => {
            setBusy(false);
            setError(failureMessage(caught, failure));
          });
        }}
      />
    </Modal>
  );
}
