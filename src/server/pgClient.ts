/**
 * node-postgres (`pg`) fitted to the store's SqlClient (sqlClient.ts): a small pool, a connection
 * per transaction, a connection in doubt after a failure thrown away. `pg` is loaded only when a
 * postgres:// store is asked for, so the one-laptop server (SQLite) does not load it.
 */
import type { SqlClient, SqlRow, SqlRunner, SqlValue } from './sqlClient';
import { checkStoreUrl, redactStoreUrl } from './storeUrl';

/** Connects to the PostgreSQL server at `url` and checks that it answers. Throws a message that names the (redacted) address. */
export async function connectPg(url: string, log: (line: string) => void = console.error): Promise<SqlClient> {
  checkStoreUrl(url);
  const { default: pg } = await import('pg');
  const { Pool } = pg;
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
    query: async (text, params) => (await pool.query<SqlRow>(text, params as SqlValue[] | undefined)).rows,
    async transaction(work) {
      const conn = await pool.connect();
      const tx: SqlRunner = { query: async (text, params) => (await conn.query<SqlRow>(text, params as SqlValue[] | undefined)).rows };
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
