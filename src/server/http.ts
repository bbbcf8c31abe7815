/**
 * The HTTP side of the classroom server: the automation API (create a session, its status and
 * save for the teacher, join for the teams) and the built game's static files from dist/.
 * Bodies are capped at 4 KB, must be JSON (by content type too) and are validated with zod;
 * every teacher route needs the session's key as a Bearer token; lobby look-ups, joins, session
 * creation and failed logins (wrong keys, tokens and team PINs) are rate-limited per address,
 * each with its own named limit (see `Limits`).
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { saveWithoutHidden, viewWithoutHidden } from './letterPart';
import { makeSave } from '../codec/save';
import {
  codeSchema,
  createSessionSchema,
  joinRequestSchema,
  normalizeCode,
  teacherCommandSchema,
  type CreateSessionResponse,
  type JoinResponse,
} from '../net/protocol';
import type { CohortBook } from './cohorts';
import { courseRoute } from './courseHttp';
import { HttpError, bearer, clientIp, firstIssue, readJson, send } from './httpBasics';
import type { SessionHub } from './hub';
import { perMinute, type Limits, type SharedCount } from './rateLimit';
import type { ClassroomSession } from './session';
import { STORE_DOWN, StoreUnavailableError } from './storeTypes';

export interface HttpOptions {
  hub: SessionHub;
  /** With several processes: the per-address limits are counted over all of them (rateLimit.ts). */
  sharedCount?: SharedCount;
  /** Folder of the built game (vite build); may be missing. */
  distDir: string;
  /** The address students use, e.g. "http://192.168.1.20:8080" (no trailing slash). */
  publicUrl: string;
  /** Called after a session is created (the server opens its room). */
  onCreated: (session: ClassroomSession) => Promise<void>;
  /** Per-address limits (see `Limits`); tests lower them. */
  limits: Limits;
  /** The server's cohorts (cohorts.ts); their routes and the exports are in courseHttp.ts. */
  cohorts: CohortBook;
}

export interface ClassroomHttp {
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Counts a failed room login (bad token or key) against an address; false once over the limit. */
  noteAuthFailure: (ip: string) => boolean;
  joinUrl: (code: string) => string;
}

export { HttpError, clientIp, readJson, send } from './httpBasics';

/** What a request hears when the store cannot commit: nothing of it was saved. */
export { STORE_DOWN };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function createHttp(options: HttpOptions): ClassroomHttp {
  const { hub } = options;
  const joins = perMinute(options.limits.joinPerMinute, 'join', options.sharedCount);
  const lobbies = perMinute(options.limits.lobbyPerMinute, 'lobby', options.sharedCount);
  const creates = perMinute(options.limits.createPerMinute, 'create', options.sharedCount);
  const failures = perMinute(options.limits.authFailuresPerMinute, 'failure', options.sharedCount);
  const distRoot = resolve(options.distDir);
  const joinUrl = (code: string) => `${options.publicUrl}/join.html?code=${code}`;

  /** The session a teacher route names, after checking the key (a wrong key counts as a failure). */
  const teacherSession = (req: IncomingMessage, rawCode: string): ClassroomSession => {
    const ip = clientIp(req);
    const code = normalizeCode(rawCode);
    const session = hub.get(code);
    if (!session || !hub.isTeacher(code, bearer(req))) {
      if (!failures.take(ip)) throw new HttpError(429, 'Too many failed attempts; wait a minute.');
      throw new HttpError(session ? 403 : 404, session ? 'This needs the session’s teacher key.' : 'No session has this code.');
    }
    return session;
  };

  const statusOf = (s: ClassroomSession) => {
    const info = s.info();
    return {
      code: s.code,
      title: info.title,
      status: info.status,
      endedBy: info.endedBy,
      ending: s.ending(),
      turn: s.turn(),
      actions: s.actionCount(),
      remainingMs: info.remainingMs,
      turnSeconds: info.turnSeconds,
      seats: info.seats,
      debriefReleased: info.debriefReleased,
      hash: s.hash(),
      joinUrl: joinUrl(s.code),
    };
  };

  // What was not committed is not acknowledged: the answer says it was not saved (503), never that it was.
  const stored = async (): Promise<void> => {
    try {
      await hub.store.durable?.();
    } catch (e) {
      throw new StoreUnavailableError(e instanceof Error ? e.message : String(e));
    }
  };

  const api = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const method = req.method ?? 'GET';
    const parts = path.split('/').filter(Boolean).slice(1); // drop "api"
    const ip = clientIp(req);

    if (method === 'POST' && parts.length === 1 && parts[0] === 'sessions') {
      if (!creates.take(ip)) throw new HttpError(429, 'Too many sessions created from this address; wait a minute.');
      const parsed = createSessionSchema.safeParse(await readJson(req));
      if (!parsed.success) throw new HttpError(400, firstIssue(parsed.error));
      const r = hub.create(parsed.data);
      if (!r.ok) throw new HttpError(400, r.error);
      await options.onCreated(r.value.session);
      await stored(); // answered only once it is committed (storeTypes.ts)
      const body: CreateSessionResponse = {
        code: r.value.session.code,
        teacherKey: r.value.teacherKey,
        joinUrl: joinUrl(r.value.session.code),
      };
      send(res, 201, body);
      return;
    }

    if (method === 'POST' && parts.length === 1 && parts[0] === 'join') {
      if (!joins.take(ip)) throw new HttpError(429, 'Too many attempts to join; wait a minute.');
      const parsed = joinRequestSchema.safeParse(await readJson(req));
      if (!parsed.success) throw new HttpError(400, firstIssue(parsed.error));
      const session = hub.get(parsed.data.code);
      if (!session) throw new HttpError(404, 'No session has this code. Check it with your teacher.');
      const { seat, pin, name } = parsed.data;
      // A PIN has only 10 000 values: an address over its failure limit may not try one, right or wrong.
      if (pin !== undefined && options.limits.authFailuresPerMinute <= failures.used(ip))
        throw new HttpError(429, 'Too many failed attempts; wait a minute.');
      const r = session.join(parsed.data.team, { ...(seat ? { seat } : {}), ...(pin ? { pin } : {}), ...(name ? { member: name } : {}) });
      if (!r.ok) {
        if (r.reason === 'pin' && pin !== undefined && !failures.take(ip))
          throw new HttpError(429, 'Too many failed attempts; wait a minute.');
        throw new HttpError(r.reason === 'pin' ? 403 : 409, r.error);
      }
      await stored();
      const body: JoinResponse = {
        code: session.code,
        seat: r.value.seat,
        team: r.value.team,
        token: r.value.token,
        pin: r.value.pin,
        founded: r.value.founded,
      };
      send(res, 200, body);
      return;
    }

    if (method === 'GET' && parts.length === 2 && parts[0] === 'lobby') {
      if (!lobbies.take(ip)) throw new HttpError(429, 'Too many look-ups from this address; wait a minute.');
      const code = normalizeCode(parts[1] ?? '');
      const session = codeSchema.safeParse(code).success ? hub.get(code) : undefined;
      if (!session) throw new HttpError(404, 'No session has this code. Check it with your teacher.');
      const info = session.info();
      send(res, 200, {
        code,
        title: info.title,
        status: info.status,
        seats: Object.fromEntries(Object.entries(info.seats).map(([k, v]) => [k, { controller: v.controller, team: v.team }])),
      });
      return;
    }

    const course = { cohorts: options.cohorts, creates, failures, joinUrl, onCreated: options.onCreated, stored, teacherSession };
    if (await courseRoute(course, req, res, method, parts)) return;

    if (parts[0] === 'sessions' && parts.length >= 2) {
      const code = parts[1] ?? '';
      const rest = parts.slice(2).join('/');
      if (method === 'GET' && rest === 'debrief') {
        // Teams may read the debrief once the teacher has released it.
        const session = hub.get(normalizeCode(code));
        const key = bearer(req);
        if (session && key && !hub.isTeacher(session.code, key)) {
          const member = session.authenticate(key);
          if (!member) {
            if (!failures.take(ip)) throw new HttpError(429, 'Too many failed attempts; wait a minute.');
            throw new HttpError(403, 'This needs the session’s teacher key or a team’s token.');
          }
          if (!session.info().debriefReleased) throw new HttpError(403, 'The teacher has not opened the debrief yet.');
          // A letter the teacher hid stays out of what the teams get.
          const d = session.debrief();
          send(res, 200, {
            ...d,
            view: viewWithoutHidden(d.view),
            joinUrl: joinUrl(session.code),
            save: makeSave(saveWithoutHidden(session.save())),
          });
          return;
        }
        const s = teacherSession(req, code);
        if (s.status() !== 'ended') throw new HttpError(409, 'The debrief opens once the game is over.');
        send(res, 200, { ...s.debrief(), joinUrl: joinUrl(s.code), save: makeSave(s.save()) });
        return;
      }
      const session = teacherSession(req, code);
      if (method === 'GET' && rest === '') {
        send(res, 200, statusOf(session));
        return;
      }
      if (method === 'GET' && rest === 'save') {
        send(res, 200, makeSave(session.save()), {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="quiet-channel-${session.code}.json"`,
        });
        return;
      }
      if (method === 'POST' && rest === 'commands') {
        const parsed = teacherCommandSchema.safeParse(await readJson(req));
        if (!parsed.success) throw new HttpError(400, firstIssue(parsed.error));
        const ack = session.command(parsed.data);
        await stored();
        send(res, ack.ok ? 200 : 409, ack);
        return;
      }
    }
    throw new HttpError(404, 'No such API route.');
  };

  // The classroom pages live with their code under src/classroom/pages/ (the project's top level is
  // fixed); their short addresses are what teachers and students type.
  const PAGE_ALIASES: Readonly<Record<string, string>> = {
    '/teacher.html': '/src/classroom/pages/teacher.html',
    '/join.html': '/src/classroom/pages/join.html',
    '/debrief.html': '/src/classroom/pages/debrief.html',
    '/lab.html': '/src/classroom/pages/lab.html',
  };

  const serveStatic = (req: IncomingMessage, res: ServerResponse, path: string): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed.');
    let rel: string;
    try {
      rel = decodeURIComponent(path === '/' ? '/index.html' : (PAGE_ALIASES[path] ?? path));
    } catch {
      throw new HttpError(400, 'Bad path.');
    }
    if (rel.includes('\0')) throw new HttpError(400, 'Bad path.');
    const file = normalize(join(distRoot, rel));
    if (file !== distRoot && !file.startsWith(distRoot + sep)) throw new HttpError(403, 'Forbidden.');
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      if (rel === '/index.html') {
        send(res, 503, 'The game has not been built yet: run "npm run build", then restart the classroom server.');
        return;
      }
      throw new HttpError(404, 'Not found.');
    }
    const hashed = /[.-][A-Za-z0-9_-]{8,}\.(js|css|woff2?)$/.test(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(size),
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = path === '/api' || path.startsWith('/api/') ? api(req, res, path) : (async () => serveStatic(req, res, path))();
    work.catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // After a 413 the rest of the body is not read: the connection closes.
      if (e instanceof HttpError) send(res, e.status, { error: e.message }, e.status === 413 ? { connection: 'close' } : {});
      else if (e instanceof StoreUnavailableError) {
        console.error(`[classroom] not stored: ${e.message}`);
        send(res, 503, { error: STORE_DOWN });
      } else {
        console.error('[classroom] request failed:', e);
        send(res, 500, { error: 'The server failed to answer this request.' });
      }
    });
  };

  return { handle, noteAuthFailure: (ip) => failures.take(ip), joinUrl };
}
