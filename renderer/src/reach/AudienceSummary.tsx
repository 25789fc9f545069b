import type { ContactOf } from '../../../shared/domain/reach/outbox';
import { plural } from '../attendance/session-labels';

const names = (members: ContactOf[]) => members.map((member) => member.parentName).join(', ');

interface AudienceSummaryProps {
  /** Why the families' contacts could not be read. */
  error: string | null;
  /** The families by how they want to hear; null until their contacts are read. */
  split: { email: ContactOf[]; text: ContactOf[]; none: ContactOf[] } | null;
}

/** How the chosen families want to hear: by email, by text (the group-chat text), or not at all. */
export function AudienceSummary({ error, split }: AudienceSummaryProps) {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {split && <AudienceList split={split} />}
    </>
  );
}

function AudienceList({ split }: { split: NonNullable<AudienceSummaryProps['split']> }) {
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
