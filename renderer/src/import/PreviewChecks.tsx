import { FIELD_LABELS } from '../../../shared/domain/import/header-synonyms';
import type { ImportPreview } from '../../../shared/domain/import/import-preview';
import type { Overrides } from './useImport';
import { Checkbox } from '../components/Checkbox';

interface PreviewChecksProps {
  preview: ImportPreview;
  onChange: (change: Overrides) => void;
  namesConfirmed: boolean;
  onConfirmNames: (confirmed: boolean) => void;
}

/**
 * What the organizer should check before importing: the file's warnings, columns worth mapping
 * differently, the day ages were written (a sheet without sign-up times), and names that are not people's.
 */
export function PreviewChecks({ preview, onChange, namesConfirmed, onConfirmNames }: PreviewChecksProps) {
  return (
    <div className="import-checks">
      {preview.warnings.map((warning) => (
        <p key={warning} className="import-warning">
          {warning}
        </p>
      ))}
      {preview.suggestions.map((suggestion) => (
        <p key={suggestion.column} className="import-warning import-suggestion">
          {suggestion.message}{' '}
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              onChange({
                mapping: preview.mapping.map((field, column) =>
                  column === suggestion.column ? suggestion.field : field,
                ),
              })
            }
          >
            Import it as {FIELD_LABELS[suggestion.field]}
          </button>
        </p>
      ))}
      {preview.agesAsOfNeeded && (
        <label className="ages-as-of">
          Kids&apos; ages were written on
          <input
            type="date"
            value={preview.agesAsOf}
            required
            onChange={(event) => event.target.value && onChange({ agesAsOf: event.target.value })}
          />
          <span className="muted">the sheet has no sign-up times, so ages are counted from this day</span>
        </label>
      )}
      {preview.nameDoubts && (
        <Checkbox className="confirm-names" checked={namesConfirmed} onChecked={onConfirmNames}>
          These are families: import them anyway
        </Checkbox>
      )}
    </div>
  );
}
