import type { ReactNode, Ref } from 'react';

interface SubmitFormProps {
  /** Runs on Enter or the submit button; the page is never reloaded. */
  onSubmit: () => void | Promise<void>;
  className?: string;
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}

/** A dialog's form. The browser's own checks are off: Village's messages name the field, in its words. */
export function SubmitForm({ onSubmit, className, formRef, children }: SubmitFormProps) {
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
