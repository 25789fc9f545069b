import { useState, type FormEvent, type ReactNode } from 'react';
import type { QueueResult, SendResult } from '../../../shared/api/methods/reach';
import { ApiFailure } from '../../../shared/api/errors';
import { failureMessage } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { plural } from '../attendance/session-labels';
import { StatusMessages } from '../components/StatusMessages';
import { WorkProgressBar } from '../components/WorkProgressBar';
import { MailAccountDialog } from '../outbox/MailAccountDialog';
import { PasswordDialog } from '../outbox/PasswordDialog';
import { SendOutcome } from '../outbox/SendOutcome';
import { sendTestMessage } from '../outbox/mail-test';
import { accountSentence } from '../outbox/outbox-labels';
import { useMailWork } from '../outbox/useMailWork';
import { QueuedNotice } from './QueuedNotice';

interface SendByEmailProps {
  /** Families who will get an email (those who prefer a text or nothing are not counted). */
  emailable: number;
  /** Queues through the account kept in settings (the core uses it when none is passed). */
  queue: () => Promise<QueueResult>;
  /** A reminder that waits for its day: it is not sent now, it goes from the Outbox then. */
  scheduled?: boolean;
  /** Extra choices above the button (when a reminder goes). */
  children?: ReactNode;
}

/**
 * Puts one message per family in the Outbox through her one mail account (the Outbox's "Mail account…"),
 * offering to set it up first when there is none; then "Send now" sends them right here, the same way
 * and with the same progress as the Outbox.
 */
export function SendByEmail({ emailable, queue, scheduled = false, children }: SendByEmailProps) {
  const settings = useApi('settings.get', {}, 'Village could not load your mail account.');
  const account = settings.data?.mailAccount ?? null;
  const mail = useMailWork();
  const [settingUp, setSettingUp] = useState<'then-queue' | 'only' | null>(null);
  const [queuing, setQueuing] = useState(false);
  const [queued, setQueued] = useState<{ result: QueueResult; scheduled: boolean } | null>(null);
  const [sent, setSent] = useState<SendResult | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sending = mail.running !== null;

  async function queueNow() {
    setQueuing(true);
    setError(null);
    setSent(null);
    try {
      setQueued({ result: await queue(), scheduled });
      void invalidateMethod('outbox.list');
    } catch (failure) {
      setQueued(null);
      // The account was removed meanwhile (another window): offer to set it up again.
      if (failure instanceof ApiFailure && failure.error.field === 'account') setSettingUp('then-queue');
      setError(failureMessage(failure, 'Village could not queue the messages.'));
    } finally {
      setQueuing(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    if (account) void queueNow();
    else setSettingUp('then-queue');
  }

  async function sendNow(messageId: number) {
    setError(null);
    setNotice('');
    try {
      const result = await mail.run('outbox.send', { messageIds: [messageId] }, account?.user ?? '');
      if (result) setSent(result);
    } catch (failure) {
      setError(failureMessage(failure, 'Village could not send the messages.'));
    } finally {
      void invalidateMethod('outbox.list');
      void invalidateMethod('outbox.history');
    }
  }

  async function testAccount() {
    setSettingUp(null);
    setError(null);
    try {
      setNotice((await sendTestMessage(mail.run)) ?? '');
    } catch (failure) {
      setError(failureMessage(failure, 'Village could not send the test message.'));
    }
  }

  // Queued once for these families: a second press would queue a second copy for each of them. Choosing
  // another message or audience gives a fresh form (the dialogs key it by their choices).
  const alreadyQueued = queued !== null && queued.result.queued > 0;
  const messageId = queued && !queued.scheduled && queued.result.queued > 0 ? queued.result.messageId : null;
  return (
    <>
      <form className="send-by-email" onSubmit={submit}>
        {settings.data && (
          <p className="send-account">
            {account ? accountSentence(account) : 'Messages go out from your own mail account, not set up yet.'}{' '}
            {account && (
              <button type="button" className="button-quiet" onClick={() => setSettingUp('only')}>
                Mail account…
              </button>
            )}
          </p>
        )}
        {children}
        <div className="panel-actions">
          <button
            type="submit"
            className="button-primary"
            disabled={queuing || sending || emailable === 0 || !settings.data || alreadyQueued}
          >
            {queuing
              ? 'Queuing…'
              : alreadyQueued
                ? 'Queued'
                : account || !settings.data
                  ? `Queue for ${plural(emailable, 'family', 'families')}`
                  : 'Set up your mail account…'}
          </button>
          <span className="muted">
            {account
              ? 'Nothing is sent yet: you send them next, here or from the Outbox.'
              : `Then Village queues the message for ${plural(emailable, 'family', 'families')}.`}
          </span>
        </div>
      </form>
      <StatusMessages notice={notice} error={error ?? settings.error} />
      {queued && (
        <QueuedNotice result={queued.result} next={sent ? 'sent' : messageId !== null ? 'send-here' : 'outbox'} />
      )}
      {messageId !== null && !sent && (
        <div className="panel-actions send-now">
          <button type="button" className="button-primary" disabled={sending} onClick={() => void sendNow(messageId)}>
            Send now
          </button>
        </div>
      )}
      {sending && <WorkProgressBar progress={mail.progress} waiting="Connecting to your mail server…" />}
      {sent && <SendOutcome result={sent} listFailed />}

      {settingUp && settings.data && (
        <MailAccountDialog
          settings={settings.data}
          onClose={() => setSettingUp(null)}
          onSaved={(message) => {
            const thenQueue = settingUp === 'then-queue';
            setSettingUp(null);
            setNotice(message);
            // She was on her way to queue: it goes on once the account is saved.
            if (thenQueue) void queueNow();
          }}
          onTest={() => void testAccount()}
        />
      )}
      {mail.asking && <PasswordDialog request={mail.asking} />}
    </>
  );
}
