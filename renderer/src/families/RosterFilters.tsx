import { Fragment, useId } from 'react';
import type { AgeFilterDraft } from '../../../shared/domain/families/roster-filter';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { Checkbox } from '../components/Checkbox';

export interface FilterDraft {
  age: AgeFilterDraft;
  neighborhood: string;
  tag: string;
  firstTimers: boolean;
  notSeenSince: string;
}

interface RosterFiltersProps {
  draft: FilterDraft;
  onChange: (draft: FilterDraft) => void;
  onClear: () => void;
  neighborhoods: string[];
  tags: string[];
  active: number;
}

/** The filter bar: kid age range on a day, neighborhood, tag, first-timers, not seen since. */
/** The two ends of "has a kid aged from … to …". */
const AGE_BOUNDS = [
  { bound: 'min', label: 'Youngest age', placeholder: 'from' },
  { bound: 'max', label: 'Oldest age', placeholder: 'to' },
] as const;

export function RosterFilters({ draft, onChange, onClear, neighborhoods, tags, active }: RosterFiltersProps) {
  const id = useId();
  const setAge = (patch: Partial<AgeFilterDraft>) => onChange({ ...draft, age: { ...draft.age, ...patch } });
  return (
    <fieldset className="roster-filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="filter-group" role="group" aria-labelledby={`${id}-age`}>
        <span id={`${id}-age`} className="filter-label">
          Has a kid aged
        </span>
        {AGE_BOUNDS.map(({ bound, label, placeholder }) => (
          <Fragment key={bound}>
            {bound === 'max' && <span aria-hidden="true">–</span>}
            <input
              className="filter-number"
              inputMode="numeric"
              aria-label={label}
              placeholder={placeholder}
              value={draft.age[bound]}
              onChange={(event) => setAge({ [bound]: event.target.value })}
            />
          </Fragment>
        ))}
        <select
          aria-label="Age unit"
          value={draft.age.unit}
          onChange={(event) => setAge({ unit: event.target.value as AgeFilterDraft['unit'] })}
        >
          <option value="months">months</option>
          <option value="years">years</option>
        </select>
        <label htmlFor={`${id}-on`} className="filter-label">
          on
        </label>
        <input
          id={`${id}-on`}
          type="date"
          className="filter-date"
          value={draft.age.on}
          onChange={(event) => event.target.value && setAge({ on: event.target.value })}
        />
      </div>
      <div className="filter-group">
        {(
          [
            ['neighborhood', 'Neighborhood', 'All neighborhoods', neighborhoods],
            ['tag', 'Tag', 'All tags', tags],
          ] as const
        ).map(([key, label, allLabel, choices]) => (
          <AllOrOneSelect
            key={key}
            label={label}
            allLabel={allLabel}
            value={draft[key]}
            choices={choices}
            onChange={(value) => onChange({ ...draft, [key]: value })}
          />
        ))}
      </div>
      <div className="filter-group">
        <Checkbox
          className="filter-check"
          checked={draft.firstTimers}
          onChecked={(firstTimers) => onChange({ ...draft, firstTimers })}
        >
          First-timers
        </Checkbox>
        <label htmlFor={`${id}-since`} className="filter-label">
          Not seen since
        </label>
        <input
          id={`${id}-since`}
          type="date"
          className="filter-date"
          value={draft.notSeenSince}
          onChange={(event) => onChange({ ...draft, notSeenSince: event.target.value })}
        />
      </div>
      {active > 0 && (
        <button type="button" className="button-quiet" onClick={onClear}>
          Clear filters ({active})
        </button>
      )}
    </fieldset>
  );
}

interface AllOrOneSelectProps {
  label: string;
  /** The first option, whose value is '' (no filter). */
  allLabel: string;
  value: string;
  choices: string[];
  onChange: (value: string) => void;
}

/** A filter that is off ('') or one of the roster's values. */
function AllOrOneSelect({ label, allLabel, value, choices, onChange }: AllOrOneSelectProps) {
  return (
    <ChoiceSelect
      aria-label={label}
      value={value}
      blank={allLabel}
      choices={choices}
      choiceValue={(choice) => choice}
      choiceLabel={(choice) => choice}
      onValue={onChange}
    />
  );
}
