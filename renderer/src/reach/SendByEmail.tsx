import { useState, type FormEvent, type ReactNode } from 'react';
import type { QueueResult } from '../../../shared/api/methods/reach';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import { failureOf } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { plural } from '../attendance/session-labels';
import { usePreference } from '../families/usePreference';
import { MailAccountFields } from './MailAccountFields';
import { QueuedNotice } from './QueuedNotice';
import { accountOf, isMailAccountChoice, NO_ACCOUNT, type MailAccountChoice } from './mail-account-choice';

interface SendByEmailProps {
  /** Families who will get an email (those who prefer a text or nothing are not counted). */
  emailable: number;
  queue: (account: MailAccount) => Promise<QueueResult>;
  /** Extra choices above the button (when a reminder goes). */
  children?: ReactNode;
}

const ACCOUNT_FIELDS = ['from', 'host', 'port', 'user'] as const;

/** Puts one message per family in the Outbox, through her own account; the Outbox sends them. */
export function SendByEmail({ emailable, queue, children }: SendByEmailProps) {
  const [remembered, remember] = usePreference('reach.mailAccount', NO_ACCOUNT, isMailAccountChoice);
  // Typed here, remembered only once a queue goes through (no write per keystroke, nor of a typo).
  const [edited, setChoice] = useState<MailAccountChoice | null>(null);
  const choice = edited ?? remembered;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<QueueResult | null>(null);
  const [error, setError] = useState<{ message: string; field?: string | undefined } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      setResult(await queue(accountOf(choice)));
      remember(choice);
      setError(null);
      void invalidateMethod('outbox.list');
    } catch (failure) {
      setError(failureOf(failure, 'Village could not queue the messages.'));
      setResult(null);
    } finally {
      setBusy(false);
    }
  }

  const field = error?.field?.replace(/^account\./, '');
  const fieldError = ACCOUNT_FIELDS.find((name) => name === field);
  return (
    <form className="send-by-email" onSubmit={(event) => void submit(event)}>
      <MailAccountFields
        value={choice}
        onChange={(next) => {
          setChoice(next);
          setError(null);
        }}
        errors={fieldError && error ? { [fieldError]: error.message } : {}}
      />
      {children}
      {error && !fieldError && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit" className="button-primary" disabled={busy || emailable === 0}>
          {busy ? 'Queuing…' : `Queue for ${plural(emailable, 'family', 'families')}`}
        </button>
        <span className="muted">Nothing is sent yet: you send from the Outbox, with your password.</span>
      </div>
      {result && <QueuedNotice result={result} />}
    </form>
  );
}
