/**
 * Starts a classroom server in this process: the durable store, every session restored from it,
 * Colyseus (rooms, transport, reconnection) on our own HTTP server, the API and the built game.
 * One per process: Colyseus' matchmaker is a process-wide singleton.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { Server, matchMaker } from '@colyseus/core';
import { BotPool } from './botPool';
import { CohortBook, sharedCohorts } from './cohorts';
import { createFront } from './front';
import { DEFAULT_EXPIRY, SessionHub, type Expiry } from './hub';
import { createHttp } from './http';
import { DEFAULT_LIMITS, type Limits, type SharedCount } from './rateLimit';
import { QuietRoom, ROOM_NAME, bindRooms } from './room';
import { systemClock, type Clock } from './entries';
import type { ClassroomSession } from './session';
import { storeRecovery, type Recovery } from './recovery';
import { openStore, type SessionStore, type SharedStore } from './store';
import { stopProcess } from './storeTypes';
import { redactStoreUrl } from './storeUrl';
import { QuietTransport, compatApp } from './transport';
import { presenceCount, redisEngine, startCluster, type Cluster } from './cluster';

export interface ClassroomServerOptions {
  port?: number;
  host?: string;
  /** Folder of the durable store (SQLite, the default). */
  dataDir: string;
  /** A PostgreSQL address (postgres://…): the durable log goes there instead of `dataDir`. */
  storeUrl?: string;
  distDir?: string;
  /** The address students use; derived from host and port (or the first LAN address) when absent. */
  publicUrl?: string;
  clock?: Clock;
  store?: SessionStore;
  /** Per-address limits; each one left out keeps its default (DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
  /** When ended and idle sessions expire (DEFAULT_EXPIRY), and how often the server looks (ms). */
  expiry?: Partial<Expiry> & { sweepMs?: number };
  /** Web origins besides the server's own whose pages may call the API (CORS); none by default. */
  allowedOrigins?: string[];
  /** Exit on SIGINT/SIGTERM after closing (the CLI); tests close the server themselves. */
  handleSignals?: boolean;
  log?: (line: string) => void;
  /**
   * Worker threads in which strategist seats decide (see botPool.ts); default: one fewer than the
   * cores, at least 1. 0: they decide on the event loop, stalling every session while they plan.
   */
  botWorkers?: number;
  /**
   * Behind a reverse proxy (nginx, see deploy/): take each client's address from the proxy's
   * X-Forwarded-For for the per-address limits. Only with the server bound where nothing but the
   * proxy reaches it, or anyone could pick the address the limits see.
   */
  trustProxy?: boolean;
  /**
   * Several processes (cluster.ts): Colyseus on this Redis (redis://…), with `storeUrl` the log
   * every process shares. Needs a fixed port.
   */
  redisUrl?: string;
  /** With several processes: how often each looks for sessions nobody hosts (ms, default 1000). */
  clusterPollMs?: number;
  /** With PostgreSQL: how long to wait between two attempts to reach it again after it was lost (default 2 s). */
  storeRetryMs?: number;
}

export interface ClassroomServer {
  /** The http:// address the server listens on. */
  url: string;
  port: number;
  publicUrl: string;
  hub: SessionHub;
  /** Whether the database is out of reach now (PostgreSQL only; new moves are refused meanwhile). */
  readonly storeDown: boolean;
  /** Resolves once the server is back on its database (at once when it is not down). */
  storeBack(): Promise<void>;
  close(): Promise<void>;
}

let running = false;

/**
 * The address in a room's listing that students' sockets use to reach this process (Colyseus'
 * publicAddress): behind nginx, the public address and a path that nginx sends to this port
 * (deploy/quiet-channel.nginx.conf: /qc-PORT/); without --public-url, the process's own address.
 */
export function publicAddressOf(publicUrl: string | undefined, ownUrl: string, port: number): string {
  if (!publicUrl) return ownUrl.replace(/^https?:\/\//, '');
  const url = new URL(publicUrl);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}/qc-${port}`;
}

const whereFrom = (o: ClassroomServerOptions): string =>
  o.store ? 'the given store' : o.storeUrl ? `PostgreSQL at ${redactStoreUrl(o.storeUrl)}` : resolve(o.dataDir);

/** The first non-internal IPv4 address: what students on the same network can reach. */
export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

export async function startClassroomServer(options: ClassroomServerOptions): Promise<ClassroomServer> {
  if (running) throw new Error('A classroom server is already running in this process.');
  running = true;
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '127.0.0.1';
  let store: SessionStore;
  // A lost PostgreSQL server is ridden out (recovery.ts); a SQLite file that cannot commit stops the process.
  let recovery: Recovery | null = null;
  const onLost = (e: unknown) => (recovery ? recovery.lost(e) : stopProcess(e));
  const pgUrl = options.store ? undefined : options.storeUrl;
  const shared = options.redisUrl !== undefined;
  let engine: Awaited<ReturnType<typeof redisEngine>> | null = null;
  try {
    if (shared && (!pgUrl || !options.port)) throw new Error('several processes (--redis) need --store postgres://… and a fixed --port');
    store = options.store ?? (await openStore({ dataDir: options.dataDir, ...(pgUrl ? { storeUrl: pgUrl, onLost, shared } : {}), log }));
    if (options.redisUrl) engine = await redisEngine(options.redisUrl);
  } catch (e) {
    running = false;
    throw e;
  }
  const clock = options.clock ?? systemClock;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const pool = options.botWorkers === 0 ? null : new BotPool(options.botWorkers !== undefined ? { size: options.botWorkers } : {});
  const hub = new SessionHub(store, clock, { ...DEFAULT_EXPIRY, ...options.expiry }, pool?.decide ?? null);
  const restored = hub.restoreAll();
  for (const f of restored.failed) log(`[classroom] could not restore session ${f}`);
  if (restored.expired > 0) log(`[classroom] ${restored.expired} expired session(s) left in the store, not opened`);

  // Clients may only join rooms that exist (a room per session, opened by the server).
  matchMaker.controller.exposedMethods = ['joinById', 'reconnect'];

  let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? '';
  const ownUrl = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${options.port ?? 0}`;
  const httpServer: HttpServer = createServer();
  const openRoom = async (session: ClassroomSession): Promise<void> => {
    await matchMaker.createRoom(ROOM_NAME, { code: session.code });
  };
  let cluster: Cluster | null = null;
  // With several processes a new session is locked by this process before its room opens (cluster.ts).
  const onCreated = (session: ClassroomSession): Promise<void> => (cluster ? cluster.created(session.code) : openRoom(session));
  // Any close but a refusal makes a client join again (src/net/client.ts).
  const closeRoom = async (code: string, closeCode = 4503): Promise<void> => {
    await matchMaker
      .getLocalRoomById(code)
      ?.disconnect(closeCode)
      .catch(() => {
        /* already gone */
      });
  };
  // With several processes the per-address limits count every process's attempts (in Redis).
  const sharedCount: SharedCount | undefined = engine ? presenceCount(engine.presence) : undefined;
  const http = createHttp({
    hub,
    ...(sharedCount ? { sharedCount } : {}),
    distDir: options.distDir ?? resolve('dist'),
    get publicUrl() {
      return publicUrl;
    },
    onCreated,
    limits,
    cohorts: new CohortBook(hub, shared ? sharedCohorts(() => hub.store as SharedStore, ownUrl) : null),
  });
  bindRooms({ hub, joinUrl: http.joinUrl, noteAuthFailure: http.noteAuthFailure, ...(shared ? { internalUrl: ownUrl } : {}) });

  const transport = new QuietTransport(httpServer, compatApp(http.handle), undefined, options.trustProxy ?? false);
  const colyseus = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    express: () => {},
    ...(engine
      ? {
          ...engine,
          publicAddress: publicAddressOf(options.publicUrl, ownUrl, options.port ?? 0),
          // A session's room opens on the process that holds its lock, never on another (cluster.ts).
          selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId),
        }
      : {}),
  });
  if (engine) matchMaker.setHealthChecksEnabled(false); // the locks say which process is gone (cluster.ts)
  colyseus.define(ROOM_NAME, QuietRoom);
  await colyseus.listen(options.port ?? 0, host);
  // Colyseus put its own request listener in front (CORS for any origin, its matchmaking routes,
  // bodies of any size); ours replaces it and answers the one matchmaking call clients need.
  httpServer.removeAllListeners('request');
  httpServer.on(
    'request',
    createFront({
      http,
      hub,
      ...(sharedCount ? { sharedCount } : {}),
      limits,
      allowedOrigins: options.allowedOrigins ?? [],
      publicUrl: () => publicUrl,
      trustProxy: options.trustProxy ?? false,
      router: () => cluster,
    }),
  );
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port ?? 0);
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  if (!publicUrl) {
    const lan = host === '0.0.0.0' || host === '::' ? lanAddress() : null;
    publicUrl = lan ? `http://${lan}:${port}` : url;
  }
  /** A room for every session the hub holds (at start, and after the sessions were rebuilt). */
  const openRooms = async (): Promise<void> => {
    for (const code of hub.codes()) {
      const s = hub.get(code);
      if (s) await openRoom(s);
    }
  };
  await openRooms();
  if (pgUrl) {
    recovery = storeRecovery({
      hub,
      reopen: (lost) => openStore({ dataDir: options.dataDir, storeUrl: pgUrl, onLost: lost, log, shared }),
      closeRooms: async (codes) => {
        for (const code of codes) await closeRoom(code);
      },
      openRooms,
      log,
      ...(options.storeRetryMs !== undefined ? { retryMs: options.storeRetryMs } : {}),
    });
  }
  if (shared && pgUrl) {
    const c = startCluster({
      hub,
      storeUrl: pgUrl,
      log,
      openRoom: async (code) => {
        const s = hub.get(code);
        if (s) await openRoom(s);
      },
      closeRoom: (code) => closeRoom(code),
      ...(options.clusterPollMs !== undefined ? { pollMs: options.clusterPollMs } : {}),
    });
    cluster = c;
    await c.owners.poll();
  }
  log(`[classroom] listening on ${url} (students: ${publicUrl}); ${restored.restored} session(s) restored from ${whereFrom(options)}`);

  const sweep = setInterval(() => {
    for (const { code, why } of hub.expire()) {
      void closeRoom(code, 4410);
      void cluster?.expired(code);
      log(`[classroom] session ${code} expired (${why === 'ended' ? 'ended' : 'idle'}); its log stays in the store`);
    }
  }, options.expiry?.sweepMs ?? 60_000);
  sweep.unref();

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    recovery?.stop();
    clearInterval(sweep);
    // With several processes the locks go last: another process takes a session up only once its log is all committed.
    cluster?.quiet();
    await colyseus.gracefullyShutdown(false);
    bindRooms(null);
    await hub.close();
    await cluster?.stop();
    await pool?.close();
    running = false;
  };
  if (options.handleSignals) {
    const stop = () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  return {
    url,
    port,
    publicUrl,
    hub,
    get storeDown() {
      return recovery?.down ?? false;
    },
    storeBack: () => recovery?.back() ?? Promise.resolve(),
    close,
  };
}
