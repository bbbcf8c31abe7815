/**
 * The front door of the classroom server's HTTP side, in front of the API, the pages and
 * Colyseus' matchmaking: every response gets the security headers (a Content-Security-Policy
 * with `frame-ancestors 'none'`, nosniff, no referrer); requests from a web page of another
 * origin are refused unless that origin was allowed on purpose (`--allow-origin`), and only those
 * get CORS headers; and the one matchmaking call a client needs, `POST /matchmake/joinById/<code>`,
 * is answered here: rate-limited per address, its body capped and parsed like the API's, and the
 * team token or teacher key checked before a seat is reserved, with one answer for an unknown
 * code and a known code with a wrong secret (so the call tells nothing about which codes exist).
 * A valid token or key is let in even from an address over its failure limit (192- and 256-bit
 * secrets cannot be guessed, and one student's typos must not lock out a class behind one NAT).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import { roomJoinSchema } from '../net/protocol';
import { HttpError, clientIp, readJson, send, type ClassroomHttp } from './http';
import { trustForwarded } from './httpBasics';
import type { SessionHub } from './hub';
import { perMinute, type Limits, type SharedCount } from './rateLimit';
import { routeRequest, type Router } from './forward';
import { within } from './cluster';

/** What every response carries. The pages load only their own scripts, styles, fonts and sockets. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    // Bars and Phaser's canvas size are set through style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** The one answer for an unknown code and for a known code with a wrong token or key. */
export const NOT_VALID =
  'This join code, team token or teacher key is not valid here (the session may have ended or expired, or your seat was released). Join again.';

export interface FrontOptions {
  http: ClassroomHttp;
  hub: SessionHub;
  limits: Limits;
  /** With several processes: room connections are counted over all of them (rateLimit.ts). */
  sharedCount?: SharedCount;
  /** Origins (scheme://host:port) besides the server's own that may call the API from a browser. */
  allowedOrigins: readonly string[];
  /** The server's public address (its origin is always allowed). */
  publicUrl: () => string;
  /** Behind a reverse proxy: each request's address is the one the proxy reports (X-Forwarded-For). */
  trustProxy?: boolean;
  /** With several processes: where a request about a session is answered (cluster.ts, forward.ts); null: here. */
  router?: () => Router | null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function createFront(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const connects = perMinute(options.limits.connectPerMinute, 'connect', options.sharedCount);
  const allowed = new Set(options.allowedOrigins.map((o) => originOf(o) ?? o));

  /** Whether a browser request's Origin may use this server: its own address, or one allowed on purpose. */
  const originAllowed = (req: IncomingMessage, origin: string): boolean => {
    if (allowed.has(origin)) return true;
    const own = originOf(options.publicUrl());
    if (own !== null && own === origin) return true;
    const host = req.headers.host;
    return typeof host === 'string' && (origin === `http://${host}` || origin === `https://${host}`);
  };

  const joinById = async (req: IncomingMessage, res: ServerResponse, code: string): Promise<void> => {
    const ip = clientIp(req);
    if (!connects.take(ip)) throw new HttpError(429, 'Too many connection attempts from this address; wait a minute.');
    const parsed = roomJoinSchema.safeParse(await readJson(req));
    const session = options.hub.get(code);
    const valid =
      parsed.success &&
      session !== undefined &&
      ('teacherKey' in parsed.data
        ? options.hub.isTeacher(code, parsed.data.teacherKey)
        : session.authenticate(parsed.data.token) !== null);
    if (!valid) {
      if (!options.http.noteAuthFailure(ip)) throw new HttpError(429, 'Too many failed attempts; wait a minute.');
      throw new HttpError(403, NOT_VALID);
    }
    let reservation: unknown;
    try {
      // With several processes, Redis answers this (cluster.ts); while it is away, the client asks again later.
      reservation = await within(matchMaker.joinById(code, parsed.data, { headers: new Headers(), ip }), 5_000);
    } catch (e) {
      // The session exists but its room is not open (yet): the server is starting or stopping.
      throw new HttpError(
        503,
        `The classroom server is not ready for this session; try again in a moment (${e instanceof Error ? e.message : String(e)}).`,
      );
    }
    send(res, 200, reservation);
  };

  const here = (req: IncomingMessage, res: ServerResponse): void => {
    if (options.trustProxy) trustForwarded(req);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const origin = req.headers.origin;
    const fromOtherPage = typeof origin === 'string' && origin !== '' && !originAllowed(req, origin);
    const guarded = path.startsWith('/api/') || path === '/api' || path.startsWith('/matchmake/');
    if (typeof origin === 'string' && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-headers', 'content-type, authorization');
      res.setHeader('access-control-allow-methods', 'GET, POST');
      res.setHeader('vary', 'origin');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(fromOtherPage ? 403 : 204, { 'content-length': '0' });
      res.end();
      return;
    }
    if (guarded && fromOtherPage) {
      send(res, 403, { error: 'Requests from another web site are refused; open the classroom pages from this server.' });
      return;
    }
    if (!path.startsWith('/matchmake/')) {
      options.http.handle(req, res);
      return;
    }
    const m = /^\/matchmake\/joinById\/([A-Za-z0-9]{1,20})$/.exec(path);
    const work =
      req.method === 'POST' && m ? joinById(req, res, m[1] as string) : Promise.reject(new HttpError(404, 'No such matchmaking route.'));
    work.catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof HttpError)
        send(res, e.status, { code: e.status, error: e.message }, e.status === 413 ? { connection: 'close' } : {});
      else {
        console.error('[classroom] matchmaking failed:', e);
        send(res, 500, { code: 500, error: 'The server failed to answer this request.' });
      }
    });
  };
  return (req, res) => {
    const router = options.router?.();
    if (!router) return here(req, res);
    routeRequest(req, res, router, here, options.trustProxy ?? false).then(
      (done) => {
        if (!done) here(req, res);
      },
      (e: unknown) => {
        console.error('[classroom] could not route a request:', e);
        if (!res.headersSent) send(res, 500, { code: 500, error: 'The server failed to answer this request.' });
      },
    );
  };
}
