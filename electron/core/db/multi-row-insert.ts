/**
 * Rows for one table gathered and written many to a statement (`INSERT … VALUES (…), (…), …`). Row by
 * row, a 10,000-row import spent much of its writing on what every statement costs however small it is:
 * better-sqlite3 crossing into native code and building a result, SQLite setting up the statement and its
 * cursors (issue 18). A statement of many rows keeps a statement journal (in memory: temp_store in
 * open-database.ts) so that a failing row undoes the rows before it.
 */
import type { Database, Statement } from 'better-sqlite3';

/** Rows per statement at most: 256 rows of 12 values stay far below SQLite's 32,766 parameters. */
export const ROWS_PER_STATEMENT = 256;
/**
 * The last rows, fewer than a full statement, go 16 and then 1 to a statement: a statement for every
 * count would cost more to prepare (1.3 ms for 256 rows of families) than those few rows take to write.
 */
const STATEMENT_SIZES = [ROWS_PER_STATEMENT, 16, 1];

export class MultiRowInsert<Row extends readonly unknown[]> {
  private readonly db: Database;
  private readonly head: string;
  private readonly row: string;
  private readonly width: number;
  /** One statement per size of STATEMENT_SIZES, prepared when first needed and reused. */
  private readonly statements = new Map<number, Statement<unknown[]>>();
  private values: unknown[] = [];
  private shared: Record<string, unknown> | null = null;

  /**
   * `head` is `INSERT INTO t (a, b, c, d) VALUES`, `row` one row's values: `(?, ?, 'fixed', :shared)`, where
   * each `?` is a value of the row and `:shared` one the same for every row (see share).
   */
  constructor(db: Database, head: string, row: string) {
    this.db = db;
    this.head = head;
    this.row = row;
    this.width = row.split('?').length - 1;
  }

  /**
   * The values of the row's named parameters (`:now`), the same for every row until set again: SQLite binds
   * a name once per statement, where each `?` is bound (and its text copied) once per row.
   */
  share(values: Record<string, unknown>): void {
    this.shared = values;
  }

  /** Rows added and not yet written. */
  get size(): number {
    return this.values.length / this.width;
  }

  add(...row: Row): void {
    for (const value of row) this.values.push(value);
  }

  /** Writes as many full statements' worth of rows as there are, in order; fewer rows wait for more. */
  writeFull(): void {
    this.writeIn([ROWS_PER_STATEMENT]);
  }

  /** Writes every row added so far, in the order they were added. */
  write(): void {
    this.writeIn(STATEMENT_SIZES);
  }

  private writeIn(sizes: readonly number[]): void {
    const { values, width } = this;
    let start = 0;
    for (const rows of sizes) {
      const step = rows * width;
      while (values.length - start >= step) {
        // Spread, not one array: better-sqlite3 then reads each value as an argument instead of asking the
        // array for it element by element (8 % of the writing in its profile, issue 18).
        const slice = values.slice(start, start + step);
        if (this.shared) slice.push(this.shared);
        this.statement(rows).run(...slice);
        start += step;
      }
    }
    if (start > 0) this.values = start === values.length ? [] : values.slice(start);
  }

  /** Forgets rows added and not written (the transaction they were for was rolled back). */
  discard(): void {
    this.values = [];
  }

  private statement(rows: number): Statement<unknown[]> {
    let statement = this.statements.get(rows);
    if (!statement) {
      statement = this.db.prepare<unknown[]>(`${this.head} ${Array.from({ length: rows }, () => this.row).join(', ')}`);
      this.statements.set(rows, statement);
    }
    return statement;
  }
}
