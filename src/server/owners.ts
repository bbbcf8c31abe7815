/**
 * Which process hosts which session, when several share one PostgreSQL log (cluster.ts).
 *
 * A process hosts a session while it holds a session-level advisory lock on it, on one connection
 * of its own kept for that ("the lock connection"). Why advisory locks rather than leases in Redis:
 * the database that keeps the log is the one that says who may write to it, a lock needs no clock
 * and no renewal, and PostgreSQL releases the locks of a connection the moment the connection is
 * gone — a process killed with kill -9 loses its sockets at once, so its sessions are free before
 * anyone has to guess from a missed heartbeat. (A process cut off by the network is noticed by TCP
 * keepalives on the lock connection, after seconds rather than at once.) Redis stays what Colyseus
 * uses it for — the room listings and presence — and losing it does not move a session.
 *
 * Every `pollMs` each process asks the database which open sessions nobody holds, and takes a few
 * of them (shuffled, so that survivors share the sessions of a dead process): it locks one, loads
 * its log (`take`) and opens its room. A request for a session that nobody holds takes it at once
 * (`claim`). When the lock connection is lost, every hosted session is dropped at once (`dropAll`):
 * another process may already hold it. The log's (session, seq) key refuses whatever a process
 * that was too slow to notice still tries to write, so nothing is ever applied twice.
 */
import type { Client as PgClient } from 'pg';

export interface OwnersOptions {
  storeUrl: string;
  /** How often to look for sessions nobody hosts (ms). */
  pollMs: number;
  /** How many free sessions one look may take. */
  perPoll?: number;
  log: (line: string) => void;
  /** Whether this process hosts `code` now. */
  hosts: (code: string) => boolean;
  /** Loads and opens a session this process now holds; false: it is not to be hosted (closed, expired, broken). */
  take: (code: string) => Promise<boolean>;
  /** Drops every hosted session: the locks are gone. */
  dropAll: () => Promise<void>;
}

export interface Owners {
  /**
   * Takes `code` now if nobody holds it: 'taken' if this process hosts it afterwards, 'held' if
   * another process holds it (or the database cannot say now), 'none' if there is no such open session.
   */
  claim(code: string): Promise<Claim>;
  /** Locks a session this process just made (before it opens its room); false if another process got it first. */
  hold(code: string): Promise<boolean>;
  /** Lets go of a session this process no longer hosts (it expired). */
  release(code: string): Promise<void>;
  /** One look for free sessions now (tests; the timer does it every pollMs). */
  poll(): Promise<void>;
  /** Stops looking for free sessions (the process is stopping; it keeps its locks until `stop`). */
  pause(): void;
  /** Whether the lock connection is up. */
  readonly connected: boolean;
  stop(): Promise<void>;
}

export type Claim = 'taken' | 'held' | 'none';

/** The lock's key: a 64-bit hash of the session code, so that codes never share a lock in practice. */
const KEY = `hashtextextended('qc:' || $1, 0)`;

/** Every open session and the backend that holds its lock (null: nobody). */
const HOLDERS = `SELECT s.code, l.pid FROM qc_sessions s
  CROSS JOIN LATERAL (SELECT hashtextextended('qc:' || s.code, 0) AS k) h
  LEFT JOIN pg_locks l ON l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND l.classid = ((h.k >> 32) & 4294967295)::oid AND l.objid = (h.k & 4294967295)::oid
  WHERE s.closed_at IS NULL`;

export function startOwners(o: OwnersOptions): Owners {
  const perPoll = o.perPoll ?? 8;
  let conn: PgClient | null = null;
  let pid = 0;
  let stopped = false;
  let paused = false;
  let chain: Promise<unknown> = Promise.resolve();
  const busy = new Set<string>();
  /** The codes whose lock this process holds (a lock taken twice by one connection would need two unlocks). */
  const held = new Set<string>();
  /** Runs `work` after every earlier one: one query at a time on the lock connection. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => {});
    return next;
  };

  const lost = (why: string) => {
    if (!conn) return;
    const c = conn;
    conn = null;
    held.clear();
    c.end().catch(() => {});
    o.log(`[classroom] the lock connection to PostgreSQL was lost (${why}): this process lets go of its sessions; they are taken up again`);
    void o.dropAll();
  };

  const connect = async (): Promise<PgClient | null> => {
    if (conn) return conn;
    const { default: pg } = await import('pg');
    const c = new pg.Client({
      connectionString: o.storeUrl,
      application_name: 'quiet-channel-owner',
      keepAlive: true,
      keepAliveInitialDelayMillis: 2_000,
      connectionTimeoutMillis: 5_000,
    });
    c.on('error', (e) => lost(e.message));
    c.on('end', () => lost('closed'));
    try {
      await c.connect();
      // The server side notices a vanished client within seconds too.
      await c.query('SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3');
      const [row] = (await c.query('SELECT pg_backend_pid() AS pid')).rows as { pid: number }[];
      pid = Number(row?.pid);
    } catch {
      c.removeAllListeners('end');
      await c.end().catch(() => {});
      return null;
    }
    if (stopped) {
      await c.end().catch(() => {});
      return null;
    }
    conn = c;
    return c;
  };

  /** Locks and takes one session. */
  const takeOne = async (c: PgClient, code: string): Promise<Claim> => {
    if (o.hosts(code)) return 'taken';
    if (busy.has(code)) return 'held';
    busy.add(code);
    try {
      if (!held.has(code)) {
        const [row] = (await c.query(`SELECT pg_try_advisory_lock(${KEY}) AS ok`, [code])).rows as { ok: boolean }[];
        if (!row?.ok) return 'held';
        held.add(code);
      }
      let taken = false;
      try {
        taken = await o.take(code);
      } catch (e) {
        o.log(`[classroom] could not take session ${code}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (!taken) await unlock(c, code);
      return taken ? 'taken' : 'none';
    } finally {
      busy.delete(code);
    }
  };

  const unlock = async (c: PgClient, code: string): Promise<void> => {
    if (!held.delete(code)) return;
    await c.query(`SELECT pg_advisory_unlock(${KEY})`, [code]).catch(() => {});
  };

  const poll = () =>
    serial(async () => {
      if (stopped || paused) return;
      const c = await connect();
      if (!c) return;
      try {
        const rows = (await c.query(HOLDERS)).rows as { code: string; pid: number | null }[];
        // Still ours but not hosted (the sessions were rebuilt after the database came back): host them again.
        for (const r of rows) if (r.pid === pid && !o.hosts(r.code)) await takeOne(c, r.code);
        const free = rows.filter((r) => r.pid === null).map((r) => r.code);
        for (let i = free.length - 1; i > 0; i--) {
          const j = Math.floor(Math.random() * (i + 1));
          [free[i], free[j]] = [free[j] as string, free[i] as string];
        }
        for (const code of free.slice(0, perPoll)) await takeOne(c, code);
      } catch (e) {
        if (conn === c) lost(e instanceof Error ? e.message : String(e));
      }
    });

  const timer = setInterval(() => void poll(), o.pollMs);
  timer.unref();
  void poll();

  return {
    claim: (code) =>
      serial(async () => {
        if (o.hosts(code)) return 'taken';
        const c = await connect();
        if (!c) return 'held';
        try {
          return await takeOne(c, code);
        } catch (e) {
          if (conn === c) lost(e instanceof Error ? e.message : String(e));
          return 'held';
        }
      }),
    hold: (code) =>
      serial(async () => {
        const c = await connect();
        if (!c) return false;
        if (held.has(code)) return true;
        try {
          const [row] = (await c.query(`SELECT pg_try_advisory_lock(${KEY}) AS ok`, [code])).rows as { ok: boolean }[];
          if (row?.ok) held.add(code);
          return row?.ok === true;
        } catch (e) {
          if (conn === c) lost(e instanceof Error ? e.message : String(e));
          return false;
        }
      }),
    release: (code) =>
      serial(async () => {
        if (conn) await unlock(conn, code);
      }),
    poll,
    pause() {
      paused = true;
      clearInterval(timer);
    },
    get connected() {
      return conn !== null;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await chain;
      const c = conn;
      conn = null;
      c?.removeAllListeners('end');
      await c?.end().catch(() => {});
    },
  };
}
