import { PLACEHOLDERS, type Placeholder } from '../../../shared/domain/reach/message-template';

/** The placeholders Village fills, each a button that puts it where the cursor was. */
export function PlaceholderButtons({ onInsert }: { onInsert: (placeholder: Placeholder) => void }) {
  return (
    <div className="placeholder-buttons" role="group" aria-label="Insert a placeholder">
      <span className="muted">Insert:</span>
      {PLACEHOLDERS.map((placeholder) => (
        <button
          key={placeholder}
          type="button"
          className="button-secondary placeholder-button"
          // Keeps the cursor in the field being edited, so the placeholder lands where she was typing.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onInsert(placeholder)}
        >
          {`{${placeholder}}`}
        </button>
      ))}
    </div>
  );
}
