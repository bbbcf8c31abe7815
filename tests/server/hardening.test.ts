/**
 * Issue 13, defects 2–6, against a real server on loopback: a seat cannot be taken over with a
 * team's name; the matchmaking call answers alike for unknown and known codes, is rate-limited
 * and capped like the API; every POST route caps and types its body; pages of other origins are
 * refused; every response carries the security headers; ended sessions expire while their log
 * stays; and each rate limit is its own, sized for a class behind one address.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTeacher } from '../../src/net/client';
import type { CreateSessionResponse, JoinResponse } from '../../src/net/protocol';
import { NOT_VALID } from '../../src/server/front';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { api, until } from './helpers';

const OTHER_ORIGIN = 'http://localhost:5173';
let server: ClassroomServer;
beforeAll(async () => {
  server = await startClassroomServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'qc-hardening-')),
    distDir: mkdtempSync(join(tmpdir(), 'qc-nodist-')),
    log: () => {},
    limits: { lobbyPerMinute: 200, joinPerMinute: 60, connectPerMinute: 40, authFailuresPerMinute: 30 },
    allowedOrigins: [OTHER_ORIGIN],
    expiry: { endedMs: 300, sweepMs: 50 },
  });
});
afterAll(async () => {
  await server?.close();
});

const create = async (seats: Record<string, string> = { us: 'human', dprk: 'human', rok: 'bot:dove' }) =>
  (await api<CreateSessionResponse>(`${server.url}/api/sessions`, { json: { seats, seed: 5 } })).body;

/** A raw request, so that headers, bodies and declared lengths are exactly what a hostile client sends. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('a seat cannot be taken over with a team name (defect 2)', () => {
  it('the name in any letter case is not enough: the team PIN is, and the console shows who joined', async () => {
    const s = await create();
    const owls = await api<JoinResponse>(`${server.url}/api/join`, { json: { code: s.code, team: 'Owls', name: 'Ada' } });
    expect(owls.status).toBe(200);
    expect(owls.body).toMatchObject({ seat: 'us', founded: true, pin: expect.stringMatching(/^\d{4}$/) });
    // The attacker knows the name (the lobby lists it) but not the PIN.
    for (const attempt of [{ team: 'OWLS' }, { team: 'owls', pin: owls.body.pin === '0000' ? '0001' : '0000' }]) {
      const r = await api<{ error: string; token?: string }>(`${server.url}/api/join`, { json: { code: s.code, ...attempt } });
      expect(r.status).toBe(403);
      expect(r.body.token).toBeUndefined();
      expect(r.text).not.toContain(owls.body.pin);
    }
    const mate = await api<JoinResponse>(`${server.url}/api/join`, {
      json: { code: s.code, team: ' owls ', pin: owls.body.pin, name: 'Grace' },
    });
    expect(mate.status).toBe(200);
    expect(mate.body).toMatchObject({ seat: 'us', team: 'Owls', founded: false });
    const teacher = await connectTeacher({ baseUrl: server.url, code: s.code, teacherKey: s.teacherKey });
    if (!teacher.ok) throw new Error(teacher.error);
    const roster = await until(() => teacher.value.getState()?.teams?.us);
    expect(roster.pin).toBe(owls.body.pin);
    expect(roster.members.map((m) => m.name)).toEqual(['Ada', 'Grace']);
    teacher.value.dispose();
  });
});

describe('matchmaking (defects 2 and 3)', () => {
  it('answers an unknown code and a known code with a wrong token alike', async () => {
    const s = await create();
    const body = JSON.stringify({ token: 'C'.repeat(32) });
    const headers = { 'content-type': 'application/json' };
    const unknown = await raw('POST', '/matchmake/joinById/ZZZZZ2', headers, body);
    const known = await raw('POST', `/matchmake/joinById/${s.code}`, headers, body);
    const teacherWrong = await raw('POST', `/matchmake/joinById/${s.code}`, headers, JSON.stringify({ teacherKey: 'D'.repeat(43) }));
    expect(unknown.status).toBe(403);
    expect(known.status).toBe(403);
    expect(teacherWrong.status).toBe(403);
    expect(known.text).toBe(unknown.text);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: NOT_VALID });
    // The right key gets a seat reservation.
    const ok = await raw('POST', `/matchmake/joinById/${s.code}`, headers, JSON.stringify({ teacherKey: s.teacherKey }));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ roomId: s.code, sessionId: expect.any(String) });
  });

  it('refuses malformed JSON with a clear 400, other matchmaking methods with a 404', async () => {
    const bad = await raw('POST', '/matchmake/joinById/ABCDEF', { 'content-type': 'application/json' }, '{"token":');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatch(/not valid JSON/);
    for (const m of ['joinOrCreate', 'create', 'join', 'reconnect']) {
      const r = await raw('POST', `/matchmake/${m}/quiet`, { 'content-type': 'application/json' }, '{}');
      expect(r.status).toBe(404);
    }
  });
});

describe('bodies on every route (defect 3)', () => {
  const routes = async (): Promise<{ path: string; headers: Record<string, string> }[]> => {
    const s = await create();
    return [
      { path: '/api/sessions', headers: {} },
      { path: '/api/join', headers: {} },
      { path: `/api/sessions/${s.code}/commands`, headers: { authorization: `Bearer ${s.teacherKey}` } },
      { path: `/matchmake/joinById/${s.code}`, headers: {} },
    ];
  };

  it('refuses a body over 4 KB (sent or only declared) with 413, and a non-JSON body with 415', async () => {
    for (const r of await routes()) {
      const big = await raw(
        'POST',
        r.path,
        { ...r.headers, 'content-type': 'application/json' },
        JSON.stringify({ x: 'y'.repeat(64 * 1024) }),
      );
      expect(big.status, r.path).toBe(413);
      const declared = await raw('POST', r.path, {
        ...r.headers,
        'content-type': 'application/json',
        'content-length': String(32 * 1024 * 1024),
      });
      expect(declared.status, r.path).toBe(413);
      const text = await raw('POST', r.path, { ...r.headers, 'content-type': 'text/plain' }, '{"seats":{}}');
      expect(text.status, r.path).toBe(415);
      expect(JSON.parse(text.text).error).toMatch(/JSON/);
    }
  });
});

describe('other origins and security headers (defects 4 and 5)', () => {
  it('refuses API and matchmaking calls from another web site, without CORS headers', async () => {
    const s = await create();
    const evil = { origin: 'http://evil.example', 'content-type': 'application/json' };
    const calls = [
      raw('POST', '/api/sessions', evil, JSON.stringify({ seats: { us: 'human', dprk: 'human', rok: 'human' } })),
      raw('POST', '/api/join', evil, JSON.stringify({ code: s.code, team: 'Spies' })),
      raw('GET', `/api/lobby/${s.code}`, evil),
      raw('POST', `/matchmake/joinById/${s.code}`, evil, JSON.stringify({ teacherKey: s.teacherKey })),
      raw('OPTIONS', '/api/join', { ...evil, 'access-control-request-method': 'POST' }),
    ];
    for (const r of await Promise.all(calls)) {
      expect(r.status).toBe(403);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
      expect(r.headers['access-control-allow-credentials']).toBeUndefined();
    }
    expect((await api<{ seats: { us: { team: string | null } } }>(`${server.url}/api/lobby/${s.code}`)).body.seats.us.team).toBeNull();
  });

  it("lets the server's own pages and a deliberately allowed origin in", async () => {
    const s = await create();
    const own = await raw('GET', `/api/lobby/${s.code}`, { origin: server.url });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await raw('GET', `/api/lobby/${s.code}`, { origin: OTHER_ORIGIN });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(OTHER_ORIGIN);
    const preflight = await raw('OPTIONS', '/api/join', { origin: OTHER_ORIGIN, 'access-control-request-method': 'POST' });
    expect(preflight.status).toBe(204);
  });

  it('sends CSP with frame-ancestors none, nosniff and no-referrer on pages, API and matchmaking answers', async () => {
    for (const [method, path] of [
      ['GET', '/teacher.html'],
      ['GET', '/api/lobby/ZZZZZ2'],
      ['POST', '/matchmake/joinById/ZZZZZ2'],
      ['GET', '/nothing-here'],
    ] as const) {
      const r = await raw(method, path, { 'content-type': 'application/json' }, method === 'POST' ? '{}' : '');
      expect(String(r.headers['content-security-policy']), path).toContain("frame-ancestors 'none'");
      expect(String(r.headers['content-security-policy']), path).toContain("default-src 'self'");
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
      expect(r.headers['referrer-policy'], path).toBe('no-referrer');
      expect(r.headers['x-frame-options'], path).toBe('DENY');
    }
  });
});

describe('expiry (defect 2)', () => {
  it('an ended session leaves the server after its time; its log stays in the store', async () => {
    const s = await create({ us: 'bot:hawk', dprk: 'bot:dove', rok: 'human' });
    expect(
      (await api(`${server.url}/api/sessions/${s.code}/commands`, { key: s.teacherKey, json: { id: 'end-now-0001', action: 'end' } }))
        .status,
    ).toBe(200);
    await until(
      async () => (await api(`${server.url}/api/sessions/${s.code}`, { key: s.teacherKey })).status === 404,
      5000,
      'the session to expire',
    );
    expect(server.hub.get(s.code)).toBeUndefined();
    expect(server.hub.store.log(s.code).some((e) => e.kind === 'end')).toBe(true);
    const r = await raw(
      'POST',
      `/matchmake/joinById/${s.code}`,
      { 'content-type': 'application/json' },
      JSON.stringify({ teacherKey: s.teacherKey }),
    );
    expect(r.status).toBe(403);
  });
});

describe('rate limits (defect 6)', () => {
  it('the lobby and joins count separately: a class looking up the lobby does not lock out its joins', async () => {
    const s = await create({ us: 'human', dprk: 'human', rok: 'human' });
    for (let i = 0; i < 90; i++) expect((await api(`${server.url}/api/lobby/${s.code}`)).status).toBe(200);
    expect((await api(`${server.url}/api/join`, { json: { code: s.code, team: 'After the lobby' } })).status).toBe(200);
  });

  it('room connections have their own limit', async () => {
    const s = await create();
    const statuses: number[] = [];
    const body = JSON.stringify({ teacherKey: s.teacherKey });
    for (let i = 0; i < 45; i++)
      statuses.push((await raw('POST', `/matchmake/joinById/${s.code}`, { 'content-type': 'application/json' }, body)).status);
    expect(statuses[0]).toBe(200);
    expect(statuses.at(-1)).toBe(429);
  });
});
