import { useState } from 'react';
import type { FollowUpFamily } from '../../../shared/api/methods/attendance';
import { byPreference } from '../../../shared/domain/reach/outbox';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Modal } from '../components/Modal';
import { CloseFooter } from './CloseFooter';
import { SessionSelect } from '../sessions/SessionSelect';
import './reach.css';
import { PreviewSection } from './PreviewSection';
import { SendByEmail } from './SendByEmail';
import { AudienceSummary } from './AudienceSummary';
import { toggled } from '../components/toggled-set';

interface WeMissYouDialogProps {
  families: FollowUpFamily[];
  onClose: () => void;
}

/**
 * "We miss you" to families not seen lately, chosen one by one, with the next meetup to come back to.
 * Families who asked for a text or nothing are left out of the email by the core.
 */
export function WeMissYouDialog({ families, onClose }: WeMissYouDialogProps) {
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(families.map((family) => family.familyId)));
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [previewFor, setPreviewFor] = useState<number | null>(null);
  const contacts = useApi(
    'reach.contacts',
    { familyIds: families.map((family) => family.familyId) },
    'Village could not load how these families want to hear from you.',
  );
  const split = byPreference((contacts.data ?? []).filter((contact) => chosen.has(contact.familyId)));
  const preferenceOf = new Map((contacts.data ?? []).map((contact) => [contact.familyId, contact.preference]));
  const chosenFamilies = families.filter((family) => chosen.has(family.familyId));
  // "Not at all" families get nothing, so there is no message of theirs to preview.
  const previewable = chosenFamilies.filter((family) => preferenceOf.get(family.familyId) !== 'none');
  const familyId = previewable.some((family) => family.familyId === previewFor)
    ? previewFor
    : (previewable[0]?.familyId ?? null);
  const preview = useApi(
    'templates.preview',
    familyId === null ? null : { kind: 'we-miss-you', sessionId, familyId },
    'Village could not show the preview.',
  );

  const toggle = (id: number) => setChosen((current) => toggled(current, id));

  return (
    <Modal title="We miss you" onClose={onClose} className="message-dialog">
      <fieldset className="miss-you-families">
        <legend>To</legend>
        <ul>
          {families.map((family) => (
            <li key={family.familyId}>
              <label>
                <input type="checkbox" checked={chosen.has(family.familyId)} onChange={() => toggle(family.familyId)} />{' '}
                <span>{family.parentName}</span> <span className="muted">{family.email || 'no email yet'}</span>
                {preferenceOf.get(family.familyId) === 'text' && <span className="badge">prefers a text</span>}
                {preferenceOf.get(family.familyId) === 'none' && <span className="badge">not to be contacted</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <AudienceSummary error={contacts.error} split={contacts.data ? split : null} />
      <SessionSelect
        label="The next meetup to mention"
        value={sessionId}
        onChange={setSessionId}
        emptyOption="None"
        hint="Fills {session}, {date}, {time}, {park} and {map link} in the message."
      />

      <PreviewSection
        families={previewable}
        familyId={familyId}
        onChoose={setPreviewFor}
        preview={preview}
        empty="Choose at least one family."
      >
        <p className="muted">The words are on the Messages page (We miss you).</p>
      </PreviewSection>

      <SendByEmail
        key={`${chosenFamilies.map((family) => family.familyId).join(',')} ${sessionId ?? ''}`}
        emailable={split.email.length}
        queue={() =>
          call('outbox.queueFamilies', {
            kind: 'we-miss-you',
            familyIds: chosenFamilies.map((family) => family.familyId),
            sessionId,
            sendAt: null,
          })
        }
      />
      <CloseFooter onClose={onClose} />
    </Modal>
  );
}
