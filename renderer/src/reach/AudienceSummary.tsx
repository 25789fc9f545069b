import type { ContactOf } from '../../../shared/domain/reach/outbox';
import { plural } from '../attendance/session-labels';

const names = (members: ContactOf[]) => members.map((member) => member.parentName).join(', ');

/** How the chosen families want to hear: by email, by text (the group-chat text), or not at all. */
export function AudienceSummary({ split }: { split: { email: ContactOf[]; text: ContactOf[]; none: ContactOf[] } }) {
  const noAddress = split.email.filter((member) => member.email === '');
  return (
    <ul className="audience-summary" aria-label="Who hears how">
      <li>
        <strong>{plural(split.email.length, 'family', 'families')}</strong> by email
        {noAddress.length > 0 && <span className="muted"> ({names(noAddress)}: no address yet)</span>}
      </li>
      {split.text.length > 0 && (
        <li>
          <strong>{plural(split.text.length, 'family', 'families')}</strong>{' '}
          {split.text.length === 1 ? 'prefers' : 'prefer'} a text, so no email: {names(split.text)}
        </li>
      )}
      {split.none.length > 0 && (
        <li>
          <strong>{plural(split.none.length, 'family', 'families')}</strong> asked not to be contacted at all:{' '}
          {names(split.none)}
        </li>
      )}
    </ul>
  );
}
