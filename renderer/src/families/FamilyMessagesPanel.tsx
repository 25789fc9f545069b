import { TEMPLATE_KIND_LABELS } from '../../../shared/domain/reach/outbox-messages';
import { useApi } from '../api/useApi';
import { recipientState } from '../outbox/outbox-labels';
import { FamilyPanelSection } from './FamilyPanelSection';

/** What Village sent (or tried to send) to this family, newest first, from the outbox. */
export function FamilyMessagesPanel({ familyId }: { familyId: number }) {
  const { data: history, error } = useApi(
    'outbox.history',
    { familyId },
    "Village could not load this family's messages.",
  );
  const now = new Date().toISOString();
  return (
    <FamilyPanelSection name="messages" title="Messages" error={error}>
      {history && history.length === 0 && <p>Nothing sent to this family yet.</p>}
      {history && history.length > 0 && (
        <ul>
          {history.map((entry) => (
            <li key={entry.recipientId}>
              {TEMPLATE_KIND_LABELS[entry.kind]}: “{entry.subject}” — {recipientState(entry, now)}
              {entry.error && <span className="muted"> ({entry.error})</span>}
            </li>
          ))}
        </ul>
      )}
    </FamilyPanelSection>
  );
}
