/**
 * The store contract (src/server/storeTypes.ts), one suite run against each store: the SQLite
 * store in a temporary folder, and the PostgreSQL store (through node-postgres) on a real
 * PostgreSQL server started for this file (pgServer.ts). Without PostgreSQL installed its runs are
 * skipped, saying why.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/server/entries';
import { connectPg } from '../../src/server/pgClient';
import { PG_MIGRATIONS, openPgStore } from '../../src/server/pgStore';
import type { SqlClient } from '../../src/server/sqlClient';
import { SQLITE_MIGRATIONS, openSqliteStore } from '../../src/server/sqliteStore';
import type { CohortRecord, SessionStore } from '../../src/server/storeTypes';
import { ClassroomSession } from '../../src/server/session';
import { FakeClock, config, fillSeats, newSession, nextId } from './helpers';
import { PG_MISSING, pgBinaries, startPgServer, type PgServer } from './pgServer';

const entry = (seq: number, id = `e${seq}`): LogEntry => ({ seq, id, at: 1_000 + seq, kind: 'start' });
const cohort = (id: string): CohortRecord => ({
  id,
  name: `Cohort ${id}`,
  teacherKeyHash: 'f'.repeat(64),
  codes: ['AAAAAA'],
  seed: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** One empty database or folder: stores opened on it share what they commit, like processes. */
interface Backing {
  open(onLost?: (e: unknown) => void): Promise<SessionStore>;
  /** Log rows committed, as another connection sees them. */
  committed(): Promise<number>;
  /** Marks the schema as migrated to version `v` (to play a newer build). */
  setSchemaVersion(v: number): Promise<void>;
  /** Holds the next commits of the stores opened after this (where a commit waits for a server) until released. */
  hold?(): () => void;
}

const throwLost = (e: unknown) => {
  throw e;
};

function sqliteBacking(): Backing {
  const dir = mkdtempSync(join(tmpdir(), 'qc-contract-'));
  const file = join(dir, 'classroom.sqlite');
  return {
    open: async (onLost = throwLost) => openSqliteStore(dir, onLost),
    committed: async () => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM log').get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    setSchemaVersion: async (v) => {
      const db = new Database(file);
      db.pragma(`user_version = ${v}`);
      db.close();
    },
  };
}

let server: PgServer | null = null;
let databases = 0;

/** A client whose transactions wait for `gate` before they start. */
function gated(client: SqlClient, gate: () => Promise<void>): SqlClient {
  return { ...client, transaction: async (work) => (await gate(), client.transaction(work)) };
}

function pgBacking(): Backing {
  if (!server) throw new Error('no PostgreSQL server');
  const url = server.createDatabase(`contract_${++databases}`);
  const outside = async <T>(work: (c: SqlClient) => Promise<T>): Promise<T> => {
    const c = await connectPg(url);
    try {
      return await work(c);
    } finally {
      await c.close();
    }
  };
  let gate: Promise<void> = Promise.resolve();
  return {
    open: async (onLost = throwLost) =>
      openPgStore(
        gated(await connectPg(url), () => gate),
        { onLost },
      ),
    committed: () => outside(async (c) => Number((await c.query('SELECT COUNT(*) AS n FROM qc_log'))[0]?.['n'])),
    setSchemaVersion: (v) => outside(async (c) => void (await c.query('INSERT INTO qc_schema (version) VALUES ($1)', [v]))),
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return release;
    },
  };
}

const havePg = pgBinaries() !== null;
if (!havePg) console.warn(PG_MISSING);

beforeAll(async () => {
  if (havePg) server = await startPgServer();
});
afterAll(() => server?.stop());

const backends: { name: string; fresh: () => Backing; skip: boolean; versions: number }[] = [
  { name: 'SQLite', fresh: sqliteBacking, skip: false, versions: SQLITE_MIGRATIONS.length },
  { name: 'PostgreSQL', fresh: pgBacking, skip: !havePg, versions: PG_MIGRATIONS.length },
];

describe.each(backends)('the store contract: $name', ({ fresh, skip, versions }) => {
  it.skipIf(skip)('keeps sessions, cohorts and logs across a reopen, in order', async () => {
    const b = fresh();
    const store = await b.open();
    const one = config({ code: 'AAAAAA' });
    const two = config({ code: 'BBBBBB', title: 'Zwei – 둘 "quoted" \\ back' });
    store.createSession({ code: one.code, teacherKeyHash: '1'.repeat(64), config: one });
    store.createSession({ code: two.code, teacherKeyHash: '2'.repeat(64), config: two });
    store.createCohort(cohort('c1'));
    for (let i = 1; i <= 5; i++) store.append(one.code, entry(i));
    store.append(two.code, { ...entry(1), id: "it's" });
    await store.durable?.();
    expect(store.log(one.code).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    await store.close();

    const again = await b.open();
    expect(again.sessions()).toEqual([
      { code: one.code, teacherKeyHash: '1'.repeat(64), config: one },
      { code: two.code, teacherKeyHash: '2'.repeat(64), config: two },
    ]);
    expect(again.cohorts()).toEqual([cohort('c1')]);
    expect(again.log(one.code)).toEqual([1, 2, 3, 4, 5].map((i) => entry(i)));
    expect(again.log(two.code)).toEqual([{ ...entry(1), id: "it's" }]);
    expect(again.log('NOSUCH')).toEqual([]);
    await again.close();
  });

  it.skipIf(skip)('acknowledges nothing before it is committed: durable() resolves once another connection sees the rows', async () => {
    const b = fresh();
    const store = await b.open();
    const cfg = config();
    store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    await store.durable?.();
    const release = b.hold?.();
    store.append(cfg.code, entry(1));
    store.append(cfg.code, entry(2));
    let acknowledged = false;
    const durable = store.durable?.().then(() => (acknowledged = true));
    expect(await b.committed()).toBe(0);
    expect(acknowledged).toBe(false);
    release?.();
    await durable;
    expect(await b.committed()).toBe(2);
    await store.close();
  });

  it.skipIf(skip)('refuses a duplicate (session, seq) or (session, id) at once, and commits the rest', async () => {
    const b = fresh();
    const store = await b.open();
    const cfg = config();
    store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    store.append(cfg.code, entry(1));
    expect(() => store.append(cfg.code, entry(1, 'other-id'))).toThrow();
    expect(() => store.append(cfg.code, entry(2, 'e1'))).toThrow();
    expect(() => store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg })).toThrow();
    store.append(cfg.code, entry(2));
    await store.durable?.();
    expect(await b.committed()).toBe(2);
    await store.close();
    const again = await b.open();
    expect(again.log(cfg.code)).toEqual([entry(1), entry(2)]);
    await again.close();
  });

  it.skipIf(skip)('never stores twice an entry that another process wrote first: refused at once or at commit', async () => {
    const b = fresh();
    const first = await b.open();
    const cfg = config();
    first.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    await first.durable?.();
    // A second process opened now knows the session but not what the first writes next.
    const lost: unknown[] = [];
    const second = await b.open((e) => lost.push(e));
    first.append(cfg.code, entry(1));
    await first.durable?.();
    let refused = false;
    try {
      second.append(cfg.code, entry(1, 'raced'));
      await second.durable?.();
    } catch {
      refused = true;
    }
    expect(refused).toBe(true);
    await Promise.resolve(second.close()).catch(() => {});
    await first.close();
    expect(await b.committed()).toBe(1);
    const again = await b.open();
    expect(again.log(cfg.code)).toEqual([entry(1)]);
    await again.close();
  });

  it.skipIf(skip)('keeps a rubric the teacher edited and its grades: a session restored from the reopened store has them', async () => {
    const b = fresh();
    const store = await b.open();
    const { session, cfg } = newSession({ code: 'RUBRIC' }, store);
    fillSeats(session);
    const criteria = [{ id: 'own-1', label: 'Listens – 경청', max: 4 }];
    expect(session.command({ id: nextId(), action: 'rubric', seat: 'rok', criteria }).ok).toBe(true);
    expect(session.command({ id: nextId(), action: 'grade', seat: 'rok', criterion: 'own-1', points: 3 }).ok).toBe(true);
    await store.durable?.();
    await store.close();
    const again = await b.open();
    const restored = ClassroomSession.restore(cfg, again.log(cfg.code), again, new FakeClock());
    expect(restored.course.teacher().rubric.rok).toEqual(criteria);
    expect(restored.course.teacher().grades.rok).toEqual({ 'own-1': 3 });
    restored.dispose();
    session.dispose();
    await again.close();
  });

  it.skipIf(skip)('migrates its schema at open, once, and refuses a schema newer than it knows', async () => {
    const b = fresh();
    await (await b.open()).close();
    await (await b.open()).close(); // the second open finds it up to date
    await b.setSchemaVersion(versions + 1);
    await expect(b.open()).rejects.toThrow(/newer than this build knows/);
  });
});

describe.skipIf(!havePg)('the PostgreSQL store when the database goes away', () => {
  it('loses nothing when the database restarts between two commits', async () => {
    const b = pgBacking();
    const store = await b.open();
    const cfg = config();
    store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    store.append(cfg.code, entry(1));
    await store.durable?.();
    server!.halt();
    server!.resume();
    store.append(cfg.code, entry(2)); // on a new connection: the broken idle one was dropped
    await store.durable?.();
    expect(await b.committed()).toBe(2);
    await store.close();
  });

  it('never acknowledges a change committed while it is down, and refuses the next ones', async () => {
    const b = pgBacking();
    const lost: unknown[] = [];
    const store = await b.open((e) => lost.push(e));
    const cfg = config();
    store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    await store.durable?.();
    server!.halt();
    try {
      store.append(cfg.code, entry(1));
      let acknowledged = false;
      await expect(store.durable?.().then(() => (acknowledged = true))).rejects.toThrow();
      expect(acknowledged).toBe(false);
      expect(lost).toHaveLength(1);
      expect(() => store.append(cfg.code, entry(2))).toThrow(/could not store an earlier change/);
    } finally {
      server!.resume();
    }
    expect(await b.committed()).toBe(0);
    await Promise.resolve(store.close()).catch(() => {});
  });
});
