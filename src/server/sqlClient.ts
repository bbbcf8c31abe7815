/**
 * The little a PostgreSQL store needs of a database driver: run a statement with positional
 * parameters ($1, $2, …) and get its rows, and run several in one transaction. pgClient.ts fits
 * node-postgres to it; tests may fit anything else (a client whose commits fail, for instance).
 */
export type SqlValue = string | number | null;
export type SqlRow = Record<string, unknown>;

export interface SqlRunner {
  query(text: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
}

export interface SqlClient extends SqlRunner {
  /**
   * Runs `work` between BEGIN and COMMIT on one connection; rolls back and rethrows if anything in it
   * throws (COMMIT included). `work` may run again, whole, on another connection when the first was
   * lost before COMMIT was sent: it must do nothing but queries.
   */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
