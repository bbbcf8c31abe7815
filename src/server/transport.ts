/**
 * Colyseus' WebSocket transport, bound to our own HTTP server.
 *
 * Why not `new WebSocketTransport()` from @colyseus/ws-transport: its entry module imports
 * `express` at load time, and express is only an optional peer dependency that this project does
 * not install, so importing it throws. We reuse its `WebSocketClient` (which does not need
 * express) and do the connection hand-off to Colyseus' matchmaker here, as the stock transport
 * does. The transport's "express-compatible app" is our own request handler: Colyseus routes its
 * `/matchmake/*` endpoints itself and hands every other request to `handle`.
 *
 * Incoming frames are capped at MAX_MESSAGE_BYTES by `ws` (a bigger frame closes the socket
 * with 1009); dead connections are found by ping/pong.
 */
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { CloseCode, Transport, connectClientToRoom, getBearerToken, matchMaker, type Client, type ClientPrivate } from '@colyseus/core';
import { WebSocketClient } from '@colyseus/ws-transport/WebSocketClient';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES } from '../net/protocol';
import { forwardedIp } from './httpBasics';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** What Colyseus needs from an "express app": a request handler and a router stack that claims "/". */
export interface CompatApp {
  (req: IncomingMessage, res: ServerResponse): void;
  handle: RequestHandler;
  mountpath: string;
  router: { stack: { name: string; match: (path: string) => boolean }[] };
}

export function compatApp(handler: RequestHandler): CompatApp {
  const app = ((req: IncomingMessage, res: ServerResponse) => handler(req, res)) as CompatApp;
  app.handle = handler;
  app.mountpath = '/';
  // Tells Colyseus that "/" is ours (otherwise it answers "/" with its version string).
  app.router = { stack: [{ name: 'quietChannel', match: () => true }] };
  return app;
}

type RawSocket = WebSocket & { pingCount: number };

export class QuietTransport extends Transport {
  private readonly wss: WebSocketServer;
  private pingTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    server: HttpServer,
    private readonly app: CompatApp,
    private readonly pingMs = 3000,
    /** Behind a reverse proxy: a connection's address is the one the proxy reports (X-Forwarded-For). */
    private readonly trustProxy = false,
  ) {
    super();
    this.server = server;
    this.wss = new WebSocketServer({ server, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
    this.wss.on('connection', (ws, req) => void this.onConnection(ws as RawSocket, req));
    this.wss.on('error', (e) => console.error('[classroom] websocket server error:', e.message));
  }

  override getExpressApp(): never {
    return this.app as never;
  }

  listen(port?: number | string, hostname?: string, backlog?: number, listening?: (err?: Error) => void): this {
    const server = this.server as HttpServer;
    server.once('error', (e) => listening?.(e));
    server.listen(Number(port), hostname, backlog, () => {
      this.startPings();
      listening?.();
    });
    return this;
  }

  shutdown(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.server?.close();
  }

  simulateLatency(): void {
    /* not supported: tests use real loopback sockets */
  }

  private startPings(): void {
    if (this.pingMs <= 0) return;
    this.pingTimer = setInterval(() => {
      for (const ws of this.wss.clients as Set<RawSocket>) {
        if (ws.pingCount >= 2) {
          ws.terminate();
          continue;
        }
        ws.pingCount++;
        ws.ping();
      }
    }, this.pingMs);
    this.pingTimer.unref();
  }

  private async onConnection(ws: RawSocket, req: IncomingMessage): Promise<void> {
    ws.on('error', (e) => console.error('[classroom] socket error:', e.message));
    ws.pingCount = 0;
    ws.on('pong', () => {
      ws.pingCount = 0;
    });
    const url = new URL(req.url ?? '/', 'ws://server');
    const sessionId = url.searchParams.get('sessionId');
    const match = url.pathname.match(/\/[a-zA-Z0-9_-]+\/([a-zA-Z0-9_-]+)$/);
    const roomId = match?.[1];
    if (!sessionId || !roomId) {
      ws.close(CloseCode.WITH_ERROR);
      return;
    }
    const room = matchMaker.getLocalRoomById(roomId);
    const client = new WebSocketClient(sessionId, ws) as unknown as Client & ClientPrivate;
    const reconnectionToken = url.searchParams.get('reconnectionToken') ?? undefined;
    try {
      await connectClientToRoom(
        room,
        client,
        {
          headers: new Headers(
            Object.entries(req.headers).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[k, v]] : [])),
          ),
          token: url.searchParams.get('_authToken') ?? getBearerToken(req.headers.authorization ?? ''),
          ip: this.trustProxy ? forwardedIp(req) : (req.socket.remoteAddress ?? ''),
        },
        {
          ...(reconnectionToken ? { reconnectionToken } : {}),
          skipHandshake: url.searchParams.has('skipHandshake'),
        },
      );
    } catch (e) {
      const error = e as { code?: number; message?: string };
      (client as unknown as WebSocketClient).error(error.code ?? 0, error.message ?? 'error', () =>
        ws.close(reconnectionToken ? CloseCode.FAILED_TO_RECONNECT : CloseCode.WITH_ERROR),
      );
    }
  }
}
