import { useState, type FormEvent } from 'react';
import { localToday } from '../../../shared/domain/calendar-date';
import { DEFAULT_CIRCLE_SIZE, DEFAULT_MAX_AGE_GAP_MONTHS } from '../../../shared/domain/connections/circles';
import type { ShownFailure } from '../api/failure-message';
import { Field } from '../components/Field';
import type { ProposeForm } from './useCircles';

interface ProposeCirclesFormProps {
  failure: ShownFailure | null;
  onPropose: (form: ProposeForm) => void;
}

/** Size, age gap and day for a proposal; the API checks them and its message shows under the field it names. */
export function ProposeCirclesForm({ failure, onPropose }: ProposeCirclesFormProps) {
  // The same defaults as the API and `village connections circles`, so both propose the same circles.
  const [form, setForm] = useState<ProposeForm>({
    size: String(DEFAULT_CIRCLE_SIZE),
    maxAgeGapMonths: String(DEFAULT_MAX_AGE_GAP_MONTHS),
    on: localToday(),
  });
  const errorFor = (field: string) => (failure?.field === field ? failure.message : undefined);
  function submit(event: FormEvent) {
    event.preventDefault();
    onPropose(form);
  }
  return (
    <form className="propose-form" onSubmit={submit} aria-label="Propose circles">
      <Field label="Families per circle" error={errorFor('size')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={form.size}
            onChange={(event) => setForm({ ...form, size: event.target.value })}
          />
        )}
      </Field>
      <Field label="Largest age gap (months)" error={errorFor('maxAgeGapMonths')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={form.maxAgeGapMonths}
            onChange={(event) => setForm({ ...form, maxAgeGapMonths: event.target.value })}
          />
        )}
      </Field>
      <Field label="Kids' ages on" error={errorFor('on')}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={form.on}
            onChange={(event) => setForm({ ...form, on: event.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="button-primary">
        Propose circles
      </button>
    </form>
  );
}
