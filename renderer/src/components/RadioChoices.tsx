import type { ReactNode } from 'react';

interface RadioChoicesProps<C, V extends string> {
  /** The radios' group name: one of them is on at a time, and the arrow keys move between them. */
  name: string;
  choices: readonly C[];
  choiceValue: (choice: C) => V;
  choiceLabel: (choice: C) => ReactNode;
  /** The chosen value; null while none is chosen yet. */
  value: V | null;
  onChoose: (value: V) => void;
  /**
   * `segmented` marks the chosen label `selected`, for the pill-shaped choosers; otherwise every label
   * gets `labelClassName`.
   */
  segmented?: boolean;
  labelClassName?: string;
}

/** One labelled radio per choice; the caller puts them in its fieldset or radiogroup. */
export function RadioChoices<C, V extends string>({
  name,
  choices,
  choiceValue,
  choiceLabel,
  value,
  onChoose,
  segmented = false,
  labelClassName,
}: RadioChoicesProps<C, V>) {
  return (
    <>
      {choices.map((choice) => {
        const optionValue = choiceValue(choice);
        const checked = optionValue === value;
        return (
          <label key={optionValue} className={segmented ? (checked ? 'selected' : undefined) : labelClassName}>
            <input
              type="radio"
              name={name}
              value={optionValue}
              checked={checked}
              onChange={() => onChoose(optionValue)}
            />
            {choiceLabel(choice)}
          </label>
        );
      })}
    </>
  );
}
