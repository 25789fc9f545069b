import { useState } from 'react';
import { call } from '../api/client';
import { Modal } from '../components/Modal';
import { CloseFooter } from './CloseFooter';
import { SessionSelect } from '../sessions/SessionSelect';
import './reach.css';
import { SendByEmail } from './SendByEmail';

interface IntroductionDialogProps {
  family: { id: number; parentName: string };
  other: { id: number; parentName: string };
  onClose: () => void;
}

/**
 * An introduction by email to both families, each with the other's name and contact under the
 * "Introduction" message; Village refuses it unless both agreed to share their contact details.
 */
export function IntroductionDialog({ family, other, onClose }: IntroductionDialogProps) {
  const [sessionId, setSessionId] = useState<number | null>(null);
  return (
    <Modal
      title={`Introduce ${family.parentName} and ${other.parentName}`}
      onClose={onClose}
      className="message-dialog"
    >
      <p>
        Each of them gets the Introduction message (its words are on the Messages page), then who she is meeting and how
        to reach her: email and phone.
      </p>
      <SessionSelect
        label="A meetup where they could meet"
        value={sessionId}
        onChange={setSessionId}
        emptyOption="None"
        hint="Fills {session}, {date}, {time}, {park} and {map link} in the message."
      />
      <SendByEmail
        emailable={2}
        queue={() => call('outbox.queueIntroduction', { familyId: family.id, otherFamilyId: other.id, sessionId })}
      />
      <CloseFooter onClose={onClose} />
    </Modal>
  );
}
