import { otherSide } from '../../../shared/domain/connections/introduction';
import { useApi } from '../api/useApi';
import { introducedLabel } from '../connections/introduced-label';
import { FamilyPanelSection } from './FamilyPanelSection';

/**
 * The introductions this family was part of, whichever side she was on: the organizer sees on both
 * families whom she introduced them to and when, so she does not introduce them twice.
 */
export function FamilyIntroductionsPanel({ familyId }: { familyId: number }) {
  const { data, error } = useApi(
    'connections.introductions',
    { familyId },
    "Village could not load this family's introductions.",
  );
  if (error === null && (!data || data.length === 0)) return null;
  return (
    <FamilyPanelSection name="introductions" title="Introductions" error={error}>
      {data && (
        <ul className="visit-list">
          {data.map((introduction) => (
            <li key={introduction.id}>
              {introducedLabel(otherSide(introduction, familyId).parentName, introduction.introducedAt)}
              <span className="muted"> · “{introduction.text}”</span>
            </li>
          ))}
        </ul>
      )}
    </FamilyPanelSection>
  );
}
