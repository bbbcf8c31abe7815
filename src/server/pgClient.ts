/**
 * node-postgres (`pg`) fitted to the store's SqlClient (sqlClient.ts): a small pool, a connection
 * per transaction, a connection in doubt after a failure thrown away. `pg` is loaded only when a
 * postgres:// store is asked for, so the one-laptop server (SQLite) does not load it.
 */
import type { SqlClient, SqlRow, SqlRunner, SqlValue } from './sqlClient';
import { checkStoreUrl, redactStoreUrl } from './storeUrl';

/** Connections per process: the store runs one transaction at a time; start-up and reads may overlap it. */
const POOL_SIZE = 4;

/** Whether an error says the connection is gone (class 08, or the server shutting down: 57P01–57P03), not that a statement failed. */
export function connectionLost(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code.startsWith('08') || /^57P0[123]$/.test(code) || /^E(CONNRESET|CONNREFUSED|PIPE)$/.test(code);
  return e instanceof Error && /Connection terminated/i.test(e.message);
}

/** Connects to the PostgreSQL server at `url` and checks that it answers. Throws a message that names the (redacted) address. */
export async function connectPg(url: string, log: (line: string) => void = console.error): Promise<SqlClient> {
  checkStoreUrl(url);
  const { default: pg } = await import('pg');
  const { Pool } = pg;
  const pool = new Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    application_name: 'quiet-channel-classroom',
  });
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
      // A connection the database dropped while it sat in the pool (a restart) may fail only when used:
      // a transaction that failed so before COMMIT was sent committed nothing, and runs again on another
      // connection (as many times as the pool may hold broken ones, and one more).
      for (let attempt = 1; ; attempt++) {
        const conn = await pool.connect();
        const swallow = (e: Error) => log(`[classroom] a PostgreSQL connection failed: ${e.message}`);
        conn.on('error', swallow); // a broken connection may say so again after it is let go
        const tx: SqlRunner = { query: async (text, params) => (await conn.query<SqlRow>(text, params as SqlValue[] | undefined)).rows };
        let committing = false;
        try {
          await conn.query('BEGIN');
          const result = await work(tx);
          committing = true;
          await conn.query('COMMIT');
          conn.off('error', swallow);
          conn.release();
          return result;
        } catch (e) {
          await conn.query('ROLLBACK').catch(() => {});
          conn.release(e instanceof Error ? e : true); // a connection in doubt is not reused
          if (attempt > POOL_SIZE || committing || !connectionLost(e)) throw e;
        }
      }
    },
    close: () => pool.end(),
  };
}
