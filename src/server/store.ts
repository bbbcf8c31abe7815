/**
 * The durable store: the interface (storeTypes.ts), the embedded SQLite store (sqliteStore.ts, the
 * default), the PostgreSQL store (pgStore.ts, chosen with `--store postgres://…`) and a store in
 * memory for tests. `openStore` opens the one the server's options name.
 */
import type { LogEntry } from './entries';
import { openSqliteStore } from './sqliteStore';
import type { CohortRecord, SessionRecord, SessionStore } from './storeTypes';

export { openSqliteStore } from './sqliteStore';
export { StoreUnavailableError, type CohortRecord, type SessionRecord, type SessionStore, type SharedStore } from './storeTypes';

/** A store that forgets everything on exit, for unit tests; it enforces the same uniqueness. */
export function createMemoryStore(): SessionStore & { appended: number } {
  const sessions = new Map<string, SessionRecord>();
  const logs = new Map<string, LogEntry[]>();
  const cohorts = new Map<string, CohortRecord>();
  const store = {
    kind: 'memory' as const,
    appended: 0,
    createCohort(r: CohortRecord) {
      if (cohorts.has(r.id)) throw new Error(`cohort ${r.id} exists`);
      cohorts.set(r.id, structuredClone(r));
    },
    cohorts: () => [...cohorts.values()].map((r) => structuredClone(r)),
    createSession(r: SessionRecord) {
      if (sessions.has(r.code)) throw new Error(`session ${r.code} exists`);
      sessions.set(r.code, structuredClone(r));
      logs.set(r.code, []);
    },
    append(code: string, entry: LogEntry) {
      const log = logs.get(code);
      if (!log) throw new Error(`no session ${code}`);
      if (log.some((e) => e.id === entry.id || e.seq === entry.seq)) throw new Error(`duplicate entry ${entry.id}`);
      log.push(structuredClone(entry));
      store.appended++;
    },
    sessions: () => [...sessions.values()].map((r) => structuredClone(r)),
    log: (code: string) => structuredClone(logs.get(code) ?? []),
    close() {},
  };
  return store;
}

/** Where the server keeps its log: a PostgreSQL address, or else the SQLite folder. */
export interface StoreChoice {
  dataDir: string;
  /** postgres://… (checked by storeUrl.ts); absent: the SQLite store in `dataDir`. */
  storeUrl?: string;
  log?: (line: string) => void;
  /** What a failed commit does (default: report it and stop the process). */
  onLost?: (e: unknown) => void;
  /** Several processes share the database: load sessions when this process takes them (SharedStore). */
  shared?: boolean;
}

/** Opens the chosen store, migrating its schema; a PostgreSQL address that is wrong or out of reach is a clear error. */
export async function openStore(choice: StoreChoice): Promise<SessionStore> {
  if (choice.storeUrl === undefined) return openSqliteStore(choice.dataDir, choice.onLost);
  const [{ connectPg }, { openPgStore }] = await Promise.all([import('./pgClient'), import('./pgStore')]);
  const client = await connectPg(choice.storeUrl, choice.log);
  return openPgStore(client, { ...(choice.onLost ? { onLost: choice.onLost } : {}), ...(choice.shared ? { lazy: true } : {}) });
}
