import { useState, type FormEvent } from 'react';
import type { MethodName } from '../../../shared/api/contract';
import { call } from '../api/client';
import { failureOf, type ShownFailure } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { StatusMessages } from '../components/StatusMessages';
import { useNotice } from '../components/useNotice';
import { ChoiceSelect } from '../components/ChoiceSelect';

/** Shown as one phrase everywhere on this page: "Sellwood and Westmoreland". */
const pairName = (pair: { neighborhood: string; other: string }) => `${pair.neighborhood} and ${pair.other}`;

/**
 * Which neighborhoods are next to each other: only the organizer knows that Sellwood and Westmoreland
 * share a park. Chosen from the neighborhoods families actually wrote, so a typo cannot make a pair.
 */
export function NeighborsSection() {
  const names = useApi('connections.neighborhoods', {}, 'Village could not load the neighborhoods.');
  const pairs = useApi('connections.neighbors', {}, 'Village could not load the neighboring neighborhoods.');
  const [form, setForm] = useState({ neighborhood: '', other: '' });
  const [failure, setFailure] = useState<ShownFailure | null>(null);
  const [notice, setNotice] = useNotice('');
  const choices = names.data ?? [];

  async function change(pair: { neighborhood: string; other: string }, neighboring: boolean) {
    try {
      await call('connections.setNeighbors', { ...pair, neighboring });
      setFailure(null);
      setNotice(
        neighboring
          ? `${pairName(pair)} are neighbors now: circles treat them as nearby.`
          : `${pairName(pair)} are no longer marked as neighbors.`,
      );
      if (neighboring) setForm({ neighborhood: '', other: '' });
      // Saved circles and any proposal explain themselves with the neighbors, so they are read again too.
      const changed: MethodName[] = ['connections.neighbors', 'connections.circles', 'connections.proposeCircles'];
      await Promise.all(changed.map((method) => invalidateMethod(method)));
    } catch (error) {
      setFailure(failureOf(error, 'Village could not change the neighboring neighborhoods.'));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void change(form, true);
  }

  const select = (field: 'neighborhood' | 'other', label: string) => (
    <Field label={label} error={failure?.field === field ? failure.message : undefined}>
      {(props) => (
        <ChoiceSelect
          {...props}
          value={form[field]}
          blank="Choose a neighborhood"
          choices={choices}
          choiceValue={(name) => name}
          choiceLabel={(name) => name}
          onValue={(name) => setForm({ ...form, [field]: name })}
        />
      )}
    </Field>
  );

  return (
    <section className="connections-section" aria-labelledby="neighbors-title">
      <h2 id="neighbors-title">Neighboring neighborhoods</h2>
      <p className="muted">
        Families in neighborhoods next to each other count as nearby when Village proposes circles and suggests who to
        introduce.
      </p>
      {names.data && choices.length < 2 ? (
        <p className="muted small">
          Once families from two or more neighborhoods are in Village, you can pair them here.
        </p>
      ) : (
        <form className="propose-form" onSubmit={submit} aria-label="Mark two neighborhoods as neighbors">
          {select('neighborhood', 'Neighborhood')}
          {select('other', 'Is next to')}
          <button type="submit" className="button-primary" disabled={!form.neighborhood || !form.other}>
            Mark as neighbors
          </button>
        </form>
      )}
      <StatusMessages
        notice={notice}
        error={
          names.error ??
          pairs.error ??
          (failure && !['neighborhood', 'other'].includes(failure.field ?? '') ? failure.message : null)
        }
      />
      {pairs.data && pairs.data.length === 0 && (
        <p className="muted small">No neighborhoods are marked as neighbors yet.</p>
      )}
      {pairs.data && pairs.data.length > 0 && (
        <ul className="neighbor-pairs" aria-label="Neighborhoods marked as neighbors">
          {pairs.data.map((pair) => (
            <li key={pairName(pair)}>
              <span>{pairName(pair)}</span>
              <button
                type="button"
                className="button-quiet"
                aria-label={`Remove ${pairName(pair)} as neighbors`}
                onClick={() => void change(pair, false)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
