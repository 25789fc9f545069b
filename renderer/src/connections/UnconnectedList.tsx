import { useState } from 'react';
import type { UnconnectedFamilyRow } from '../../../shared/api/methods/connections';
import { IntroductionDialog } from '../reach/IntroductionDialog';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { StatusMessages } from '../components/StatusMessages';
import { useCopyText } from '../components/useCopyText';
import { useNotice } from '../components/useNotice';
import { introducedLabel } from './introduced-label';
import { PlanSessionForFamilies } from './PlanSessionForFamilies';

/**
 * Picks someone to introduce her to from the few best matches the core ranked (with why), and copies the
 * introduction the core wrote (only when both agreed to share).
 */
function IntroduceAction({ family }: { family: UnconnectedFamilyRow }) {
  const others = family.introductionCandidates;
  // The chosen family itself, not only her id: once introduced she leaves the list, and an open email
  // dialog still needs her name.
  const [other, setOther] = useState<{ id: number; parentName: string } | null>(null);
  const otherId = other?.id ?? null;
  const chosenText = others.find((one) => one.familyId === otherId)?.text;
  // The introduction last written, kept on screen so it can be copied by hand when the clipboard refuses.
  const [introduction, setIntroduction] = useState('');
  const { copied, copy: copyText } = useCopyText();
  const [error, setError] = useState('');
  const [emailing, setEmailing] = useState(false);
  const selectId = `introduce-${family.familyId}`;

  async function copy() {
    if (otherId === null) return;
    try {
      const result = await call('connections.introduce', { familyId: family.familyId, otherFamilyId: otherId });
      setIntroduction(result.text);
      setError('');
      await copyText(result.text, 'the introduction');
      // She is introduced now, so she leaves the list of matches.
      setOther(null);
      // Both families' details and cards list it now.
      await Promise.all([invalidateMethod('connections.introductions'), invalidateMethod('connections.unconnected')]);
    } catch (failure) {
      setError(failureMessage(failure, 'Village could not write the introduction.'));
    }
  }

  return (
    <div className="introduce">
      <label htmlFor={selectId}>Introduce {family.parentName} to</label>
      <p id={`${selectId}-hint`} className="muted small">
        {others.length === 0
          ? 'No one else who agreed to share her contact is left to introduce her to.'
          : `The ${others.length === 1 ? 'best match' : `${others.length} best matches`}: kids close in age, nearby, coming often.`}
      </p>
      <select
        id={selectId}
        aria-describedby={`${selectId}-hint`}
        disabled={others.length === 0}
        value={otherId ?? ''}
        onChange={(event) => {
          const chosen = others.find((one) => one.familyId === Number(event.target.value));
          setOther(chosen ? { id: chosen.familyId, parentName: chosen.parentName } : null);
        }}
      >
        <option value="">Choose a family</option>
        {others.map((other) => (
          <option key={other.familyId} value={other.familyId}>
            {other.text}
          </option>
        ))}
      </select>
      {chosenText && (
        // The whole reason, which a narrow window cuts short inside the select.
        <p className="small">{chosenText}</p>
      )}
      <button type="button" className="button-secondary" disabled={otherId === null} onClick={() => void copy()}>
        Copy an introduction
      </button>
      <button type="button" className="button-secondary" disabled={otherId === null} onClick={() => setEmailing(true)}>
        Email the introduction…
      </button>
      {emailing && other !== null && (
        <IntroductionDialog
          family={{ id: family.familyId, parentName: family.parentName }}
          other={other}
          onClose={() => setEmailing(false)}
        />
      )}
      {introduction && (
        <label className="introduction-text">
          <span className="muted small">The introduction</span>
          <textarea readOnly rows={3} value={introduction} onFocus={(event) => event.target.select()} />
        </label>
      )}
      <p className="muted small" role="status" aria-live="polite">
        {copied}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Families who keep coming and have not connected with anyone yet, with why. */
export function UnconnectedList() {
  const { data, loading, error } = useApi(
    'connections.unconnected',
    {},
    'Village could not load who has not connected yet.',
  );
  const families = data ?? [];
  const [notice, setNotice] = useNotice('');
  const [planError, setPlanError] = useState<string | null>(null);
  return (
    <section className="connections-section" aria-labelledby="unconnected-title">
      <h2 id="unconnected-title">Not yet connected</h2>
      {families.length > 1 && (
        <div className="section-actions">
          <p className="muted small">
            A session just for them is an easy way to meet: they are invited once it is saved.
          </p>
          <PlanSessionForFamilies
            familyIds={families.map((family) => family.familyId)}
            names={families.map((family) => family.parentName)}
            kind="unconnected"
            label="Plan a session for them"
            accessibleLabel="Plan a session for the families not yet connected"
            invite={(sessionId) =>
              call('rsvps.invite', { sessionId, familyIds: families.map((family) => family.familyId) })
            }
            onDone={(message) => {
              setNotice(message);
              setPlanError(null);
            }}
            onError={setPlanError}
          />
        </div>
      )}
      <StatusMessages notice={notice} error={error ?? planError} />
      {!loading && families.length === 0 && (
        <p className="muted">Everyone who comes often has spent time with someone. Lovely.</p>
      )}
      <ul className="card-list">
        {families.map((family) => (
          <li key={family.familyId} className="card">
            <div className="card-main">
              <h3 className="card-title">{family.parentName}</h3>
              <p className="muted small">
                {[family.neighborhood, `${family.visits} visits`].filter(Boolean).join(' · ')}
              </p>
              <p>{family.reason}</p>
              {family.introducedTo.map((introduction) => (
                <p key={`${introduction.otherFamilyId}-${introduction.introducedAt}`} className="muted small">
                  {introducedLabel(introduction.otherParentName, introduction.introducedAt)}.
                </p>
              ))}
              {!family.consentsToShare && (
                <p className="muted small">
                  {family.parentName} has not agreed to share her contact, so Village cannot write an introduction yet.
                </p>
              )}
            </div>
            {family.consentsToShare && <IntroduceAction family={family} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
