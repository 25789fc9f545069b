import { COLUMN_FIELDS, FIELD_LABELS, type ColumnField } from '../../../shared/domain/import/header-synonyms';
import type { ImportPreview } from '../../../shared/domain/import/import-preview';
import { DATE_ORDERS, type DateOrder } from '../../../shared/domain/import/sheet-dates';
import {
  DELIMITER_LABELS,
  ENCODING_LABELS,
  FORMAT_LABELS,
  SHEET_DELIMITERS,
  SHEET_ENCODINGS,
} from '../../../shared/domain/import/sheet-settings';
import type { Overrides } from './useImport';
import { ChoiceSelect } from '../components/ChoiceSelect';

const DATE_ORDER_LABELS: Record<DateOrder, string> = { mdy: 'MM/DD/YYYY (US)', dmy: 'DD/MM/YYYY' };

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
  needsCheck?: boolean;
}

/** One detected setting, shown as the choice it is. */
function Choice<T extends string>({ label, value, options, labels, onChange, needsCheck = false }: ChoiceProps<T>) {
  return (
    <label className={needsCheck ? 'needs-check' : undefined}>
      {label}
      <ChoiceSelect
        value={value}
        choices={options}
        choiceValue={(option) => option}
        choiceLabel={(option) => labels[option]}
        onValue={(chosen) => onChange(chosen as T)}
      />
    </label>
  );
}

interface SheetSettingsProps {
  preview: ImportPreview;
  onChange: (change: Overrides) => void;
}

/** What Village detected about the file, each one a choice the organizer can change, and the column mapping. */
export function SheetSettings({ preview, onChange }: SheetSettingsProps) {
  const example = (column: number) =>
    preview.rows.find((row) => row.status !== 'error' && (row.cells[column] ?? '').trim() !== '')?.cells[column] ?? '';
  const setField = (column: number, field: ColumnField) =>
    onChange({ mapping: preview.mapping.map((current, index) => (index === column ? field : current)) });
  return (
    <div className="import-settings">
      <div className="card detected">
        <p className="section-title">
          {FORMAT_LABELS[preview.format]} · header on line {preview.headerLine}
        </p>
        <div className="detected-fields">
          <Choice
            label="Encoding"
            value={preview.encoding}
            options={SHEET_ENCODINGS}
            labels={ENCODING_LABELS}
            onChange={(encoding) => onChange({ encoding })}
          />
          <Choice
            label="Columns separated by"
            value={preview.delimiter}
            options={SHEET_DELIMITERS}
            labels={DELIMITER_LABELS}
            onChange={(delimiter) => onChange({ delimiter })}
          />
          <Choice
            label="Dates are written"
            value={preview.dateOrder}
            options={DATE_ORDERS}
            labels={DATE_ORDER_LABELS}
            onChange={(dateOrder) => onChange({ dateOrder })}
            needsCheck={preview.dateOrderAmbiguous}
          />
        </div>
      </div>

      <div className="card mapping">
        <p className="section-title">
          Columns{preview.mappingRemembered && <span className="muted"> · as you chose last time for this sheet</span>}
        </p>
        <table className="mapping-table">
          <thead>
            <tr>
              <th scope="col">Column in the sheet</th>
              <th scope="col">Example</th>
              <th scope="col">Imports as</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, column) => (
              <tr key={column}>
                <th scope="row">{header || `Column ${column + 1}`}</th>
                <td className="example">{example(column)}</td>
                <td>
                  <ChoiceSelect
                    aria-label={`Import "${header || `Column ${column + 1}`}" as`}
                    value={preview.mapping[column] ?? 'ignore'}
                    choices={COLUMN_FIELDS}
                    choiceValue={(field) => field}
                    choiceLabel={(field) => FIELD_LABELS[field]}
                    onValue={(field) => setField(column, field as ColumnField)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
