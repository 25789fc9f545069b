import { useId, useMemo, useState } from 'react';
import { searchZones, zoneChoices, zoneLabel } from '../../../shared/domain/sessions/zone-names';
import { ChoiceSelect } from '../components/ChoiceSelect';

interface TimeZonePickerProps {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  hint?: string;
  error?: string | undefined;
}

const OFFERED = Intl.supportedValuesOf('timeZone');

/**
 * Zones by their everyday names, searchable: a search box filters the list below it (both native
 * controls, so keyboard and screen readers work as everywhere else). The chosen zone stays listed.
 */
export function TimeZonePicker({ label, value, onChange, hint, error }: TimeZonePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const choices = useMemo(() => zoneChoices(OFFERED.includes(value) ? OFFERED : [value, ...OFFERED]), [value]);
  const shown = searchZones(choices, query);
  const list = shown.some((choice) => choice.zone === value)
    ? shown
    : [...choices.filter((choice) => choice.zone === value), ...shown];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field zone-picker${error ? ' field-invalid' : ''}`} role="group" aria-labelledby={`${id}-label`}>
      <span className="zone-picker-label" id={`${id}-label`}>
        {label}: <strong>{zoneLabel(value)}</strong>
      </span>
      <input
        id={`${id}-search`}
        type="search"
        aria-label={`Search ${label.toLowerCase()}`}
        placeholder="Find a city or zone (e.g. Los Angeles, Pacific)"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the first match instead of submitting the form.
          if (event.key === 'Enter') {
            event.preventDefault();
            if (shown[0]) onChange(shown[0].zone);
          }
        }}
      />
      <ChoiceSelect
        id={id}
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={Boolean(error)}
        size={5}
        value={value}
        choices={list}
        choiceValue={(choice) => choice.zone}
        choiceLabel={(choice) => choice.label}
        onValue={onChange}
      />
      {shown.length === 0 && <p className="field-hint">No zone matches “{query}”; try the nearest big city.</p>}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
