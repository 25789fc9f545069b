import { useMemo } from 'react';
import { FRIENDSHIP_PATH_SENTENCE } from '../../../shared/domain/connections/friendship-path';
import { formatHours } from '../../../shared/domain/connections/time-together';
import { useApi } from '../api/useApi';
import { pairKey, tiesMatrix } from './ties-matrix';

/** Enough families to see who clusters, few enough that names still fit at 1024 px. */
const MATRIX_FAMILIES = 12;
/** Enough rows to read through; beyond them a family's own pairs are in her details. */
const TABLE_PAIRS = 500;

/**
 * Who has spent time with whom: a shaded grid (darker = more time together) for a glance, and the same
 * ties as a table for keyboard and screen-reader users.
 */
export function TiesPicture() {
  const { data, error } = useApi(
    'connections.pairs',
    // One more than the table lists, to know whether there are more to say so.
    { limit: TABLE_PAIRS + 1 },
    'Village could not load the time families spent together.',
  );
  const more = (data?.length ?? 0) > TABLE_PAIRS;
  const pairs = useMemo(() => (data ?? []).slice(0, TABLE_PAIRS), [data]);
  const matrix = useMemo(() => tiesMatrix(pairs, MATRIX_FAMILIES), [pairs]);
  return (
    <section className="connections-section" aria-labelledby="ties-title">
      <h2 id="ties-title">Time together</h2>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {data && pairs.length === 0 && (
        <p className="muted">Once families check in at the same sessions, their time together shows here.</p>
      )}
      {matrix.families.length > 1 && (
        <p className="muted small">
          The darker a square, the more time those two families have spent together
          {pairs.length > 0 && matrix.families.length === MATRIX_FAMILIES
            ? ` (the ${MATRIX_FAMILIES} families with the most time together)`
            : ''}
          .{' '}
          {more
            ? `The table below lists the ${TABLE_PAIRS} pairs with the most time together; each family's own are in her details (Families → Edit).`
            : 'Every pair is listed in the table below.'}
        </p>
      )}
      {matrix.families.length > 1 && (
        <div
          className="ties-grid"
          aria-hidden="true"
          style={{ gridTemplateColumns: `minmax(7rem, max-content) repeat(${matrix.families.length}, 1.6rem)` }}
        >
          <span />
          {matrix.families.map((family) => (
            <span key={family.id} className="ties-column-name" title={family.name}>
              {family.name}
            </span>
          ))}
          {matrix.families.map((row) => (
            <div key={row.id} className="ties-row">
              <span className="ties-row-name">{row.name}</span>
              {matrix.families.map((column) => {
                const minutes = row.id === column.id ? undefined : matrix.minutes.get(pairKey(row.id, column.id));
                const shade =
                  minutes === undefined || matrix.maxMinutes === 0 ? 0 : 0.15 + (0.85 * minutes) / matrix.maxMinutes;
                return (
                  <span
                    key={column.id}
                    className={`ties-cell${row.id === column.id ? ' ties-self' : ''}`}
                    style={{ backgroundColor: shade ? `rgba(47, 111, 94, ${shade.toFixed(2)})` : undefined }}
                    title={
                      minutes === undefined ? undefined : `${row.name} and ${column.name}: ${formatHours(minutes)}`
                    }
                  />
                );
              })}
            </div>
          ))}
        </div>
      )}
      {pairs.length > 0 && (
        <div className="table-scroll ties-table-wrap">
          <table className="ties-table">
            <caption>Time together, most first</caption>
            <thead>
              <tr>
                <th scope="col">Family</th>
                <th scope="col">With</th>
                <th scope="col">Together</th>
                <th scope="col">On the path</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => (
                <tr key={pairKey(pair.familyId, pair.otherFamilyId)}>
                  <th scope="row">{pair.parentName}</th>
                  <td>{pair.otherParentName}</td>
                  <td>{pair.together}</td>
                  <td>{pair.path}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pairs.length > 0 && <p className="muted small">{FRIENDSHIP_PATH_SENTENCE}</p>}
    </section>
  );
}
