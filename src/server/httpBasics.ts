/**
 * The HTTP basics the classroom server's routes share (http.ts, courseHttp.ts, front.ts): an error
 * with a status, JSON and text answers with the no-store and nosniff headers, a JSON body of at
 * most MAX_MESSAGE_BYTES, the Bearer key and the client's address.
 */
import { isIP } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_MESSAGE_BYTES } from '../net/protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/**
 * Reads a JSON body of at most MAX_MESSAGE_BYTES: a declared or actual larger body is refused
 * (413) without reading the rest, a body of another type is refused (415), bad JSON is a 400.
 */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const tooBig = () => new HttpError(413, `The request is larger than ${MAX_MESSAGE_BYTES} bytes.`);
  if (declared > MAX_MESSAGE_BYTES) throw tooBig();
  const type =
    String(req.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase() ?? '';
  if (type !== 'application/json' && (declared > 0 || req.headers['transfer-encoding'] !== undefined)) {
    throw new HttpError(415, 'Send the request body as JSON (content-type: application/json).');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_MESSAGE_BYTES) throw tooBig();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

export function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = error.issues[0];
  return i ? `${i.path.map(String).join('.') || 'body'}: ${i.message}` : 'invalid request';
}

export function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

/** Addresses taken from a trusted reverse proxy's X-Forwarded-For (--trust-proxy), by request. */
const forwarded = new WeakMap<IncomingMessage, string>();

/**
 * The client's address as a reverse proxy in front of the server reports it: the last entry of
 * X-Forwarded-For, the one the proxy itself appended (nginx's $proxy_add_x_forwarded_for); earlier
 * entries come from the client and prove nothing. The socket's address when there is none.
 */
export function forwardedIp(req: IncomingMessage): string {
  const h = req.headers['x-forwarded-for'];
  const last = (Array.isArray(h) ? h.at(-1) : h)?.split(',').at(-1)?.trim();
  return last && isIP(last) ? last : (req.socket.remoteAddress ?? 'unknown');
}

/** Takes this request's address from the proxy's header (only for a server told it is behind one). */
export function trustForwarded(req: IncomingMessage): void {
  forwarded.set(req, forwardedIp(req));
}

/** The address a request came from: the socket's, or the proxy's report of it with --trust-proxy. */
export function clientIp(req: IncomingMessage): string {
  return forwarded.get(req) ?? req.socket.remoteAddress ?? 'unknown';
}
