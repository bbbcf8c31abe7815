/**
 * Starts a classroom server in this process: the durable store, every session restored from it,
 * Colyseus (rooms, transport, reconnection) on our own HTTP server, the API and the built game.
 * One per process: Colyseus' matchmaker is a process-wide singleton.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { Server, matchMaker } from '@colyseus/core';
import { SessionHub } from './hub';
import { createHttp, type HttpOptions } from './http';
import { QuietRoom, ROOM_NAME, bindRooms } from './room';
import { systemClock, type Clock, type ClassroomSession } from './session';
import { openSqliteStore, type SessionStore } from './store';
import { QuietTransport, compatApp } from './transport';

export interface ClassroomServerOptions {
  port?: number;
  host?: string;
  /** Folder of the durable store. */
  dataDir: string;
  distDir?: string;
  /** The address students use; derived from host and port (or the first LAN address) when absent. */
  publicUrl?: string;
  clock?: Clock;
  store?: SessionStore;
  limits?: HttpOptions['limits'];
  /** Exit on SIGINT/SIGTERM after closing (the CLI); tests close the server themselves. */
  handleSignals?: boolean;
  log?: (line: string) => void;
}

export interface ClassroomServer {
  /** The http:// address the server listens on. */
  url: string;
  port: number;
  publicUrl: string;
  hub: SessionHub;
  close(): Promise<void>;
}

let running = false;

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
  const store = options.store ?? openSqliteStore(options.dataDir);
  const hub = new SessionHub(store, options.clock ?? systemClock);
  const restored = hub.restoreAll();
  for (const f of restored.failed) log(`[classroom] could not restore session ${f}`);

  // Clients may only join rooms that exist (a room per session, opened by the server).
  matchMaker.controller.exposedMethods = ['joinById', 'reconnect'];

  let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? '';
  const httpServer: HttpServer = createServer();
  const openRoom = async (session: ClassroomSession): Promise<void> => {
    await matchMaker.createRoom(ROOM_NAME, { code: session.code });
  };
  const http = createHttp({
    hub,
    distDir: options.distDir ?? resolve('dist'),
    get publicUrl() {
      return publicUrl;
    },
    onCreated: openRoom,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  bindRooms({ hub, joinUrl: http.joinUrl, noteAuthFailure: http.noteAuthFailure });

  const transport = new QuietTransport(httpServer, compatApp(http.handle));
  const colyseus = new Server({ transport, greet: false, gracefullyShutdown: false, express: () => {} });
  colyseus.define(ROOM_NAME, QuietRoom);
  await colyseus.listen(options.port ?? 0, host);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port ?? 0);
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  if (!publicUrl) {
    const lan = host === '0.0.0.0' || host === '::' ? lanAddress() : null;
    publicUrl = lan ? `http://${lan}:${port}` : url;
  }
  for (const code of hub.codes()) {
    const s = hub.get(code);
    if (s) await openRoom(s);
  }
  log(`[classroom] listening on ${url} (students: ${publicUrl}); ${restored.restored} session(s) restored from ${options.store ? 'the given store' : resolve(options.dataDir)}`);

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await colyseus.gracefullyShutdown(false);
    bindRooms(null);
    hub.close();
    running = false;
  };
  if (options.handleSignals) {
    const stop = () => {
      close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  return { url, port, publicUrl, hub, close };
}
