import { useEffect, useRef, type ReactNode } from 'react';

interface SubmitFormProps {
  /** Runs on Enter or the submit button; the page is never reloaded. */
  onSubmit: () => void | Promise<void>;
  /** The form's field errors: each time they change, the first field marked invalid takes the focus. */
  errors?: object;
  className?: string;
  children: ReactNode;
}

/** A dialog's form. The browser's own checks are off: Village's messages name the field, in its words. */
export function SubmitForm({ onSubmit, errors, className, children }: SubmitFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  // Take the organizer (and her screen reader) straight to the first field that needs fixing.
  useEffect(() => {
    if (errors) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return (
    <form
      ref={formRef}
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
