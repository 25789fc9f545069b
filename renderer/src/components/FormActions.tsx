import type { ReactNode } from 'react';

interface FormActionsProps {
  saving: boolean;
  submitLabel: string;
  /** The submit button is off while something must be answered first. */
  disabled?: boolean;
  onCancel: () => void;
  /** Extra actions on the left (e.g. "Delete…"). */
  children?: ReactNode;
}

/** A dialog form's footer: extra actions, then Cancel and the submit button. */
export function FormActions({ saving, submitLabel, disabled = false, onCancel, children }: FormActionsProps) {
  return (
    <div className="dialog-actions">
      {children}
      <span className="spacer" />
      <button type="button" className="button-secondary" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button-primary" disabled={saving || disabled}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </div>
  );
}

/** The message at the top of a form that could not be saved. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert">
      {message}
    </div>
  );
}
