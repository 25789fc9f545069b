import { useState, type FormEvent } from 'react';
import { localToday } from '../../../shared/domain/calendar-date';
import { DEFAULT_CIRCLE_SIZE, DEFAULT_MAX_AGE_GAP_MONTHS } from '../../../shared/domain/connections/circles';
import type { ShownFailure } from '../api/failure-message';
import { InputField } from '../components/Field';
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
      <InputField
        label="Families per circle"
        error={errorFor('size')}
        inputMode="numeric"
        value={form.size}
        onValue={(size) => setForm({ ...form, size })}
      />
      <InputField
        label="Largest age gap (months)"
        error={errorFor('maxAgeGapMonths')}
        inputMode="numeric"
        value={form.maxAgeGapMonths}
        onValue={(maxAgeGapMonths) => setForm({ ...form, maxAgeGapMonths })}
      />
      <InputField
        label="Kids' ages on"
        error={errorFor('on')}
        type="date"
        value={form.on}
        onValue={(on) => setForm({ ...form, on })}
      />
      <button type="submit" className="button-primary">
        Propose circles
      </button>
    </form>
  );
}
