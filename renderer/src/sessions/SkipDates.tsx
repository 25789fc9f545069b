import { weekdayName } from '../../../shared/domain/sessions/month-grid';

interface SkipDatesProps {
  dates: string[];
  error: string | undefined;
  onChange: (dates: string[]) => void;
}

/** Holidays to skip, each picked with the same date picker as every other date field, its weekday beside it. */
export function SkipDates({ dates, error, onChange }: SkipDatesProps) {
  const replace = (index: number, value: string) => onChange(dates.map((date, at) => (at === index ? value : date)));
  return (
    <fieldset
      className={`skip-dates${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? 'skip-dates-error' : undefined}
    >
      <legend>Skip dates (optional)</legend>
      {dates.length === 0 && (
        <p className="field-hint">
          Holidays with no meetup. With a number of sessions, each skipped date adds a week at the end.
        </p>
      )}
      <ul className="skip-date-list">
        {dates.map((date, index) => (
          <li key={index}>
            <input
              type="date"
              // A newly added (empty) picker takes focus, so keyboard users land in it.
              autoFocus={date === '' && index === dates.length - 1}
              aria-label={`Skip date ${index + 1}`}
              aria-invalid={Boolean(error)}
              value={date}
              onChange={(event) => replace(index, event.target.value)}
            />
            <span className="muted weekday">{weekdayName(date)}</span>
            <button
              type="button"
              className="button-quiet"
              aria-label={`Remove skip date ${index + 1}`}
              onClick={() => onChange(dates.filter((_, at) => at !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button-secondary" onClick={() => onChange([...dates, ''])}>
        Add a skip date
      </button>
      {error && (
        <p className="field-error" id="skip-dates-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
