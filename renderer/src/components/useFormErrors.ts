import { useState } from 'react';
import { failureOf } from '../api/failure-message';

/** A form's messages: one per field (keyed as the form names its fields), and one at the top. */
export function useFormErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    errors,
    formError,
    /** For a message about something other than saving (a download from the form). */
    setFormError,
    /** What the form found before sending anything. */
    refuse(found: Record<string, string>) {
      setErrors(found);
      setFormError('Please check the highlighted fields.');
    },
    /** A save the API refused: the field it names highlighted (`formField` maps its path), else its message on top. */
    failed(failure: unknown, fallback: string, formField: (apiField: string) => string = (field) => field) {
      const { message, field } = failureOf(failure, fallback);
      if (field) setErrors({ [formField(field)]: message });
      setFormError(field ? 'Please check the highlighted field.' : message);
    },
  };
}
