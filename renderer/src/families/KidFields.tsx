import type { KidDraft, KidEntryMode } from '../../../shared/domain/families/kid-entry';
import type { FieldErrors } from '../../../shared/domain/families/family-entry';
import { formatAge } from '../../../shared/domain/age';
import { localToday } from '../../../shared/domain/calendar-date';
import { NAMELESS_KID } from '../../../shared/domain/kid-label';
import { Field } from '../components/Field';

interface KidFieldsProps {
  index: number;
  kid: KidDraft;
  errors: FieldErrors;
  onChange: (kid: KidDraft) => void;
  onRemove: () => void;
}

const MODES: { value: KidEntryMode; label: string }[] = [
  { value: 'date', label: 'Exact date' },
  { value: 'month', label: 'Month & year' },
  { value: 'age', label: 'Age' },
  { value: 'due', label: 'Due date' },
];

export function KidFields({ index, kid, errors, onChange, onRemove }: KidFieldsProps) {
  const error = (field: string) => errors[`kids.${index}.${field}`];
  const set = (patch: Partial<KidDraft>) => onChange({ ...kid, ...patch });
  // Numbered when nameless, so two unnamed kids' fields still have distinct labels.
  const label = kid.name.trim() || `${NAMELESS_KID} ${index + 1}`;
  return (
    <fieldset className="kid-fields">
      <legend className="visually-hidden">{label}</legend>
      <Field label="Name" error={error('name')} className="kid-name-field">
        {(props) => (
          <input
            {...props}
            value={kid.name}
            autoComplete="off"
            onChange={(event) => set({ name: event.target.value })}
          />
        )}
      </Field>
      <div className="kid-birth">
        <div className="segmented" role="radiogroup" aria-label={`How do you know ${label}'s age?`}>
          {MODES.map((mode) => (
            <label key={mode.value} className={kid.mode === mode.value ? 'selected' : undefined}>
              <input
                type="radio"
                name={`kid-${index}-mode`}
                value={mode.value}
                checked={kid.mode === mode.value}
                onChange={() => set({ mode: mode.value })}
              />
              {mode.label}
            </label>
          ))}
        </div>
        {kid.mode === 'date' && (
          <Field label="Birth date" error={error('birthDate')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={kid.birthDate}
                max="2100-12-31"
                onChange={(event) => set({ birthDate: event.target.value })}
              />
            )}
          </Field>
        )}
        {kid.mode === 'month' && (
          <Field label="Born in" error={error('birthMonth')} hint="Just the month and year.">
            {(props) => (
              <input
                {...props}
                type="month"
                value={kid.birthMonth}
                onChange={(event) => set({ birthMonth: event.target.value })}
              />
            )}
          </Field>
        )}
        {kid.mode === 'due' && (
          <Field label="Due on" error={error('dueDate')} hint="A baby on the way: the age shows once the day has come.">
            {(props) => (
              <input
                {...props}
                type="date"
                value={kid.dueDate}
                min={localToday()}
                onChange={(event) => set({ dueDate: event.target.value })}
              />
            )}
          </Field>
        )}
        {kid.mode === 'age' && (
          <Field
            label="Age today"
            error={error('age')}
            hint={
              kid.unchanged && kid.ageYears === '' && kid.ageMonths === ''
                ? `Estimated: ${formatAge(kid.unchanged.birthDate, kid.unchanged.birthPrecision, localToday())}. Type a new age to change it.`
                : 'We work out an approximate birth date, so the age stays right.'
            }
          >
            {(props) => (
              <div className="age-inputs">
                <input
                  {...props}
                  inputMode="numeric"
                  value={kid.ageYears}
                  aria-label={`${label}'s age in years`}
                  onChange={(event) => set({ ageYears: event.target.value })}
                />
                <span aria-hidden="true">years</span>
                <input
                  inputMode="numeric"
                  value={kid.ageMonths}
                  aria-label={`${label}'s age in months`}
                  aria-invalid={Boolean(error('age'))}
                  onChange={(event) => set({ ageMonths: event.target.value })}
                />
                <span aria-hidden="true">months</span>
              </div>
            )}
          </Field>
        )}
      </div>
      <button type="button" className="button-quiet remove-kid" onClick={onRemove} aria-label={`Remove ${label}`}>
        Remove
      </button>
    </fieldset>
  );
}
