import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

type SelectAttributes = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'>;

interface ChoiceSelectProps<C> extends SelectAttributes {
  value: string | number;
  choices: readonly C[];
  choiceValue: (choice: C) => string | number;
  choiceLabel: (choice: C) => ReactNode;
  /** A first choice with no value ("Choose a park…"), when nothing chosen is allowed or expected. */
  blank?: ReactNode;
  /** The chosen option's value as the select reports it (a string); callers turn it back into theirs. */
  onValue: (value: string) => void;
}

/** A `<select>` of a list of choices, each shown by its label. */
export function ChoiceSelect<C>({
  value,
  choices,
  choiceValue,
  choiceLabel,
  blank,
  onValue,
  ...select
}: ChoiceSelectProps<C>) {
  return (
    <select {...select} value={value} onChange={(event) => onValue(event.target.value)}>
      {blank !== undefined && <option value="">{blank}</option>}
      {choices.map((choice) => {
        const optionValue = choiceValue(choice);
        return (
          <option key={optionValue} value={optionValue}>
            {choiceLabel(choice)}
          </option>
        );
      })}
    </select>
  );
}

interface SelectFieldProps<C> extends ChoiceSelectProps<C> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A `Field` holding one `ChoiceSelect`, its label, hint and error wired up for screen readers. */
export function SelectField<C>({ label, error, hint, ...select }: SelectFieldProps<C>) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(props) => <ChoiceSelect {...props} {...select} />}
    </Field>
  );
}
