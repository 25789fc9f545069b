/**
 * Columns worth mapping differently: SignUpGenius puts "bringing twins (3), and snacks" in its "Sign Up
 * Comment", which Village maps to the notes. When most of such a column's values read as ages, the
 * preview suggests importing it as "Kids' ages" (the organizer chooses; nothing changes by itself).
 */
import type { IsoDate } from '../calendar-date';
import { parseAgeText } from './age-text';
import { FIELD_LABELS, type ColumnField } from './header-synonyms';
import type { DateOrder } from './sheet-dates';

export interface ColumnSuggestion {
  column: number;
  field: ColumnField;
  message: string;
}

/** How many non-empty values of each column are looked at. */
const SAMPLE = 50;

/** Collects a sample of the notes and unmapped columns, row by row, then says which hold ages. */
export class AgeColumnSuggester {
  private readonly candidates: number[];
  private readonly samples = new Map<number, string[]>();

  constructor(mapping: readonly ColumnField[]) {
    const hasAges = mapping.some((field) => field === 'kidAges' || field === 'kidBirthDates');
    this.candidates = hasAges
      ? []
      : mapping.flatMap((field, column) => (field === 'notes' || field === 'ignore' ? [column] : []));
  }

  add(cells: readonly string[]): void {
    for (const column of this.candidates) {
      const value = (cells[column] ?? '').trim();
      const sample = this.samples.get(column) ?? [];
      if (value === '' || sample.length >= SAMPLE) continue;
      sample.push(value);
      this.samples.set(column, sample);
    }
  }

  /** Columns where at least half the values, with words in them (not bare counts or prices), read as ages. */
  suggestions(headers: readonly string[], anchor: IsoDate, order: DateOrder): ColumnSuggestion[] {
    const found: ColumnSuggestion[] = [];
    for (const [column, values] of this.samples) {
      const ages = values.filter((value) => /\p{L}/u.test(value) && parseAgeText(value, anchor, order).kids.length > 0);
      if (ages.length === 0 || ages.length * 2 < values.length) continue;
      const header = headers[column] || `Column ${column + 1}`;
      found.push({
        column,
        field: 'kidAges',
        message: `The column "${header}" seems to hold ${FIELD_LABELS.kidAges.toLowerCase()} ("${ages[0]}").`,
      });
    }
    return found.sort((a, b) => a.column - b.column);
  }
}
