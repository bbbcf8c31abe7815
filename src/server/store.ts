/**
 * The durable store: one SQLite file (WAL, synchronous=FULL) holding each session's settings and
 * its append-only log. An entry is committed, and so fsynced, before the action it records is
 * acknowledged or anyone sees its effect; a restart (even after kill -9) replays each session's
 * log through the engine.
 *
 * Group commit: an append is inserted at once (so a duplicate id or sequence number still throws
 * there and then), inside a transaction that commits once the event loop has handled what it
 * already holds (setImmediate). Whoever answers or broadcasts waits for `durable()` first. One
 * fsync (a few ms, blocking the event loop in better-sqlite3) thus covers every action of one
 * turn of the loop instead of one each: under load, the loop no longer queues behind fsyncs. A
 * commit that fails leaves applied changes that are not on disk: the store reports it and the
 * server stops (see `onLost`), nothing of it having been acknowledged; a restart replays the log.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
  createCohort(record: CohortRecord): void;
  cohorts(): CohortRecord[];
  createSession(record: SessionRecord): void;
  /** Appends an entry; throws if the session already has an entry with this id or sequence number. */
  append(code: string, entry: LogEntry): void;
  sessions(): SessionRecord[];
  log(code: string): LogEntry[];
  /** Resolves once everything appended so far is on disk (a store that writes at once may omit it). */
  durable?(): Promise<void>;
  close(): void;
}

/** What a failed commit does by default: the changes already applied are not durable, so the process stops. */
function stopProcess(e: unknown): void {
  console.error(
    `[classroom] the store could not commit (${e instanceof Error ? e.message : String(e)}); stopping: nothing of it was acknowledged, and a restart continues from the log`,
  );
  process.exit(1);
}

export function openSqliteStore(dir: string, onLost: (e: unknown) => void = stopProcess): SessionStore {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'classroom.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (
      code TEXT PRIMARY KEY,
      teacher_key_hash TEXT NOT NULL,
      config TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS cohorts (
      id TEXT PRIMARY KEY,
      record TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS log (
      code TEXT NOT NULL,
      seq INTEGER NOT NULL,
      id TEXT NOT NULL,
      entry TEXT NOT NULL,
      PRIMARY KEY (code, seq),
      UNIQUE (code, id)
    );
  `);
  const insertSession = db.prepare('INSERT INTO sessions (code, teacher_key_hash, config) VALUES (?, ?, ?)');
  const insertEntry = db.prepare('INSERT INTO log (code, seq, id, entry) VALUES (?, ?, ?, ?)');
  const selectSessions = db.prepare('SELECT code, teacher_key_hash AS hash, config FROM sessions ORDER BY rowid');
  const selectLog = db.prepare('SELECT entry FROM log WHERE code = ? ORDER BY seq');
  const insertCohort = db.prepare('INSERT INTO cohorts (id, record) VALUES (?, ?)');
  const selectCohorts = db.prepare('SELECT record FROM cohorts ORDER BY rowid');
  // The transaction under way and who waits for its commit.
  let open: { done: Promise<void>; resolve: () => void } | null = null;
  const commit = () => {
    const batch = open;
    open = null;
    if (!batch || !db.open) return;
    try {
      db.exec('COMMIT');
    } catch (e) {
      onLost(e);
      return;
    }
    batch.resolve();
  };
  const write = (run: () => void) => {
    if (!open) {
      db.exec('BEGIN IMMEDIATE');
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      open = { done, resolve };
      setImmediate(commit);
    }
    // A failing insert (a duplicate) undoes only itself (SQLite's statement rollback); the batch goes on.
    run();
  };
  return {
    createCohort(r) {
      write(() => insertCohort.run(r.id, JSON.stringify(r)));
    },
    cohorts() {
      return (selectCohorts.all() as { record: string }[]).map((row) => JSON.parse(row.record) as CohortRecord);
    },
    createSession(r) {
      write(() => insertSession.run(r.code, r.teacherKeyHash, JSON.stringify(r.config)));
    },
    append(code, entry) {
      write(() => insertEntry.run(code, entry.seq, entry.id, JSON.stringify(entry)));
    },
    durable() {
      return open ? open.done : Promise.resolve();
    },
    sessions() {
      return (selectSessions.all() as { code: string; hash: string; config: string }[]).map((row) => ({
        code: row.code,
        teacherKeyHash: row.hash,
        config: JSON.parse(row.config) as SessionConfig,
      }));
    },
    log(code) {
      return (selectLog.all(code) as { entry: string }[]).map((row) => JSON.parse(row.entry) as LogEntry);
    },
    close() {
      commit();
      db.close();
    },
  };
}

/** A store that forgets everything on exit, for unit tests; it enforces the same uniqueness. */
export function createMemoryStore(): SessionStore & { appended: number } {
  const sessions = new Map<string, SessionRecord>();
  const logs = new Map<string, LogEntry[]>();
  const cohorts = new Map<string, CohortRecord>();
  const store = {
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
