/**
 * The classroom server on a real PostgreSQL server that goes away and comes back
 * (src/server/recovery.ts): while it is down, new moves, commands and sessions are refused with a
 * clear message and nothing unstored is acknowledged; once it is back, the server rebuilds its
 * sessions from the database's log by itself, the team and the teacher reconnect on their own, the
 * move that was never acknowledged is sent again and applied exactly once, and the session's save
 * replays to the hash the server reports.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { joinSession } from '../../src/net/api';
import { connectTeacher, connectTeam } from '../../src/net/client';
import type { CreateSessionResponse } from '../../src/net/protocol';
import { STORE_DOWN } from '../../src/server/http';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { openStore } from '../../src/server/store';
import { api, until } from './helpers';
import { PG_MISSING, pgBinaries, startPgServer, type PgServer } from './pgServer';

const havePg = pgBinaries() !== null;
if (!havePg) console.warn(PG_MISSING);

let pg: PgServer | null = null;
let server: ClassroomServer | null = null;
const lines: string[] = [];

beforeAll(async () => {
  if (havePg) pg = await startPgServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
  pg?.stop();
});

describe.skipIf(!havePg)('the classroom server when PostgreSQL goes away and comes back', () => {
  it('refuses with a message while it is down, then rebuilds its sessions and takes the unacknowledged move once', async () => {
    const url = pg!.createDatabase('recovery');
    server = await startClassroomServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'qc-recovery-')),
      storeUrl: url,
      storeRetryMs: 200,
      botWorkers: 0,
      log: (l) => lines.push(l),
    });
    const base = server.url;
    const created = await api<CreateSessionResponse>(`${base}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' }, turnSeconds: 0, seed: 5 },
    });
    expect(created.status).toBe(201);
    const { code, teacherKey } = created.body;
    const teacher = await connectTeacher({ baseUrl: base, code, teacherKey });
    if (!teacher.ok) throw new Error(teacher.error);
    const joined = await joinSession(base, code, 'Eagles', 'us');
    if (!joined.ok) throw new Error(joined.error);
    const team = await connectTeam({ baseUrl: base, code, token: joined.value.token, seat: 'us' });
    if (!team.ok) throw new Error(team.error);
    const client = team.value;
    await until(() => client.getSession()?.status === 'playing');
    expect(await client.send({ type: 'move.play', move: client.getView()!.legal[0]!.id })).toEqual({ ok: true, value: undefined });
    await until(() => client.getView()?.turn === 2);

    pg!.halt();
    // Taken in memory, but its commit fails: the team hears that nothing of it was saved.
    const move2 = client.getView()!.legal[0]!.id;
    expect(await client.send({ type: 'move.play', move: move2 })).toEqual({ ok: false, error: STORE_DOWN });
    await until(() => server!.storeDown, 20_000, 'the server to notice the database is gone');
    expect(lines.some((l) => /database could not commit/.test(l))).toBe(true);
    // Everything after it is refused with the same message, and nothing is acknowledged.
    const refusedCreate = await api(`${base}/api/sessions`, { json: { seats: { us: 'human', dprk: 'human', rok: 'human' } } });
    expect(refusedCreate.status).toBe(503);
    expect(refusedCreate.body).toEqual({ error: STORE_DOWN });
    expect(await teacher.value.command({ action: 'pause' })).toMatchObject({ ok: false, error: STORE_DOWN });
    expect(await client.send({ type: 'move.play', move: move2 })).toEqual({ ok: false, error: STORE_DOWN });

    pg!.resume();
    await server.storeBack();
    expect(server.storeDown).toBe(false);
    expect(lines.some((l) => /database is back after .* 1 session\(s\) rebuilt/.test(l))).toBe(true);
    // The team and the teacher rejoin by themselves; the month is still open, and the move is taken now, once.
    await until(
      () => client.connection.connectionStatus() === 'open' && client.getView()?.turn === 2 && client.getView()?.pending === null,
      20_000,
      'the team to rejoin',
    );
    expect(await client.send({ type: 'move.play', move: move2 })).toEqual({ ok: true, value: undefined });
    await until(() => client.getView()?.turn === 3, 20_000, 'month 2 to resolve');
    await until(() => teacher.value.getState()?.view.turn === 3, 20_000, 'the teacher to see month 3');
    expect(teacher.value.getState()!.session.status).toBe('playing');

    // What the database holds: one play of Washington's a month, and the save replays to the server's hash.
    const reader = await openStore({ dataDir: '', storeUrl: url, onLost: () => {} });
    const plays = reader.log(code).filter((e) => e.kind === 'play' && e.seat === 'us');
    await reader.close();
    expect(plays.map((e) => (e.kind === 'play' ? e.turn : 0))).toEqual([1, 2]);
    const status = await api<{ hash: string }>(`${base}/api/sessions/${code}`, { key: teacherKey });
    const save = parseSave((await api(`${base}/api/sessions/${code}/save`, { key: teacherKey })).text);
    if (!save.ok) throw new Error(save.error);
    const replay = replaySave(save.value, { verify: true });
    expect(replay.ok && replay.hash).toBe(status.body.hash);
    teacher.value.dispose();
    client.dispose();
  }, 120_000);
});
