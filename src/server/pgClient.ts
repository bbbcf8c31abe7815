/**
 * node-postgres (`pg`) fitted to the store's SqlClient (sqlClient.ts). `pg` is loaded only when a
 * postgres:// store is asked for, so the one-laptop server (SQLite) runs without it; when it is
 * missing, the server says which package to install instead of failing on an import.
 */
import type { SqlClient, SqlRow, SqlRunner, SqlValue } from './sqlClient';
import { checkStoreUrl, redactStoreUrl } from './storeUrl';

// The part of node-postgres used here, declared so that this file compiles without the package.
interface PgResult {
  rows: SqlRow[];
}
interface PgPoolClient {
  query(text: string, params?: readonly SqlValue[]): Promise<PgResult>;
  release(destroy?: boolean | Error): void;
}
interface PgPool {
  query(text: string, params?: readonly SqlValue[]): Promise<PgResult>;
  connect(): Promise<PgPoolClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (e: Error) => void): unknown;
}
type PgModule = { Pool: new (config: Record<string, unknown>) => PgPool };

/** The package and version range to install for PostgreSQL support. */
export const PG_PACKAGE = 'pg@~8.23';
const PG_MODULE = 'pg';

async function loadPg(): Promise<PgModule> {
  try {
    const mod = (await import(/* @vite-ignore */ PG_MODULE)) as Partial<PgModule> & { default?: PgModule };
    const pg = mod.Pool ? (mod as PgModule) : mod.default;
    if (!pg?.Pool) throw new Error('no Pool export');
    return pg;
  } catch (e) {
    throw new Error(
      `the PostgreSQL store needs the node-postgres package, which is not installed here (${e instanceof Error ? e.message : String(e)}): npm install ${PG_PACKAGE}`,
      { cause: e },
    );
  }
}

/** Connects to the PostgreSQL server at `url` and checks that it answers. Throws a message that names the (redacted) address. */
export async function connectPg(url: string, log: (line: string) => void = console.error): Promise<SqlClient> {
  checkStoreUrl(url);
  const { Pool } = await loadPg();
  const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5_000, application_name: 'quiet-channel-classroom' });
  // An idle connection that breaks (the server restarted) is dropped by the pool; a query on it fails and says so.
  pool.on('error', (e) => log(`[classroom] a PostgreSQL connection failed while idle: ${e.message}`));
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => {});
    throw new Error(`could not reach PostgreSQL at ${redactStoreUrl(url)}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return {
    query: async (text, params) => (await pool.query(text, params)).rows,
    async transaction(work) {
      const conn = await pool.connect();
      const tx: SqlRunner = { query: async (text, params) => (await conn.query(text, params)).rows };
      try {
        await conn.query('BEGIN');
        const result = await work(tx);
        await conn.query('COMMIT');
        conn.release();
        return result;
      } catch (e) {
        await conn.query('ROLLBACK').catch(() => {});
        conn.release(e instanceof Error ? e : true); // a connection in doubt is not reused
        throw e;
      }
    },
    close: () => pool.end(),
  };
}
