/**
 * The durable store's interface, which every store keeps (sqliteStore.ts: embedded, the default;
 * pgStore.ts: a PostgreSQL server; store.ts: one in memory for tests).
 *
 * The contract (tests/server/storeContract.test.ts runs it against each store):
 * - Writes (`createSession`, `createCohort`, `append`) are taken at once, in order, and are
 *   committed in groups; `durable()` resolves once everything written so far is committed. Whoever
 *   acknowledges an action or shows its effect waits for `durable()` first: write-before-ack.
 * - A log entry is keyed on (session, seq) and (session, id): a second entry with either throws at
 *   once, and the database's uniqueness constraints refuse it again at commit (another process).
 * - A commit that fails is never acknowledged: `durable()` does not resolve, and `onLost` runs
 *   (by default the process stops; a restart replays the committed log).
 * - Reads answer from what the store holds at hand (the SQLite file, or what a PostgreSQL store
 *   loaded at open and wrote since): they are synchronous so that a session stays a plain object.
 */
import type { LogEntry, SessionConfig } from './entries';

export interface SessionRecord {
  code: string;
  /** SHA-256 of the teacher key (the key itself is never stored). */
  teacherKeyHash: string;
  config: SessionConfig;
}

/** A cohort: sessions made in one step with the same settings (cohorts.ts), under one teacher key. */
export interface CohortRecord {
  id: string;
  name: string;
  teacherKeyHash: string;
  codes: string[];
  seed: number;
  createdAt: string;
}

export interface SessionStore {
  /** Which store this is, for the server's start-up line. */
  readonly kind?: 'sqlite' | 'postgres' | 'memory';
  createCohort(record: CohortRecord): void;
  cohorts(): CohortRecord[];
  createSession(record: SessionRecord): void;
  /** Appends an entry; throws if the session already has an entry with this id or sequence number. */
  append(code: string, entry: LogEntry): void;
  sessions(): SessionRecord[];
  log(code: string): LogEntry[];
  /** Resolves once everything appended so far is committed (a store that writes at once may omit it). */
  durable?(): Promise<void>;
  /** Commits what is pending and lets go of the file or the connection. */
  close(): void | Promise<void>;
}

/**
 * A store shared by several processes (cluster.ts, PostgreSQL only): it holds in memory only the
 * sessions this process took, loading one when it takes it.
 */
export interface SharedStore extends SessionStore {
  /** Loads a session and its whole committed log (replacing what was held of it); null if it does not exist or was closed. */
  adopt(code: string): Promise<SessionRecord | null>;
  /** Lets go of a session held in memory (another process may take it). */
  forget(code: string): void;
  /** Records that a session expired: no process takes it up again. */
  markClosed(code: string): void;
  /** A cohort, also one another process made since this one opened the store; null if there is none. */
  cohort(id: string): Promise<CohortRecord | null>;
}

/** What a request hears when the store could not keep it (the HTTP API's 503, a room's refusal). */
export const STORE_DOWN = 'The classroom’s database cannot store changes right now, so nothing of this was saved. Try again in a moment.';

/** What a store throws for a write it cannot take because its database is out of reach: nothing of it was stored. */
export class StoreUnavailableError extends Error {}

/** What a failed commit does by default: the changes already applied are not durable, so the process stops. */
export function stopProcess(e: unknown): void {
  console.error(
    `[classroom] the store could not commit (${e instanceof Error ? e.message : String(e)}); stopping: nothing of it was acknowledged, and a restart continues from the log`,
  );
  process.exit(1);
}
