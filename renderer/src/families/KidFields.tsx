import type { KidDraft, KidEntryMode } from '../../../shared/domain/families/kid-entry';
import type { FieldErrors } from '../../../shared/domain/families/family-entry';
import { formatAge } from '../../../shared/domain/age';
import { localToday } from '../../../shared/domain/calendar-date';
import { NAMELESS_KID } from '../../../shared/domain/kid-label';
import { Field, InputField } from '../components/Field';
import { RadioChoices } from '../components/RadioChoices';

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

/** The one input each way of giving a birth takes, but an age (years and months, below). */
const BIRTH_INPUTS: Record<
  Exclude<KidEntryMode, 'age'>,
  { field: 'birthDate' | 'birthMonth' | 'dueDate'; label: string; hint?: string }
> = {
  date: { field: 'birthDate', label: 'Birth date' },
  month: { field: 'birthMonth', label: 'Born in', hint: 'Just the month and year.' },
  due: { field: 'dueDate', label: 'Due on', hint: 'A baby on the way: the age shows once the day has come.' },
};

export function KidFields({ index, kid, errors, onChange, onRemove }: KidFieldsProps) {
  const error = (field: string) => errors[`kids.${index}.${field}`];
  const set = (patch: Partial<KidDraft>) => onChange({ ...kid, ...patch });
  // Numbered when nameless, so two unnamed kids' fields still have distinct labels.
  const label = kid.name.trim() || `${NAMELESS_KID} ${index + 1}`;
  const birthInput = kid.mode === 'age' ? null : BIRTH_INPUTS[kid.mode];
  return (
    <fieldset className="kid-fields">
      <legend className="visually-hidden">{label}</legend>
      <InputField
        label="Name"
        error={error('name')}
        fieldClassName="kid-name-field"
        value={kid.name}
        autoComplete="off"
        onValue={(name) => set({ name })}
      />
      <div className="kid-birth">
        <div className="segmented" role="radiogroup" aria-label={`How do you know ${label}'s age?`}>
          <RadioChoices
            name={`kid-${index}-mode`}
            segmented
            choices={MODES}
            choiceValue={(mode) => mode.value}
            choiceLabel={(mode) => mode.label}
            value={kid.mode}
            onChoose={(mode) => set({ mode })}
          />
        </div>
        {birthInput && (
          <InputField
            key={kid.mode}
            label={birthInput.label}
            error={error(birthInput.field)}
            hint={birthInput.hint}
            type={kid.mode === 'month' ? 'month' : 'date'}
            value={kid[birthInput.field]}
            {...(kid.mode === 'due' ? { min: localToday() } : kid.mode === 'date' ? { max: '2100-12-31' } : {})}
            onValue={(value) => set({ [birthInput.field]: value })}
          />
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
