/**
 * Abuse on loopback: guessing codes, bad keys, oversized and malformed messages, hostile team
 * names, and an exception inside one session. The server must refuse each and keep serving.
 */
import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as SdkClient } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTeam, connectTeacher } from '../../src/net/client';
import type { CreateSessionResponse, JoinResponse } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { api, until } from './helpers';

let server: ClassroomServer;
beforeAll(async () => {
  server = await startClassroomServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'qc-security-')),
    log: () => {},
    limits: { joinPerMinute: 12, authFailuresPerMinute: 6 },
  });
});
afterAll(async () => {
  await server?.close();
});

const create = async () =>
  (
    await api<CreateSessionResponse>(`${server.url}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'bot:hawk', rok: 'human' }, seed: 3 },
    })
  ).body;

describe('classroom security', () => {
  it('validates bodies: size cap, team names of at most 40 characters, stored and returned as plain text', async () => {
    const s = await create();
    expect((await api(`${server.url}/api/join`, { json: { code: s.code, team: 'x'.repeat(41) } })).status).toBe(400);
    expect((await api(`${server.url}/api/join`, { json: { code: s.code, team: '   ' } })).status).toBe(400);
    expect((await api(`${server.url}/api/join`, { json: { code: s.code, team: 'ok', extra: 1 } })).status).toBe(400);
    const big = await api(`${server.url}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, title: 'x'.repeat(5000) },
    });
    expect(big.status).toBe(413);
    const html = '<img src=x onerror=alert(1)>';
    const j = await api<JoinResponse>(`${server.url}/api/join`, { json: { code: s.code.toLowerCase(), team: html } });
    expect(j.status).toBe(200);
    expect(j.body.team).toBe(html);
    const lobby = await api<{ seats: { us: { team: string } } }>(`${server.url}/api/lobby/${s.code}`);
    expect(lobby.body.seats.us.team).toBe(html);
    expect((await api(`${server.url}/../package.json`)).status).toBeGreaterThanOrEqual(400);
    const raw = await new Promise<{ status: number; body: string }>((resolve) => {
      get(`${server.url}/%2e%2e/%2e%2e/package.json`, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
    });
    expect([403, 404]).toContain(raw.status);
    expect(raw.body).not.toContain('quiet-channel');
  });

  it('refuses wrong teacher keys and team tokens, and limits failed attempts per address', async () => {
    const s = await create();
    const bad = await connectTeacher({ baseUrl: server.url, code: s.code, teacherKey: 'A'.repeat(43) });
    expect(bad.ok).toBe(false);
    const badTeam = await connectTeam({ baseUrl: server.url, code: s.code, token: 'B'.repeat(32), seat: 'us' });
    expect(badTeam.ok).toBe(false);
    let limited = false;
    for (let i = 0; i < 10 && !limited; i++)
      limited = (await api(`${server.url}/api/sessions/${s.code}`, { key: `wrong-key-${i}` })).status === 429;
    expect(limited).toBe(true);
  });

  it('rate-limits join attempts (guessing codes)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await api(`${server.url}/api/join`, { json: { code: 'ZZZZZ2', team: 'guess' } })).status);
    expect(statuses).toContain(404);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('messages on the room', () => {
  it('answers malformed and unknown messages with an error and drops a client that sends more than 4 KB', async () => {
    const s = await create();
    // Joins come from the same address as the limits above; this server allows 12 a minute.
    await new Promise((r) => setTimeout(r, 0));
    const teacher = await connectTeacher({ baseUrl: server.url, code: s.code, teacherKey: s.teacherKey });
    if (!teacher.ok) throw new Error(teacher.error);
    const conn = teacher.value.connection;
    expect(await conn.request('teacher', { action: 'fly' })).toMatchObject({ ok: false });
    expect(await conn.request('teacher', { action: 'inject', event: '<script>' })).toMatchObject({ ok: false });
    expect(await conn.request('nonsense', { x: 1 })).toMatchObject({ ok: false, error: 'Unknown message type "nonsense".' });
    expect(await conn.request('intent', { type: 'move.play', move: 'us.hold' })).toMatchObject({
      ok: false,
      error: 'Only a team can play a move.',
    });

    const sdk = new SdkClient(server.url);
    const room = await sdk.joinById(s.code, { teacherKey: s.teacherKey });
    room.onMessage('*', () => {});
    const closed = new Promise<number>((resolve) => room.onLeave((code: number) => resolve(code)));
    room.reconnection.enabled = false;
    room.send('teacher', { id: 'big-message-01', action: 'inject', event: 'x'.repeat(5000) });
    expect(await closed).toBe(1009);
    // The server still works.
    expect((await conn.request('teacher', { action: 'start' })).ok).toBe(true);
    teacher.value.dispose();
  });

  it('an exception inside one session is caught by the room and the server keeps serving', async () => {
    const a = await create();
    const b = await create();
    const session = server.hub.get(a.code)!;
    session.command = () => {
      throw new Error('boom (deliberate)');
    };
    const teacherA = await connectTeacher({ baseUrl: server.url, code: a.code, teacherKey: a.teacherKey, giveUpMs: 1500 });
    if (!teacherA.ok) throw new Error(teacherA.error);
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const r = await teacherA.value.command({ action: 'pause' });
    console.error = orig;
    expect(r.ok).toBe(false);
    expect(JSON.stringify(errors)).toContain('onMessage failed');
    const teacherB = await connectTeacher({ baseUrl: server.url, code: b.code, teacherKey: b.teacherKey });
    if (!teacherB.ok) throw new Error(teacherB.error);
    expect((await teacherB.value.command({ action: 'start' })).ok).toBe(true);
    await until(() => teacherB.value.getState()?.session.status === 'playing');
    teacherA.value.dispose();
    teacherB.value.dispose();
  });
});
