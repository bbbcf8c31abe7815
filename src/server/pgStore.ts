/**
 * The PostgreSQL store: the same contract as the SQLite store (storeTypes.ts) on a PostgreSQL
 * server, for a school server whose database is looked after (backups with pg_dump, see
 * docs/deploy.md), and later for several processes sharing one log.
 *
 * Writes are taken at once and committed in groups, as in SQLite: the writes of one turn of the
 * event loop go to the server in one transaction (with synchronous_commit on, so COMMIT returns
 * only once the server has flushed it), after the group before it; `durable()` resolves once the
 * latest group is committed. A log entry is keyed on (code, seq) and (code, id): the store refuses
 * a duplicate at once from what it knows, and the table's constraints refuse it at commit (another
 * process, a race). A commit that fails is never acknowledged: its `durable()` rejects, later
 * writes are refused with a clear message (StoreUnavailableError), and `onLost` runs — by default
 * the process stops and a restart continues from what PostgreSQL holds.
 *
 * At open the store brings the schema up to date (numbered migrations, recorded in qc_schema,
 * under an advisory lock so two processes starting together do not both migrate) and loads the
 * sessions, cohorts and logs, from which the synchronous reads answer.
 */
import type { LogEntry, SessionConfig } from './entries';
import type { SqlClient, SqlValue } from './sqlClient';
import {
  StoreUnavailableError,
  stopProcess,
  type CohortRecord,
  type SessionRecord,
  type SessionStore,
  type SharedStore,
} from './storeTypes';

/** The schema, one list of statements per version (tables are prefixed qc_ so a database can be shared). */
export const PG_MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE qc_sessions (
       code TEXT PRIMARY KEY,
       pos BIGINT GENERATED ALWAYS AS IDENTITY,
       teacher_key_hash TEXT NOT NULL,
       config JSON NOT NULL,
       stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
     )`,
    `CREATE TABLE qc_cohorts (
       id TEXT PRIMARY KEY,
       pos BIGINT GENERATED ALWAYS AS IDENTITY,
       record JSON NOT NULL
     )`,
    `CREATE TABLE qc_log (
       code TEXT NOT NULL REFERENCES qc_sessions (code),
       seq INTEGER NOT NULL CHECK (seq > 0),
       id TEXT NOT NULL,
       entry JSON NOT NULL,
       stored_at TIMESTAMPTZ NOT NULL DEFAULT now(),
       PRIMARY KEY (code, seq),
       UNIQUE (code, id)
     )`,
  ],
  // Several processes (cluster.ts): a session that expired is closed, so no process takes it up again.
  ['ALTER TABLE qc_sessions ADD COLUMN closed_at TIMESTAMPTZ'],
];

/** Any number, so that processes of this build serialize their migrations on it. */
const MIGRATION_LOCK = 7_271_944;

/** Brings the schema up to date in one transaction; returns the version it found. Refuses a newer schema. */
export async function migratePg(client: SqlClient): Promise<number> {
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS qc_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const [row] = await tx.query('SELECT COALESCE(MAX(version), 0) AS version FROM qc_schema');
    const found = Number(row?.['version'] ?? 0);
    if (found > PG_MIGRATIONS.length) {
      throw new Error(
        `the database has schema version ${found}, newer than this build knows (${PG_MIGRATIONS.length}): run a newer version of the classroom server`,
      );
    }
    for (let v = found + 1; v <= PG_MIGRATIONS.length; v++) {
      for (const sql of PG_MIGRATIONS[v - 1] ?? []) await tx.query(sql);
      await tx.query('INSERT INTO qc_schema (version) VALUES ($1)', [v]);
    }
    return found;
  });
}

interface Batch {
  ops: { text: string; params: SqlValue[] }[];
  done: Promise<void>;
  resolve: () => void;
  reject: (e: unknown) => void;
}

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  // Nobody may be waiting on a group (a test that never asks): its failure is reported by onLost.
  done.catch(() => {});
  return { ops: [], done, resolve, reject };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

type CachedLog = { entries: LogEntry[]; seqs: Set<number>; ids: Set<string> };

const sessionRecord = (r: Record<string, unknown>): SessionRecord => ({
  code: String(r['code']),
  teacherKeyHash: String(r['teacher_key_hash']),
  config: JSON.parse(text(r['config'])) as SessionConfig,
});

function addEntry(log: CachedLog | undefined, r: Record<string, unknown>): void {
  const entry = JSON.parse(text(r['entry'])) as LogEntry;
  log?.entries.push(entry);
  log?.seqs.add(entry.seq);
  log?.ids.add(entry.id);
}

export interface PgStoreOptions {
  /** Runs once when a commit fails (default: report and stop the process). */
  onLost?: (e: unknown) => void;
  /**
   * Several processes share the database (cluster.ts): nothing but the cohorts is loaded at open;
   * a session and its log are loaded by `adopt` when this process takes the session, and let go by `forget`.
   */
  lazy?: boolean;
}

export async function openPgStore(client: SqlClient, options: PgStoreOptions & { lazy: true }): Promise<SharedStore>;
export async function openPgStore(client: SqlClient, options?: PgStoreOptions): Promise<SessionStore>;
export async function openPgStore(client: SqlClient, options: PgStoreOptions = {}): Promise<SessionStore | SharedStore> {
  const onLost = options.onLost ?? stopProcess;
  // What the store starts from; the client is closed if it cannot be had (a newer schema, a broken row).
  const loaded = async () => {
    await migratePg(client);
    const sessions: SessionRecord[] = options.lazy
      ? []
      : (await client.query('SELECT code, teacher_key_hash, config::text AS config FROM qc_sessions ORDER BY pos')).map(sessionRecord);
    const cohorts: CohortRecord[] = (await client.query('SELECT record::text AS record FROM qc_cohorts ORDER BY pos')).map(
      (r) => JSON.parse(text(r['record'])) as CohortRecord,
    );
    const logs = new Map<string, CachedLog>();
    for (const s of sessions) logs.set(s.code, { entries: [], seqs: new Set(), ids: new Set() });
    if (!options.lazy)
      for (const r of await client.query('SELECT code, entry::text AS entry FROM qc_log ORDER BY code, seq'))
        addEntry(logs.get(String(r['code'])), r);
    return { sessions, cohorts, logs };
  };
  let start: Awaited<ReturnType<typeof loaded>>;
  try {
    start = await loaded();
  } catch (e) {
    await client.close().catch(() => {});
    throw e;
  }
  const { sessions, cohorts, logs } = start;

  let open: Batch | null = null;
  let last: Promise<void> = Promise.resolve();
  let lost: unknown = null;
  let closed = false;
  const commit = async (batch: Batch): Promise<void> => {
    if (lost !== null) return batch.reject(lost);
    try {
      await client.transaction(async (tx) => {
        await tx.query('SET LOCAL synchronous_commit TO on');
        for (const op of batch.ops) await tx.query(op.text, op.params);
      });
    } catch (e) {
      lost = e;
      batch.reject(e);
      try {
        onLost(e);
      } catch (thrown) {
        // As from SQLite's commit: what onLost throws is not swallowed, and the chain of groups goes on (refusing).
        process.nextTick(() => {
          throw thrown;
        });
      }
      return;
    }
    batch.resolve();
  };
  let chain: Promise<void> = Promise.resolve();
  const write = (sql: string, params: SqlValue[]) => {
    if (closed) throw new Error('the store is closed');
    if (lost !== null) {
      throw new StoreUnavailableError(
        `the database could not store an earlier change (${lost instanceof Error ? lost.message : 'no reason given'}); nothing more is taken until the database is back`,
      );
    }
    if (!open) {
      const batch = newBatch();
      open = batch;
      last = batch.done;
      setImmediate(() => {
        if (open !== batch) return; // close() took it
        open = null;
        chain = chain.then(() => commit(batch));
      });
    }
    open.ops.push({ text: sql, params });
  };

  const shared: Omit<SharedStore, keyof SessionStore> = {
    async adopt(code) {
      const [row] = await client.query(
        'SELECT code, teacher_key_hash, config::text AS config, closed_at FROM qc_sessions WHERE code = $1',
        [code],
      );
      if (!row || row['closed_at'] !== null) return null;
      const log: CachedLog = { entries: [], seqs: new Set(), ids: new Set() };
      for (const r of await client.query('SELECT entry::text AS entry FROM qc_log WHERE code = $1 ORDER BY seq', [code])) addEntry(log, r);
      const record = sessionRecord(row);
      shared.forget(code);
      sessions.push(record);
      logs.set(code, log);
      return structuredClone(record);
    },
    forget(code) {
      const i = sessions.findIndex((s) => s.code === code);
      if (i >= 0) sessions.splice(i, 1);
      logs.delete(code);
    },
    markClosed(code) {
      write('UPDATE qc_sessions SET closed_at = now() WHERE code = $1', [code]);
    },
    async cohort(id) {
      const known = cohorts.find((c) => c.id === id);
      if (known) return structuredClone(known);
      const [row] = await client.query('SELECT record::text AS record FROM qc_cohorts WHERE id = $1', [id]);
      if (!row) return null;
      const record = JSON.parse(text(row['record'])) as CohortRecord;
      cohorts.push(record);
      return structuredClone(record);
    },
  };

  return {
    kind: 'postgres',
    ...(options.lazy ? shared : {}),
    createCohort(r) {
      if (cohorts.some((c) => c.id === r.id)) throw new Error(`cohort ${r.id} exists`);
      write('INSERT INTO qc_cohorts (id, record) VALUES ($1, $2)', [r.id, JSON.stringify(r)]);
      cohorts.push(structuredClone(r));
    },
    cohorts: () => cohorts.map((c) => structuredClone(c)),
    createSession(r) {
      if (logs.has(r.code)) throw new Error(`session ${r.code} exists`);
      write('INSERT INTO qc_sessions (code, teacher_key_hash, config) VALUES ($1, $2, $3)', [
        r.code,
        r.teacherKeyHash,
        JSON.stringify(r.config),
      ]);
      sessions.push(structuredClone(r));
      logs.set(r.code, { entries: [], seqs: new Set(), ids: new Set() });
    },
    append(code, entry) {
      const log = logs.get(code);
      if (!log) throw new Error(`no session ${code}`);
      if (log.seqs.has(entry.seq)) throw new Error(`duplicate entry: session ${code} already has seq ${entry.seq}`);
      if (log.ids.has(entry.id)) throw new Error(`duplicate entry: session ${code} already has id ${entry.id}`);
      write('INSERT INTO qc_log (code, seq, id, entry) VALUES ($1, $2, $3, $4)', [code, entry.seq, entry.id, JSON.stringify(entry)]);
      log.entries.push(structuredClone(entry));
      log.seqs.add(entry.seq);
      log.ids.add(entry.id);
    },
    durable: () => (open ? open.done : last),
    sessions: () => sessions.map((s) => structuredClone(s)),
    log: (code) => structuredClone(logs.get(code)?.entries ?? []).sort((a, b) => a.seq - b.seq),
    async close() {
      if (closed) return;
      const batch = open;
      open = null;
      if (batch) chain = chain.then(() => commit(batch));
      closed = true;
      await chain;
      await client.close();
    },
  };
}
