/**
 * Several classroom processes sharing one PostgreSQL log and one Redis (`--redis URL --store
 * postgres://…`, see docs/deploy.md, "Several processes").
 *
 * - Colyseus runs on Redis (@colyseus/redis-presence and @colyseus/redis-driver): a session's room
 *   is listed there with the process that hosts it, that process's public address (publicAddress:
 *   the students' address and a path nginx sends to that process) and, in its metadata, the
 *   process's own address for requests passed on between processes (forward.ts).
 * - Which process hosts a session is decided in PostgreSQL by advisory locks (owners.ts); a process
 *   that takes a session loads its log (SharedStore.adopt) and opens its room here, never on another
 *   process, so a slow answer between processes cannot leave a session with two rooms.
 * - Colyseus' own health checks are off: they delete every listing of a process that once answered
 *   late over Redis (a busy event loop), while the locks say for sure which process is gone. The
 *   listings of this process's rooms are written again every poll (`heal`) if they went missing — a
 *   Redis restarted without its data, or a listing removed by a process that dropped the session
 *   just as this one took it.
 */
import { matchMaker, type IRoomCache, type MatchMakerDriver, type Presence } from '@colyseus/core';
import type { Route, Router } from './forward';
import type { SessionHub } from './hub';
import { startOwners, type Owners } from './owners';
import { redactRedisUrl, redisOptions } from './redisUrl';
import type { SharedStore } from './storeTypes';
import type { SharedCount } from './rateLimit';

export interface ClusterOptions {
  hub: SessionHub;
  storeUrl: string;
  /** How often to look for sessions nobody hosts and for missing listings (ms; default 1000). */
  pollMs?: number;
  log: (line: string) => void;
  openRoom: (code: string) => Promise<void>;
  /** Closes a session's room (its clients join again, which finds its new host). */
  closeRoom: (code: string) => Promise<void>;
}

export interface Cluster extends Router {
  owners: Owners;
  /** Lets go of every session (the database was lost); the poll takes them up again. */
  dropAll(): Promise<void>;
  /**
   * A session this process just made: locked, then its room opened here; if another process locked
   * it first (it saw the committed row in between), that one hosts it and this one lets go of it.
   */
  created(code: string): Promise<void>;
  /** A session expired here: closed in the log, so nobody takes it up again. */
  expired(code: string): Promise<void>;
  /** The process is stopping: take up no more sessions (the locks stay until `stop`, once the log is committed). */
  quiet(): void;
  stop(): Promise<void>;
}

/** Colyseus' Redis presence and driver for `url`, once Redis answers (a clear error if it does not within 5 s). */
export async function redisEngine(url: string): Promise<{ presence: Presence; driver: MatchMakerDriver }> {
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import('@colyseus/redis-presence'), import('@colyseus/redis-driver')]);
  const options = redisOptions(url);
  const presence = new RedisPresence(options);
  const driver = new RedisDriver(options);
  try {
    await within(presence.exists('qc:ping'), 5_000);
  } catch (e) {
    presence.shutdown();
    await driver.shutdown().catch(() => {});
    throw new Error(`could not reach Redis at ${redactRedisUrl(url)}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return { presence, driver };
}

/** The per-address limits' shared count (rateLimit.ts) on Colyseus' Redis presence: a key lives from its first attempt on. */
export function presenceCount(presence: Presence): SharedCount {
  return {
    async incr(key, ttlSeconds) {
      const n = await within(presence.incr(key), 2_000);
      if (n === 1) await within(Promise.resolve(presence.expire(key, ttlSeconds) as unknown), 2_000);
      return n;
    },
  };
}

export function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

export function startCluster(o: ClusterOptions): Cluster {
  const { hub, log } = o;
  const store = () => hub.store as SharedStore;

  const take = async (code: string): Promise<boolean> => {
    const record = await store().adopt(code);
    if (!record) return false;
    if (matchMaker.getLocalRoomById(code)) await o.closeRoom(code);
    const entries = store().log(code);
    if (!hub.adopt(record, entries)) {
      store().markClosed(code);
      store().forget(code);
      return false;
    }
    try {
      await o.openRoom(code);
    } catch (e) {
      hub.drop(code);
      store().forget(code);
      throw e;
    }
    log(`[classroom] this process now hosts session ${code} (${entries.length} log entries)`);
    return true;
  };

  const dropAll = async (): Promise<void> => {
    for (const code of hub.codes()) {
      await o.closeRoom(code).catch(() => {});
      hub.drop(code);
      store().forget(code);
    }
  };

  const owners = startOwners({
    storeUrl: o.storeUrl,
    pollMs: o.pollMs ?? 1000,
    log,
    hosts: (code) => hub.get(code) !== undefined,
    take,
    dropAll,
  });

  /** Writes again the listing of every room of this process that Redis no longer has. */
  const heal = async (): Promise<void> => {
    const codes = hub.codes();
    if (codes.length === 0) return;
    const listed = new Set(
      (await within(Promise.resolve(matchMaker.driver.query({ processId: matchMaker.processId })), 2_000)).map((l) => l.roomId),
    );
    for (const code of codes) {
      const room = matchMaker.getLocalRoomById(code) as unknown as { _listing?: IRoomCache } | undefined;
      if (room?._listing && !listed.has(code)) {
        await matchMaker.driver.persist(room._listing as never, true);
        log(`[classroom] the listing of session ${code} was missing in Redis; written again`);
      }
    }
  };
  const healer = setInterval(() => void heal().catch(() => {}), o.pollMs ?? 1000);
  healer.unref();

  // A session nobody holds is taken here; an unknown code is answered here too ("no session has this code").
  const claimRoute = async (code: string): Promise<Route> => ((await owners.claim(code)) === 'held' ? { kind: 'busy' } : { kind: 'here' });

  return {
    owners,
    dropAll,
    async route(code) {
      if (hub.get(code)) return { kind: 'here' };
      let listing: IRoomCache | undefined;
      try {
        listing = await within(matchMaker.driver.findOne({ roomId: code }), 2_000);
      } catch {
        // Redis is out of reach: a session nobody holds is taken here; one held elsewhere must wait.
        return claimRoute(code);
      }
      const at = (listing?.metadata as { at?: unknown } | undefined)?.at;
      if (listing && listing.processId !== matchMaker.processId && typeof at === 'string') return { kind: 'there', at };
      return claimRoute(code);
    },
    rescue: claimRoute,
    async created(code) {
      if (!(await owners.hold(code))) {
        hub.drop(code);
        store().forget(code);
        return;
      }
      // Without Redis the room cannot be listed yet: it opens once Redis answers (its commands wait
      // for it), and the teacher gets the key now rather than an error for a session that is stored.
      await within(o.openRoom(code), 5_000).catch(() => log(`[classroom] session ${code}: its room opens once Redis answers`));
    },
    async expired(code) {
      try {
        store().markClosed(code);
      } catch (e) {
        // The database is away: the session stays open in the log, and is closed when a process takes it up again.
        log(`[classroom] session ${code} expired but could not be closed in the log: ${e instanceof Error ? e.message : String(e)}`);
      }
      store().forget(code);
      await owners.release(code);
    },
    quiet() {
      clearInterval(healer);
      owners.pause();
    },
    async stop() {
      clearInterval(healer);
      await owners.stop();
    },
  };
}
