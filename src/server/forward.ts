/**
 * With several processes (cluster.ts), any process may get a request about any session: the API
 * (lobby, join, the teacher's routes) and the matchmaking call that reserves a seat. Such a request
 * is answered by the process that hosts the session — here if it is this one, else it is passed on
 * over HTTP to that process's own address (from the room's listing in Redis) with the client's
 * address in X-Forwarded-For, and its answer passed back. So every check (keys, tokens, PINs, the
 * one answer for an unknown code and a wrong secret) happens where the session is, as with one process.
 *
 * A request is passed on at most once (x-qc-hop): a process that gets a passed-on request for a
 * session it does not host says "moving, try again" rather than passing it on again.
 */
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { MAX_MESSAGE_BYTES, codeSchema, normalizeCode } from '../net/protocol';
import { HttpError, clientIp, send, trustForwarded } from './httpBasics';

/** Where a request about one session is answered. */
export type Route = { kind: 'here' } | { kind: 'there'; at: string } | { kind: 'busy' };

export interface Router {
  route(code: string): Promise<Route>;
  /** The host at `at` did not answer (it died): take the session here if nobody holds it any more. */
  rescue(code: string): Promise<Route>;
}

export const MOVING = 'This session is moving to another server process; try again in a moment.';
const HOP = 'x-qc-hop';

/** The session a request is about, from its path (or, for POST /api/join, its body); null for any other request. */
export function sessionOf(method: string, path: string, body: Buffer | null): string | null {
  const parts = path.split('/').filter(Boolean);
  let code: unknown = null;
  if (parts[0] === 'matchmake' && parts[1] === 'joinById') code = parts[2];
  else if (parts[0] === 'api' && (parts[1] === 'lobby' || parts[1] === 'sessions') && parts.length >= 3) code = parts[2];
  else if (method === 'POST' && path === '/api/join' && body) {
    try {
      code = (JSON.parse(body.toString('utf8')) as { code?: unknown }).code;
    } catch {
      return null;
    }
  }
  if (typeof code !== 'string') return null;
  let text: string;
  try {
    text = decodeURIComponent(code);
  } catch {
    return null;
  }
  // As the API reads a code: upper case, spaces and dashes dropped (normalizeCode).
  const normal = normalizeCode(text);
  return codeSchema.safeParse(normal).success ? normal : null;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_MESSAGE_BYTES) throw new HttpError(413, `The request is larger than ${MAX_MESSAGE_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The request again, its body read from `body` (what the local handler reads as it would the socket). */
function replay(req: IncomingMessage, body: Buffer, trustProxy: boolean): IncomingMessage {
  const again = Readable.from(body.length > 0 ? [body] : []) as unknown as IncomingMessage;
  Object.assign(again, { headers: req.headers, method: req.method, url: req.url, socket: req.socket, httpVersion: req.httpVersion });
  if (trustProxy) trustForwarded(again);
  return again;
}

/** Passes the request on to `at`; false if that process did not answer at all (nothing was sent back yet). */
function pass(req: IncomingMessage, res: ServerResponse, at: string, body: Buffer): Promise<boolean> {
  return new Promise((done) => {
    const headers = { ...req.headers, [HOP]: '1', 'x-forwarded-for': clientIp(req), 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    delete headers['connection'];
    const out = request(new URL(req.url ?? '/', at), { method: req.method ?? 'GET', headers, timeout: 10_000 }, (answer) => {
      const back = { ...answer.headers };
      for (const h of ['connection', 'keep-alive', 'transfer-encoding']) delete back[h];
      res.writeHead(answer.statusCode ?? 502, back);
      answer.pipe(res);
      answer.on('end', () => done(true));
      answer.on('error', () => {
        res.destroy();
        done(true);
      });
    });
    out.on('timeout', () => out.destroy(new Error('timed out')));
    out.on('error', () => {
      if (res.headersSent) {
        res.destroy();
        done(true);
      } else done(false);
    });
    out.end(body);
  });
}

/**
 * Answers a request about a session this process may not host: here (through `local`), passed on,
 * or "moving". Resolves false for a request about no session (the caller answers it as usual).
 */
export async function routeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  router: Router,
  local: (req: IncomingMessage, res: ServerResponse) => void,
  trustProxy: boolean,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const mayName =
    path.startsWith('/matchmake/') || path.startsWith('/api/lobby/') || path.startsWith('/api/sessions/') || path === '/api/join';
  if (!mayName) return false;
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (e) {
    if (e instanceof HttpError) send(res, e.status, { error: e.message }, { connection: 'close' });
    else res.destroy();
    return true;
  }
  const code = sessionOf(method, path, body);
  let route: Route = code === null ? { kind: 'here' } : await router.route(code);
  if (route.kind === 'there' && req.headers[HOP] !== undefined) route = { kind: 'busy' };
  if (route.kind === 'there') {
    if (await pass(req, res, route.at, body)) return true;
    route = await router.rescue(code as string);
    if (route.kind === 'there') route = { kind: 'busy' }; // taken by a third process meanwhile: the client asks again
  }
  if (route.kind === 'here') local(replay(req, body, trustProxy), res);
  else if (route.kind === 'busy') send(res, 503, { code: 503, error: MOVING }, { 'retry-after': '1' });
  return true;
}
