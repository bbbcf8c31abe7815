/**
 * The embedded store (the default): one SQLite file (WAL, synchronous=FULL) holding each
 * session's settings and its append-only log. An entry is committed, and so fsynced, before the
 * action it records is acknowledged or anyone sees its effect; a restart (even after kill -9)
 * replays each session's log through the engine.
 *
 * Group commit: an append is inserted at once (so a duplicate id or sequence number still throws
 * there and then), inside a transaction that commits once the event loop has handled what it
 * already holds (setImmediate). Whoever answers or broadcasts waits for `durable()` first. One
 * fsync (a few ms, blocking the event loop in better-sqlite3) thus covers every action of one
 * turn of the loop instead of one each: under load, the loop no longer queues behind fsyncs. A
 * commit that fails leaves applied changes that are not on disk: the store reports it and the
 * server stops (see `onLost`), nothing of it having been acknowledged; a restart replays the log.
 *
 * Schema migrations are numbered (SQLite's `user_version`) and run at open, each in its own
 * transaction; a file written by a newer build (a higher version) is refused, not guessed at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, SessionConfig } from './entries';
import { stopProcess, type CohortRecord, type SessionStore } from './storeTypes';

/** The schema, one step per version; version 1 is the first schema (IF NOT EXISTS: files made before versioning had it). */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS sessions (
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
   );`,
];

export const SQLITE_FILE = 'classroom.sqlite';

/** Closing a SQLite store is immediate. */
export type SqliteStore = Omit<SessionStore, 'close'> & { close(): void };

function migrate(db: Database.Database): void {
  const at = db.pragma('user_version', { simple: true }) as number;
  if (at > SQLITE_MIGRATIONS.length) {
    throw new Error(
      `${SQLITE_FILE} has schema version ${at}, newer than this build knows (${SQLITE_MIGRATIONS.length}): run a newer version of the classroom server`,
    );
  }
  SQLITE_MIGRATIONS.forEach((sql, i) => {
    if (i < at) return;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${i + 1}`);
    })();
  });
}

export function openSqliteStore(dir: string, onLost: (e: unknown) => void = stopProcess): SqliteStore {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  migrate(db);
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
    kind: 'sqlite',
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
