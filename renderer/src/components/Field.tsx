import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  className?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A labelled input with its hint and error wired up for screen readers. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

interface InputFieldProps extends InputAttributes {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** The class of the field around the input (`className` is the input's). */
  fieldClassName?: string;
  value: string;
  onValue: (value: string) => void;
}

/** A `Field` holding one input, which reports its text. */
export function InputField({ label, error, hint, fieldClassName, value, onValue, ...input }: InputFieldProps) {
  return (
    <Field
      label={label}
      error={error}
      {...(hint ? { hint } : {})}
      {...(fieldClassName ? { className: fieldClassName } : {})}
    >
      {(props) => <input {...props} {...input} value={value} onChange={(event) => onValue(event.target.value)} />}
    </Field>
  );
}

interface TextAreaFieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  rows?: number;
  value: string;
  onValue: (value: string) => void;
}

/** A `Field` holding a few lines of text (notes). */
export function TextAreaField({ label, error, hint, rows = 3, value, onValue }: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(props) => <textarea {...props} rows={rows} value={value} onChange={(event) => onValue(event.target.value)} />}
    </Field>
  );
}
