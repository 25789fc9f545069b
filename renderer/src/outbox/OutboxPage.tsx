import { useEffect, useMemo, useRef, useState } from 'react';
import type { RepliesResult, SendResult } from '../../../shared/api/methods/reach';
import type { OutboxEntry } from '../../../shared/domain/reach/outbox';
import { outboxMessages, outboxWork, type OutboxMessage } from '../../../shared/domain/reach/outbox-messages';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { StatusMessages } from '../components/StatusMessages';
import { WorkProgressBar } from '../components/WorkProgressBar';
import { useNotice } from '../components/useNotice';
import { useNow } from '../components/useNow';
import { DueLine } from './DueLine';
import { FailedList } from './FailedList';
import { sendTestMessage } from './mail-test';
import { accountSentence } from './outbox-labels';
import { MailAccountDialog } from './MailAccountDialog';
import { OutboxMessageList } from './OutboxMessageList';
import { PasswordDialog } from './PasswordDialog';
import { RepliesOutcome, SendOutcome } from './SendOutcome';
import { useMailWork } from './useMailWork';
import '../styles/sessions.css';
import './outbox.css';
import { PageHeader } from '../components/PageHeader';

type Outcome = { kind: 'send'; result: SendResult } | { kind: 'replies'; result: RepliesResult } | null;

/** What a send changed: the outbox, each family's history, and (for replies) the RSVPs. */
function readAgain(): void {
  void invalidateMethod('outbox.list');
  void invalidateMethod('outbox.due');
  void invalidateMethod('outbox.history');
}

export function OutboxPage() {
  const outbox = useApi('outbox.list', {}, 'Village could not load the outbox.');
  const settings = useApi('settings.get', {}, 'Village could not load your mail account.');
  const [editingAccount, setEditingAccount] = useState(false);
  const [notice, setNotice] = useNotice('');
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const mail = useMailWork();
  const now = new Date(useNow()).toISOString();
  const messages = useMemo(() => outboxMessages(outbox.data ?? [], now), [outbox.data, now]);
  const work = outboxWork(messages);
  const failed = messages.flatMap((message) => message.recipients.filter((entry) => entry.status === 'failed'));
  // A run that stopped part-way (Village closed, the daily limit) left some sent and some waiting.
  const resuming = messages.some((message) => message.counts.sent > 0 && message.counts.queued > 0);
  const account = settings.data?.mailAccount ?? null;
  const busy = mail.running !== null;
  const due = useApi('outbox.due', {}, 'Village could not check which messages are due.');
  const login = account?.user ?? '';
  const password = useApi('mail.passwordStatus', login === '' ? null : { user: login }, 'Village could not check.');
  // Due messages go out by themselves (due-send-schedule.ts) when the host holds the password; only
  // without one does she need to press Send.
  const dueWaiting = login !== '' && password.data?.known === false ? (due.data ?? []) : [];
  // Read again as time passes: a reminder's hour comes, and what the schedule sent in the background
  // (the database's revision moved) shows as sent without leaving the page.
  const revision = useApi('app.revision', {}, 'Village could not check for changes.');
  const { reload: reloadDue } = due;
  const { reload: reloadRevision } = revision;
  useEffect(() => {
    reloadDue();
    reloadRevision();
  }, [now, reloadDue, reloadRevision]);
  const seenRevision = useRef<string | null>(null);
  const latestRevision = revision.data?.revision ?? null;
  const { reload: reloadOutbox } = outbox;
  useEffect(() => {
    if (latestRevision === null) return;
    if (seenRevision.current !== null && seenRevision.current !== latestRevision) reloadOutbox();
    seenRevision.current = latestRevision;
  }, [latestRevision, reloadOutbox]);

  const send = async (messageIds: number[]) => {
    setFailure(null);
    setOutcome(null);
    try {
      const result = await mail.run('outbox.send', { messageIds }, account?.user ?? '');
      if (result) setOutcome({ kind: 'send', result });
    } catch (error) {
      setFailure(failureMessage(error, 'Village could not send the messages.'));
    } finally {
      readAgain();
    }
  };

  const retry = async (entries: OutboxEntry[]) => {
    try {
      await call('outbox.retry', { recipientIds: entries.map((entry) => entry.recipientId) });
      await send([...new Set(entries.map((entry) => entry.messageId))]);
    } catch (error) {
      setFailure(failureMessage(error, 'Village could not retry these messages.'));
    }
  };

  const checkReplies = async () => {
    if (!settings.data?.mailImap) return setEditingAccount(true);
    setFailure(null);
    setOutcome(null);
    try {
      const result = await mail.run('replies.check', {}, settings.data.mailImap.user);
      if (result) setOutcome({ kind: 'replies', result });
    } catch (error) {
      setFailure(failureMessage(error, 'Village could not read your mailbox.'));
    }
  };

  const testAccount = async () => {
    setEditingAccount(false);
    setFailure(null);
    try {
      const sentence = await sendTestMessage(mail.run);
      if (sentence) setNotice(sentence);
    } catch (error) {
      setFailure(failureMessage(error, 'Village could not send the test message.'));
    }
  };

  return (
    <section className="page outbox-page" aria-labelledby="page-title">
      <PageHeader
        title="Outbox"
        subtitle={
          account ? accountSentence(account) : 'Messages to families go out from here, through your own mail account.'
        }
      >
        <button type="button" className="button-secondary" onClick={() => setEditingAccount(true)}>
          Mail account…
        </button>
        {account && (
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void checkReplies()}>
            Check replies
          </button>
        )}
        {account && (
          <button
            type="button"
            className="button-primary"
            disabled={busy || work.toSend === 0}
            onClick={() => void send([])}
          >
            {resuming ? 'Resume sending' : 'Send now'}
            {work.toSend > 0 ? ` (${work.toSend})` : ''}
          </button>
        )}
      </PageHeader>
      <StatusMessages notice={notice} error={failure ?? outbox.error ?? settings.error} />
      {busy && (
        <WorkProgressBar
          progress={mail.progress}
          waiting={mail.running === 'replies.check' ? 'Reading your mailbox…' : 'Connecting to your mail server…'}
        />
      )}
      {!busy && dueWaiting.length > 0 && (
        <DueLine
          due={dueWaiting}
          busy={busy}
          onSend={() => void send(dueWaiting.map((message) => message.messageId)).then(() => password.reload())}
        />
      )}
      {outcome?.kind === 'send' && <SendOutcome result={outcome.result} />}
      {outcome?.kind === 'replies' && <RepliesOutcome result={outcome.result} />}

      {settings.data && !account && (
        <div className="empty-state outbox-setup">
          <p className="empty-title">Set up your mail account to send</p>
          <p>
            Village sends each family its own message from your address (Gmail, Outlook, iCloud or any other).
            Invitations, reminders and notes wait here until they go, and you see who got each one.
          </p>
          <div className="empty-actions">
            <button type="button" className="button-primary" onClick={() => setEditingAccount(true)}>
              Set up your mail account
            </button>
          </div>
        </div>
      )}

      {failed.length > 0 && <FailedList failed={failed} busy={busy} onRetry={(entries) => void retry(entries)} />}

      {outbox.data && account && messages.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">Nothing in the outbox yet</p>
          <p>
            Invitations, reminders and notes to families wait here until they go. You will see who got each one, and who
            did not and why.
          </p>
        </div>
      )}
      {messages.length > 0 && (
        <OutboxMessageList
          messages={messages}
          now={now}
          busy={busy}
          onRetry={(message: OutboxMessage, recipientIds) =>
            void retry(message.recipients.filter((entry) => recipientIds.includes(entry.recipientId)))
          }
          onSend={(message) => void send([message.messageId])}
        />
      )}

      {editingAccount && settings.data && (
        <MailAccountDialog
          settings={settings.data}
          onClose={() => setEditingAccount(false)}
          onSaved={(message) => {
            setEditingAccount(false);
            setNotice(message);
          }}
          onTest={() => void testAccount()}
        />
      )}
      {mail.asking && <PasswordDialog request={mail.asking} />}
    </section>
  );
}
