import { useApi } from '../api/useApi';

interface WelcomePanelProps {
  sessionId: number;
  familyId: number;
  parentName: string;
}

/**
 * After a first-timer checks in: regulars here today she could be introduced to (kids of close ages,
 * nearby). Nothing shows for a family who came before, or when no one here fits.
 */
export function WelcomePanel({ sessionId, familyId, parentName }: WelcomePanelProps) {
  const { data } = useApi(
    'connections.welcome',
    { sessionId, familyId },
    'Village could not find someone to introduce.',
  );
  if (!data?.firstTimer || data.suggestions.length === 0) return null;
  return (
    <aside className="welcome-panel" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="section-title">
        {parentName} is new: introduce her to
      </h2>
      <ul>
        {data.suggestions.map((suggestion) => (
          <li key={suggestion.familyId}>{suggestion.text}</li>
        ))}
      </ul>
    </aside>
  );
}
