import { useState } from 'react';
import './weather.css';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';
import type { SessionDetail } from '../../../shared/domain/sessions/session';
import { longDate } from '../../../shared/domain/sessions/month-grid';
import { zoneLabel } from '../../../shared/domain/sessions/zone-names';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { StatusMessages } from '../components/StatusMessages';
import { Modal } from '../components/Modal';
import { downloadIcs } from './download-ics';
import { EMAIL_GROUPS, emailsOf, InviteList, inviteRows, type EmailGroup } from './InviteList';
import { bandOf, spacesOf, timesOf } from './session-labels';
import { useNotice } from '../components/useNotice';
import { failureMessage } from '../api/failure-message';
import { MessageFamiliesDialog } from '../reach/MessageFamiliesDialog';
import { invalidateMethod } from '../api/query-client';
import { ForecastLine } from './ForecastLine';
import { GroupChatText } from './GroupChatText';
import { RainOutDialog } from './RainOutDialog';
import { rainedOutBadge, rainOutMessage } from './rain-out-labels';
import { WaitlistOffers } from './WaitlistOffers';
import { offeredToNote } from './offer-labels';
import { DialogActions } from '../components/DialogActions';

interface SessionPanelProps {
  sessionId: number;
  onClose: () => void;
  onEdit: (session: SessionDetail) => void;
  /** Something changed (answers, cancellation): the list behind refreshes. */
  onChanged: () => void;
}

export function SessionPanel({ sessionId, onClose, onEdit, onChanged }: SessionPanelProps) {
  const params = { id: sessionId };
  const detail = useApi('sessions.get', params, 'Village could not load this session.');
  const suggestions = useApi('sessions.suggestions', params, 'Village could not load the suggestions.');
  const rsvps = useApi('rsvps.list', { sessionId }, 'Village could not load the answers.');
  const [notice, setNotice] = useNotice('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [emailsToCopy, setEmailsToCopy] = useState<string | null>(null);
  const [choosingEmails, setChoosingEmails] = useState(false);
  const [messaging, setMessaging] = useState(false);
  const [rainingOut, setRainingOut] = useState(false);
  const [chatText, setChatText] = useState<string | null>(null);

  const session = detail.data;
  const rows = inviteRows(suggestions.data ?? [], rsvps.data ?? []);

  async function run(work: () => Promise<string>) {
    setBusy(true);
    try {
      setNotice(await work());
      setError(null);
    } catch (failure) {
      setError(failureMessage(failure, 'Village could not do that.'));
    } finally {
      setBusy(false);
    }
  }

  const refresh = () => {
    detail.reload();
    suggestions.reload();
    rsvps.reload();
    // An answer can make or end a waitlist offer.
    void invalidateMethod('waitlist.offers');
    onChanged();
  };

  const answer = (familyId: number, status: RsvpStatus) =>
    run(async () => {
      const wasGoing = rows.find((row) => row.familyId === familyId)?.status === 'going';
      const saved = await call('rsvps.set', { sessionId, familyId, status });
      refresh();
      // A going family stepping back offers the place to the waitlist (in the same write).
      const offered =
        wasGoing && saved.status !== 'going' && session
          ? offeredToNote(await call('waitlist.offers', { sessionId }), session.timeZone)
          : '';
      return status === 'going' && saved.status === 'waitlisted'
        ? `The session is full, so ${saved.parentName} is on the waitlist.`
        : `${saved.parentName}: ${saved.status}.${offered}`;
    });

  const inviteAll = () =>
    run(async () => {
      const fresh = rows.filter((row) => row.status === null);
      for (const row of fresh) await call('rsvps.set', { sessionId, familyId: row.familyId, status: 'invited' });
      refresh();
      // Nothing is sent: Village keeps the list; she writes to them herself (Copy emails).
      return `Added ${fresh.length === 1 ? '1 family' : `${fresh.length} families`} to the invite list. No email was sent: use Copy emails to write to them.`;
    });

  const copyEmails = (group: EmailGroup) =>
    run(async () => {
      const emails = emailsOf(rows, group);
      if (emails.length === 0) return `No family ${EMAIL_GROUPS[group].none} has an email yet.`;
      const text = emails.join(', ');
      const copied = `${emails.length} email${emails.length === 1 ? '' : 's'} of families ${EMAIL_GROUPS[group].who}`;
      try {
        await navigator.clipboard.writeText(text);
        setEmailsToCopy(null);
        return `Copied ${copied}: paste them into BCC.`;
      } catch {
        setEmailsToCopy(text);
        return `Select the ${copied} below and copy them.`;
      }
    });

  const cancel = (scope: 'occurrence' | 'series') =>
    run(async () => {
      await call('sessions.cancel', { id: sessionId, scope });
      setConfirmCancel(false);
      refresh();
      return scope === 'series'
        ? 'Cancelled this and every later session of the series. Export the invite so calendars remove them.'
        : 'Cancelled. Export the invite so calendars remove it.';
    });

  return (
    <Modal title={session ? session.title : 'Session'} onClose={onClose} className="session-panel">
      {detail.error && (
        <p className="form-error" role="alert">
          {detail.error}
        </p>
      )}
      {session && (
        <>
          <div className="session-facts">
            <p>
              <strong>{longDate(session.date)}</strong>, {timesOf(session)}{' '}
              <span className="muted">· {zoneLabel(session.timeZone)}</span>
              {session.status === 'cancelled' && !session.rainedOutAt && (
                <span className="badge badge-danger">Cancelled</span>
              )}
              {session.rainedOutAt && <span className="badge badge-rain">{rainedOutBadge(session)}</span>}
            </p>
            <p>
              {session.parkName || 'No park yet'}
              {session.parkAddress && <span className="muted"> · {session.parkAddress}</span>}
            </p>
            <p>
              Ages: {bandOf(session)} · {spacesOf(session)}
            </p>
            {session.series && (
              <p className="muted">
                Repeats every {session.series.intervalWeeks === 1 ? 'week' : `${session.series.intervalWeeks} weeks`} (
                {session.series.sessionIds.length} sessions)
                {session.series.skipDates.length > 0 &&
                  `, skipping ${session.series.skipDates.map((date) => longDate(date)).join('; ')}`}
              </p>
            )}
            {session.overlaps && <p className="badge badge-warn">Another session at this park overlaps this one.</p>}
            {session.description && <p className="session-description">{session.description}</p>}
            <ForecastLine session={session} />
          </div>

          <div className="panel-actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() => onEdit(session)}
              disabled={session.status === 'cancelled'}
            >
              Edit
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => void run(async () => `Saved ${await downloadIcs({ kind: 'session', id: session.id })}.`)}
            >
              Export invite (.ics)
            </button>
            {session.seriesId !== null && (
              <button
                type="button"
                className="button-secondary"
                disabled={busy}
                onClick={() =>
                  void run(async () => `Saved ${await downloadIcs({ kind: 'series', id: session.seriesId! })}.`)
                }
              >
                Export series (.ics)
              </button>
            )}
            <button
              type="button"
              className="button-secondary"
              aria-expanded={choosingEmails}
              disabled={busy}
              onClick={() => setChoosingEmails(!choosingEmails)}
            >
              Copy emails…
            </button>
            <button type="button" className="button-secondary" onClick={() => setMessaging(true)}>
              Message families…
            </button>
            {session.status === 'scheduled' && (
              <button type="button" className="button-secondary" onClick={() => setRainingOut(true)}>
                Rain-out…
              </button>
            )}
            <span className="spacer" />
            {session.status === 'scheduled' && (
              <button type="button" className="button-danger-quiet" onClick={() => setConfirmCancel(true)}>
                Cancel session…
              </button>
            )}
          </div>
          {confirmCancel && (
            <div className="confirm-inline" role="group" aria-label="Cancel this session?">
              <p>
                Cancel this session? Families stay on the list, and the exported invite tells calendars to remove it.
              </p>
              <div className="panel-actions">
                <button
                  type="button"
                  className="button-danger"
                  disabled={busy}
                  onClick={() => void cancel('occurrence')}
                >
                  Cancel only this session
                </button>
                {session.seriesId !== null && (
                  <button type="button" className="button-danger" disabled={busy} onClick={() => void cancel('series')}>
                    Cancel this and later sessions
                  </button>
                )}
                <button type="button" className="button-secondary" onClick={() => setConfirmCancel(false)}>
                  Keep it
                </button>
              </div>
            </div>
          )}
          {choosingEmails && (
            <div className="email-groups" role="group" aria-label="Copy the emails of">
              <span className="muted">Copy the emails of:</span>
              {(Object.keys(EMAIL_GROUPS) as EmailGroup[]).map((group) => (
                <button
                  key={group}
                  type="button"
                  className="button-secondary"
                  disabled={busy}
                  onClick={() => void copyEmails(group)}
                >
                  {EMAIL_GROUPS[group].label} ({emailsOf(rows, group).length})
                </button>
              ))}
            </div>
          )}
          <StatusMessages notice={notice} error={error ?? suggestions.error ?? rsvps.error} />
          {chatText && <GroupChatText text={chatText} />}
          {emailsToCopy && (
            <textarea
              className="emails-to-copy"
              readOnly
              rows={2}
              value={emailsToCopy}
              aria-label="Emails to copy"
              onFocus={(event) => event.target.select()}
            />
          )}

          <div className="invite-header">
            <h3 className="section-title">Invite list</h3>
            {rows.some((row) => row.status === null) && (
              <button type="button" className="button-quiet" disabled={busy} onClick={() => void inviteAll()}>
                Invite all suggested
              </button>
            )}
          </div>
          <InviteList
            rows={rows}
            disabled={busy || session.status === 'cancelled'}
            onAnswer={(familyId, status) => void answer(familyId, status)}
          />
          <WaitlistOffers session={session} onChanged={refresh} />
          {rainingOut && (
            <RainOutDialog
              session={session}
              concerned={
                (rsvps.data ?? []).filter((rsvp) => ['going', 'maybe', 'waitlisted'].includes(rsvp.status)).length
              }
              onClose={() => setRainingOut(false)}
              onDone={(result, notified) => {
                setRainingOut(false);
                setNotice(rainOutMessage(result, notified));
                setChatText(result.groupChatText);
                refresh();
              }}
            />
          )}
        </>
      )}
      {messaging && session && <MessageFamiliesDialog session={session} onClose={() => setMessaging(false)} />}
      <DialogActions actionLabel="Done" onAction={onClose} />
    </Modal>
  );
}
