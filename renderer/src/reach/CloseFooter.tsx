/** The footer of a message dialog: nothing to save, only Close (what was queued stays queued). */
export function CloseFooter({ onClose }: { onClose: () => void }) {
  return (
    <div className="dialog-actions">
      <span className="spacer" />
      <button type="button" className="button-secondary" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
