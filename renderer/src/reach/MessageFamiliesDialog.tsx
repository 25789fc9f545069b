import { useState } from 'react';
import type { SessionDetail } from '../../../shared/domain/sessions/session';
import { AUDIENCES, audienceSplit, type Audience } from '../../../shared/domain/reach/outbox';
import { reminderSendAt } from '../../../shared/domain/reach/reminder-schedule';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { Modal } from '../components/Modal';
import { CloseFooter } from './CloseFooter';
import './reach.css';
import { AudienceSummary } from './AudienceSummary';
import { GroupChatText } from './GroupChatText';
import { MailtoBatches } from './MailtoBatches';
import { PreviewSection } from './PreviewSection';
import { SendByEmail } from './SendByEmail';
import { AUDIENCE_LABELS, SESSION_TEMPLATES, TEMPLATE_LABELS } from './reach-labels';
import { ChoiceSelect, SelectField } from '../components/ChoiceSelect';
import { RadioChoices } from '../components/RadioChoices';

type SessionTemplate = (typeof SESSION_TEMPLATES)[number];

const WAYS = [
  { id: 'email', label: 'By email' },
  { id: 'mailto', label: 'Without a password' },
  { id: 'chat', label: 'For the group chat' },
] as const;
type Way = (typeof WAYS)[number]['id'];

const REMINDER_DAYS = [0, 1, 2, 3, 7] as const;

/**
 * One session's message to its families: which template, to whom (with how many, and who hears by text
 * or not at all), one family's preview, then by email (queued for the Outbox), as mail links, or as a
 * group-chat text.
 */
export function MessageFamiliesDialog({ session, onClose }: { session: SessionDetail; onClose: () => void }) {
  const [kind, setKind] = useState<SessionTemplate>(session.status === 'cancelled' ? 'cancellation' : 'invitation');
  const [audience, setAudience] = useState<Audience>('all');
  const [way, setWay] = useState<Way>('email');
  const [chosenFamily, setChosenFamily] = useState<number | null>(null);
  const [daysBefore, setDaysBefore] = useState<number>(1);
  const members = useApi('reach.audience', { sessionId: session.id }, 'Village could not load who is on the list.');
  const everyone = members.data ?? [];
  const split = audienceSplit(everyone, audience);
  const previewable = [...split.email, ...split.text];
  const familyId = previewable.some((one) => one.familyId === chosenFamily)
    ? chosenFamily
    : (previewable[0]?.familyId ?? null);
  const preview = useApi(
    'templates.preview',
    familyId === null ? null : { kind, sessionId: session.id, familyId },
    'Village could not show the preview.',
  );
  const sendAt = kind === 'reminder' ? reminderSendAt(session, daysBefore) : null;

  return (
    <Modal title={`Message families: ${session.title}`} onClose={onClose} className="message-dialog">
      <div className="form-grid">
        <SelectField
          label="Message"
          value={kind}
          choices={SESSION_TEMPLATES}
          choiceValue={(template) => template}
          choiceLabel={(template) => TEMPLATE_LABELS[template]}
          onValue={(template) => setKind(template as SessionTemplate)}
        />
        <SelectField
          label="To"
          value={audience}
          choices={AUDIENCES}
          choiceValue={(option) => option}
          choiceLabel={(option) => {
            const { email, text, none } = audienceSplit(everyone, option);
            return `${AUDIENCE_LABELS[option]} (${email.length + text.length + none.length})`;
          }}
          onValue={(option) => setAudience(option as Audience)}
        />
      </div>
      <AudienceSummary error={members.error} split={members.data ? split : null} />

      <PreviewSection
        families={previewable}
        familyId={familyId}
        onChoose={setChosenFamily}
        preview={preview}
        empty="Nobody on this list to preview for."
      />

      <div className="segmented message-ways" role="radiogroup" aria-label="How to send it">
        <RadioChoices
          name="message-way"
          segmented
          choices={WAYS}
          choiceValue={(option) => option.id}
          choiceLabel={(option) => option.label}
          value={way}
          onChoose={setWay}
        />
      </div>
      <div className="message-way">
        {way === 'email' && (
          <SendByEmail
            key={`${kind} ${audience} ${sendAt ?? ''}`}
            emailable={split.email.length}
            queue={() => call('outbox.queue', { sessionId: session.id, kind, audience, sendAt })}
            scheduled={sendAt !== null}
          >
            {kind === 'reminder' && (
              <Field
                label="When"
                hint={
                  daysBefore > 0 && sendAt === null
                    ? 'That moment has passed, so it goes as soon as you send it.'
                    : 'A scheduled reminder waits in the Outbox and goes out by itself then, while Village is open.'
                }
              >
                {(props) => (
                  <ChoiceSelect
                    {...props}
                    value={daysBefore}
                    choices={REMINDER_DAYS}
                    choiceValue={(days) => days}
                    choiceLabel={(days) =>
                      days === 0 ? 'As soon as I send' : days === 1 ? '1 day before' : `${days} days before`
                    }
                    onValue={(days) => setDaysBefore(Number(days))}
                  />
                )}
              </Field>
            )}
          </SendByEmail>
        )}
        {way === 'mailto' && <MailtoBatches sessionId={session.id} kind={kind} audience={audience} />}
        {way === 'chat' && <GroupChatText sessionId={session.id} />}
      </div>

      <CloseFooter onClose={onClose} />
    </Modal>
  );
}
