// The one database interface both drivers satisfy: parameterised SQL, scripts, transactions.
// Queries are written once in PostgreSQL's dialect; PGlite and node-postgres run the same text.
export type Row = Record<string, unknown>;

export interface Queryable {
  /** One parameterised statement; returns its rows. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A multi-statement script without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs fn inside BEGIN … COMMIT; any throw rolls back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
