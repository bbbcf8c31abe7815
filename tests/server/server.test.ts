/**
 * The classroom server on loopback with real WebSocket clients (the Colyseus SDK, as the browser
 * uses it): full games, a client killed mid-turn, pause, the teacher's view and the API.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as SdkClient } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { SEATS, type Seat } from '../../src/model/types';
import { connectTeacher, connectTeam, type NetGameClient } from '../../src/net/client';
import { joinSession } from '../../src/net/api';
import { runBotTeam } from '../../src/net/botTeam';
import { RECORD_FIELDS, type CreateSessionResponse, type JoinResponse } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { api, until } from './helpers';

let server: ClassroomServer;

beforeAll(async () => {
  server = await startClassroomServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'qc-server-')), log: () => {} });
});
afterAll(async () => {
  await server?.close();
});

async function create(seats: Record<Seat, string>, extra: Record<string, unknown> = {}): Promise<CreateSessionResponse> {
  const r = await api<CreateSessionResponse>(`${server.url}/api/sessions`, { json: { seats, turnSeconds: 0, seed: 11, ...extra } });
  expect(r.status).toBe(201);
  return r.body;
}

async function joinTeam(code: string, team: string, seat?: Seat): Promise<{ join: JoinResponse; client: NetGameClient }> {
  const j = await joinSession(server.url, code, team, seat);
  if (!j.ok) throw new Error(j.error);
  const c = await connectTeam({ baseUrl: server.url, code, token: j.value.token, seat: j.value.seat });
  if (!c.ok) throw new Error(c.error);
  return { join: j.value, client: c.value };
}

describe('the classroom server', () => {
  it('answers the API: create, status and save need the teacher key; codes are 6 unambiguous characters', async () => {
    const s = await create({ us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' });
    expect(s.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(Buffer.from(s.teacherKey, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(s.joinUrl).toBe(`${server.url}/join.html?code=${s.code}`);
    expect((await api(`${server.url}/api/sessions/${s.code}`)).status).toBe(403);
    expect((await api(`${server.url}/api/sessions/${s.code}/save`, { key: 'x'.repeat(43) })).status).toBe(403);
    const st = await api<{ status: string; ending: string | null; turn: number }>(`${server.url}/api/sessions/${s.code}`, {
      key: s.teacherKey,
    });
    expect(st.status).toBe(200);
    expect(st.body).toMatchObject({ status: 'lobby', ending: null, turn: 1 });
    const save = await api(`${server.url}/api/sessions/${s.code}/save`, { key: s.teacherKey });
    expect(parseSave(save.text).ok).toBe(true);
    expect((await api(`${server.url}/api/sessions`, { json: { seats: { us: 'human', dprk: 'bot:nobody', rok: 'human' } } })).status).toBe(
      400,
    );
  });

  it('three teams and a teacher play a whole game; the save replays to the same hash', async () => {
    const s = await create({ us: 'human', dprk: 'human', rok: 'human' });
    const teacher = await connectTeacher({ baseUrl: server.url, code: s.code, teacherKey: s.teacherKey });
    if (!teacher.ok) throw new Error(teacher.error);
    const teams = await Promise.all(SEATS.map((seat) => joinTeam(s.code, `Team ${seat}`, seat)));
    const acks: { ok: boolean; ms: number }[] = [];
    const finals = await Promise.all(
      teams.map(({ client }) => runBotTeam(client, { bot: 'dealmaker', onAck: (a, ms) => acks.push({ ok: a.ok, ms }) })),
    );
    for (const [i, v] of finals.entries()) {
      expect(v?.ending).not.toBeNull();
      expect(v?.seat).toBe(SEATS[i]);
    }
    expect(acks.every((a) => a.ok)).toBe(true);
    const state = await until(() => {
      const t = teacher.value.getState();
      return t && t.session.status === 'ended' ? t : null;
    });
    expect(state.view.ending).toBe(finals[0]?.ending);
    // Within a month the record (moves, changes, news, history, cards, table) stays off the wire; each team's
    // view, pieced together from whole and record-less messages, ends with the whole record.
    for (const { client } of teams) {
      const view = client.getView()!;
      expect(view.history.length).toBeGreaterThan(0);
      for (const f of RECORD_FIELDS) if (f !== 'table') expect(view[f]).toEqual(state.view[f]);
      // The table is the seat's own (its values of the terms); its offers, all shown once the game is over, are the teacher's.
      expect(view.table?.offers).toEqual(state.view.table?.offers);
      expect(view.table?.terms.some((t) => t.value !== 0)).toBe(true);
    }
    const status = await api<{ ending: string; hash: string; actions: number }>(`${server.url}/api/sessions/${s.code}`, {
      key: s.teacherKey,
    });
    expect(status.body.ending).toBe(finals[0]?.ending);
    const saveText = (await api(`${server.url}/api/sessions/${s.code}/save`, { key: s.teacherKey })).text;
    const parsed = parseSave(saveText);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.actions.length).toBe(status.body.actions);
    expect(parsed.value.actions.length).toBe(acks.length);
    const replay = replaySave(parsed.value, { verify: true });
    expect(replay.ok && replay.hash).toBe(status.body.hash);
    const debrief = await api<{ view: { results: unknown } }>(`${server.url}/api/sessions/${s.code}/debrief`, { key: s.teacherKey });
    expect(debrief.status).toBe(200);
    expect(debrief.body.view.results).not.toBeNull();
    // Teams read the debrief only once the teacher releases it.
    const token = teams[0]!.join.token;
    expect((await api(`${server.url}/api/sessions/${s.code}/debrief`, { key: token })).status).toBe(403);
    expect((await teacher.value.command({ action: 'debrief' })).ok).toBe(true);
    expect((await api(`${server.url}/api/sessions/${s.code}/debrief`, { key: token })).status).toBe(200);
    teacher.value.dispose();
    for (const t of teams) t.client.dispose();
  });

  it('rejects moves while paused and accepts them after the teacher resumes', async () => {
    const s = await create({ us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' });
    const teacher = await connectTeacher({ baseUrl: server.url, code: s.code, teacherKey: s.teacherKey });
    if (!teacher.ok) throw new Error(teacher.error);
    const { client } = await joinTeam(s.code, 'Eagles');
    await until(() => client.getSession()?.status === 'playing');
    expect((await teacher.value.command({ action: 'pause' })).ok).toBe(true);
    await until(() => client.getSession()?.status === 'paused');
    const move = client.getView()!.legal[0]!.id;
    expect(await client.send({ type: 'move.play', move })).toEqual({ ok: false, error: 'The game is paused.' });
    expect(client.getView()!.pending).toBeNull();
    // A team cannot use teacher commands.
    const forged = await client.connection.request('teacher', { action: 'resume' });
    expect(forged).toMatchObject({ ok: false, error: 'Only the teacher can do this.' });
    expect((await teacher.value.command({ action: 'resume' })).ok).toBe(true);
    expect(await client.send({ type: 'move.play', move })).toEqual({ ok: true, value: undefined });
    expect(client.getView()!.turn).toBe(2);
    teacher.value.dispose();
    client.dispose();
  });

  it('a client killed mid-turn rejoins the same seat and its action is applied once', async () => {
    const s = await create({ us: 'human', dprk: 'human', rok: 'bot:dove' });
    const j = await joinSession(server.url, s.code, 'Owls', 'dprk');
    if (!j.ok) throw new Error(j.error);
    await joinSession(server.url, s.code, 'Eagles', 'us');
    // A raw SDK client sends its move and dies before it can read the answer.
    const sdk = new SdkClient(server.url);
    const room = await sdk.joinById(s.code, { token: j.value.token });
    let view: { legal: { id: string }[]; turn: number } | null = null;
    // The first message is the whole view; the ones after it may leave out what it holds.
    // A state travels as JSON text (src/net/states.ts `stateText`).
    room.onMessage('state', (m: string) => (view ??= (JSON.parse(m) as { view: typeof view }).view));
    room.onMessage('*', () => {});
    await until(() => view);
    const move = view!.legal[0]!.id;
    const id = 'kill-mid-turn-0001';
    room.send('intent', { id, type: 'move.play', move, reason: 'before the crash' });
    await until(
      async () => (await api<{ actions: number }>(`${server.url}/api/sessions/${s.code}`, { key: s.teacherKey })).body.actions === 2,
    );
    (room.connection as unknown as { transport: { ws: { terminate?: () => void; close: () => void } } }).transport.ws.terminate?.();
    // The same student comes back (a refresh: same token, new connection) and sends again.
    const again = await connectTeam({ baseUrl: server.url, code: s.code, token: j.value.token, seat: 'dprk' });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.seat).toBe('dprk');
    const ack = await again.value.connection.request('intent', { id, type: 'move.play', move, reason: 'before the crash' });
    expect(ack).toEqual({ id, ok: true, duplicate: true });
    const status = await api<{ actions: number }>(`${server.url}/api/sessions/${s.code}`, { key: s.teacherKey });
    const save = parseSave((await api(`${server.url}/api/sessions/${s.code}/save`, { key: s.teacherKey })).text);
    if (!save.ok) throw new Error(save.error);
    expect(save.value.actions.filter((a) => a.seat === 'dprk')).toEqual([{ turn: 1, seat: 'dprk', move, reason: 'before the crash' }]);
    expect(status.body.actions).toBe(2); // the bot's and dprk's
    expect(again.value.getView()?.pending?.move).toBe(move);
    again.value.dispose();
  });

  it('a team sees its seat only; the teacher sees sealed moves', async () => {
    const s = await create({ us: 'human', dprk: 'human', rok: 'bot:dove' });
    const teacher = await connectTeacher({ baseUrl: server.url, code: s.code, teacherKey: s.teacherKey });
    if (!teacher.ok) throw new Error(teacher.error);
    const a = await joinTeam(s.code, 'A', 'us');
    const b = await joinTeam(s.code, 'B', 'dprk');
    await until(() => a.client.getSession()?.status === 'playing');
    expect((await a.client.send({ type: 'move.play', move: 'us.sendEnvoy', reason: 'secret reason' })).ok).toBe(true);
    await until(() => teacher.value.getState()?.sealed.us);
    expect(teacher.value.getState()!.sealed.us).toEqual({ move: 'us.sendEnvoy', reason: 'secret reason' });
    await until(() => b.client.getSession()?.seats.us.committed);
    expect(JSON.stringify(b.client.getView())).not.toContain('us.sendEnvoy');
    expect(JSON.stringify(b.client.getSession())).not.toContain('secret reason');
    for (const c of [a.client, b.client, teacher.value]) c.dispose();
  });

  it('a state the page cannot read is dropped and asked for again: the team keeps its view and gets the whole state', async () => {
    const s = await create({ us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' });
    const { client } = await joinTeam(s.code, 'A', 'us');
    await until(() => client.getView());
    const shown = client.getView();
    const states: unknown[] = [];
    client.connection.onMessage((type, payload) => type === 'state' && states.push(payload));
    // As if the server's text had been cut on the way (the SDK hands the client what it decoded).
    const text = JSON.stringify({ seat: 'us', view: shown, record: 0 });
    (client.connection as unknown as { receive(type: string, payload: unknown): void }).receive('state', text.slice(0, 200));
    expect(client.connection.error()).toMatch(/could not read/);
    expect(client.getView()).toBe(shown);
    expect(states).toEqual([]);
    // The resync's answer: the whole view again, the same game.
    await until(() => states.length > 0);
    expect((states[0] as { view: { turn: number; recordTail?: unknown } }).view.turn).toBe(shown!.turn);
    expect(states[0]).not.toHaveProperty('recordTail');
    expect(client.getView()).toEqual(shown);
    client.dispose();
  });
});
