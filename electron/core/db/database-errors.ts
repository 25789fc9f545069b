/** Why a database file could not be opened, each with a sentence the organizer can act on. */
export type DatabaseOpenProblem = 'not_sqlite' | 'from_newer_version' | 'corrupt' | 'in_use' | 'cannot_open';

export class DatabaseOpenError extends Error {
  readonly problem: DatabaseOpenProblem;
  readonly path: string;
  constructor(problem: DatabaseOpenProblem, path: string, message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
    this.problem = problem;
    this.path = path;
  }
}
