import type { ReactNode } from 'react';

interface CheckboxProps {
  checked: boolean;
  onChecked: (checked: boolean) => void;
  disabled?: boolean;
  /** The label's class: `checkbox` lines it up with its text (the default). */
  className?: string;
  /** What ticking it means, in her words; the whole line is the click target. */
  children: ReactNode;
}

/** One labelled checkbox: the text is its label, so a click on it ticks the box and screen readers read it. */
export function Checkbox({ checked, onChecked, disabled, className = 'checkbox', children }: CheckboxProps) {
  return (
    <label className={className || undefined}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChecked(event.target.checked)}
      />
      {children}
    </label>
  );
}
