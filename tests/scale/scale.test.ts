/**
 * Several classroom processes (src/server/cluster.ts) on real servers from Debian's packages:
 * redis-server, PostgreSQL and nginx (deploy/quiet-channel-cluster.nginx.conf), each on loopback
 * ports in a temporary folder, and three classroom processes behind nginx (harness.ts). Sessions
 * made through one process are joined and played through the others; a process killed with
 * kill -9 mid-game, a Redis restart and a PostgreSQL restart lose nothing acknowledged and apply
 * nothing twice; the Colyseus pitfalls that apply (a room made twice, a listing removed while its
 * process lives, presence channels after Redis comes back) are checked; a teacher key or a team
 * token works through every process and nowhere else. `npm run test:scale`; skipped with a
 * message when a server program is not installed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import type { PlayerView } from '../../src/model/view';
import { SEATS } from '../../src/model/types';
import { joinSession } from '../../src/net/api';
import { runBotTeam } from '../../src/net/botTeam';
import { connectTeacher, connectTeam, type NetGameClient } from '../../src/net/client';
import type { CohortReport, CreateCohortResponse } from '../../src/net/course';
import type { CreateSessionResponse } from '../../src/net/protocol';
import { startClassroomServer } from '../../src/server/server';
import { api, until } from '../server/helpers';
import { missing, startCluster, type Cluster } from './harness';

const why = missing();
if (why) console.warn(why);

let c: Cluster;
const opened: { dispose(): void }[] = [];

beforeAll(async () => {
  if (!why) c = await startCluster(3);
}, 240_000);
afterAll(async () => {
  for (const o of opened) o.dispose();
  await c?.stop();
}, 60_000);

type Acked = { seat: string; turn: number; move: string };

async function create(through: string, seed: number, maxTurns = 10): Promise<CreateSessionResponse> {
  const r = await api<CreateSessionResponse>(`${through}/api/sessions`, {
    json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, turnSeconds: 0, seed, maxTurns },
  });
  expect(r.status).toBe(201);
  return r.body;
}

/** A seat reserved in `code`'s room through `base` with a team token (the matchmaking call a team's client makes). */
const reserveSeat = (base: string, code: string, token: string) =>
  fetch(`${base}/matchmake/joinById/${code}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });

/** Three bot teams joined through `joinVia`, connected through nginx, playing; and the teacher's console. */
async function play(s: CreateSessionResponse, joinVia: string, think: [number, number] = [30, 90]) {
  const clients: NetGameClient[] = [];
  for (const seat of SEATS) {
    const j = await joinSession(joinVia, s.code, `Team ${seat}`, seat);
    if (!j.ok) throw new Error(j.error);
    const t = await connectTeam({ baseUrl: c.front, code: s.code, token: j.value.token, seat, resendMs: 1000 });
    if (!t.ok) throw new Error(t.error);
    clients.push(t.value);
    opened.push(t.value);
  }
  const teacher = await connectTeacher({ baseUrl: c.front, code: s.code, teacherKey: s.teacherKey });
  if (!teacher.ok) throw new Error(teacher.error);
  opened.push(teacher.value);
  const acked: Acked[] = [];
  const refused: string[] = [];
  const games = clients.map((t) =>
    runBotTeam(t, {
      bot: 'dealmaker',
      thinkMs: () => think[0] + Math.floor(Math.random() * (think[1] - think[0])),
      onAck: (a) => (a.ok ? acked.push({ seat: t.seat, turn: a.turn, move: a.move }) : refused.push(a.error ?? '')),
    }),
  );
  return { clients, teacher: teacher.value, acked, refused, games };
}

/** The game's end: every team's record is the teacher's, every acknowledged move is in the save once, and the save verifies. */
async function finish(s: CreateSessionResponse, g: Awaited<ReturnType<typeof play>>, finals: (PlayerView | null)[]) {
  expect(finals.every((v) => v !== null && v.ending !== null)).toBe(true);
  const teacher = g.teacher;
  await until(() => teacher.getState()?.session.status === 'ended', 30_000, 'the teacher to see the end');
  const record = teacher.getState()!.view;
  for (const v of finals) {
    expect(v!.history).toEqual(record.history);
    expect(v!.moves).toEqual(record.moves);
  }
  const save = parseSave((await api(`${c.front}/api/sessions/${s.code}/save`, { key: s.teacherKey })).text);
  if (!save.ok) throw new Error(save.error);
  const key = (a: Acked) => `${a.turn}/${a.seat}/${a.move}`;
  const saved = save.value.actions.map(key);
  expect(new Set(saved).size).toBe(saved.length); // nothing twice
  for (const a of g.acked) expect(saved).toContain(key(a)); // nothing acknowledged lost
  const status = await api<{ hash: string }>(`${c.front}/api/sessions/${s.code}`, { key: s.teacherKey });
  const replay = replaySave(save.value, { verify: true });
  expect(replay.ok && replay.hash).toBe(status.body.hash);
}

describe.skipIf(why !== null)('several classroom processes behind nginx', () => {
  it('a session created through one process is hosted there, joined through another and played to the end through nginx', async () => {
    const [a, b] = c.procs;
    const s = await create(a!.url, 11, 6);
    expect(c.host(s.code)?.port).toBe(a!.port); // its room opened where it was made, on no other process
    const lobby = await api<{ code: string }>(`${b!.url}/api/lobby/${s.code}`);
    expect(lobby.status).toBe(200);
    // A code as a student types it (lower case, a dash) finds the session through any process.
    const typed = `${s.code.slice(0, 3).toLowerCase()}-${s.code.slice(3).toLowerCase()}`;
    expect((await api<{ code: string }>(`${c.procs[2]!.url}/api/lobby/${typed}`)).body.code).toBe(s.code);
    const g = await play(s, b!.url);
    await finish(s, g, await Promise.all(g.games));
    expect(g.refused).toEqual([]);
  }, 180_000);

  it('a teacher key or a team token works through every process and nowhere else', async () => {
    const s = await create(c.procs[1]!.url, 12);
    const other = await create(c.procs[2]!.url, 13);
    const j = await joinSession(c.front, s.code, 'Hawks', 'us');
    if (!j.ok) throw new Error(j.error);
    for (const base of [...c.procs.map((p) => p.url), c.front]) {
      expect((await api(`${base}/api/sessions/${s.code}`, { key: s.teacherKey })).status).toBe(200);
      const seat = await reserveSeat(base, s.code, j.value.token);
      expect(seat.status).toBe(200);
      // Another session's key, a token in another session, and a key with one character changed: refused alike.
      expect((await api(`${base}/api/sessions/${s.code}`, { key: other.teacherKey })).status).toBe(403);
      expect((await api(`${base}/api/sessions/${other.code}`, { key: s.teacherKey })).status).toBe(403);
      const wrong = await reserveSeat(base, other.code, j.value.token);
      expect(wrong.status).toBe(403);
      const flipped = s.teacherKey.slice(0, -1) + (s.teacherKey.endsWith('A') ? 'B' : 'A');
      expect((await api(`${base}/api/sessions/${s.code}`, { key: flipped })).status).toBe(403);
    }
    // A server that does not share the log knows neither the key nor the token.
    const lone = await startClassroomServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'qc-lone-')), botWorkers: 0, log: () => {} });
    try {
      expect((await api(`${lone.url}/api/sessions/${s.code}`, { key: s.teacherKey })).status).toBe(404);
      const seat = await reserveSeat(lone.url, s.code, j.value.token);
      expect(seat.status).toBe(403);
    } finally {
      await lone.close();
    }
  }, 120_000);

  it('a cohort made through one process is read, compared and exported through every other; its sessions are compared where they are hosted', async () => {
    const [a, b, third] = c.procs;
    const made = await api<CreateCohortResponse>(`${a!.url}/api/cohorts`, {
      json: { name: 'Section A', sessions: 2, seed: 7, seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' }, months: 6 },
    });
    expect(made.status).toBe(201);
    const { id, teacherKey, sessions } = made.body;
    for (const s of sessions) expect(c.host(s.code)?.port).toBe(a!.port);
    const compare = (base: string) => api<CohortReport>(`${base}/api/cohorts/${id}/compare`, { key: teacherKey });
    // All-bot sessions play to their end by themselves on their host.
    const here = await until(
      async () => {
        const r = await compare(a!.url);
        return r.body.sessions.every((s) => s.status === 'ended') ? r : null;
      },
      60_000,
      'the bot games to end',
    );
    expect(here.body.sessions.every((s) => s.available && s.monthsPlayed > 0 && s.ending !== null)).toBe(true);
    const csv = (await api(`${a!.url}/api/cohorts/${id}/export.csv`, { key: teacherKey })).text;
    // The other processes host none of the cohort's sessions and did not see it made.
    for (const base of [b!.url, third!.url, c.front]) {
      const there = await compare(base);
      expect(there.status).toBe(200);
      expect(there.body).toEqual(here.body);
      expect((await api(`${base}/api/cohorts/${id}/export.csv`, { key: teacherKey })).text).toBe(csv);
      expect((await api(`${base}/api/cohorts/${id}/compare`, { key: 'k'.repeat(43) })).status).toBe(403);
      expect((await api(`${base}/api/cohorts/${'Z'.repeat(12)}/compare`, { key: teacherKey })).status).toBe(404);
    }
  }, 120_000);

  it('kill -9 of the process hosting a game: another takes it up from the log, the teams and the teacher come back by themselves, nothing is lost or applied twice, and a paused session stays paused', async () => {
    const via = c.procs[0]!.url;
    const s = await create(via, 21, 12);
    const paused = await create(via, 22, 12);
    const victim = c.host(s.code)!;
    expect(c.host(paused.code)).toBe(victim);
    const pauser = await connectTeacher({ baseUrl: c.front, code: paused.code, teacherKey: paused.teacherKey });
    if (!pauser.ok) throw new Error(pauser.error);
    opened.push(pauser.value);
    expect(await pauser.value.command({ action: 'start' })).toMatchObject({ ok: true });
    expect(await pauser.value.command({ action: 'pause' })).toMatchObject({ ok: true });

    const g = await play(s, c.procs[1]!.url);
    await until(() => g.acked.length >= 9, 60_000, 'a few months to be played');
    const killedAt = Date.now();
    c.kill(victim);
    await until(() => !victim.alive, 10_000, 'the process to die');
    const newHost = await until(
      () => {
        const h = c.host(s.code);
        return h !== victim ? h : undefined;
      },
      20_000,
      'another process to host the session',
    );
    const hostedAfter = Date.now() - killedAt;
    expect(newHost).not.toBe(victim);
    const all = [...g.clients.map((t) => t.connection), g.teacher.connection];
    const ackedAtKill = g.acked.length;
    await until(() => all.every((x) => x.connectionStatus() === 'open') && g.acked.length > ackedAtKill, 30_000, 'everyone to be back');
    const backAfter = Date.now() - killedAt;
    console.log(`[scale] kill -9: session hosted again after ${hostedAfter} ms; teams and teacher playing again after ${backAfter} ms`);
    // (How long this takes is measured, not asserted: the target of 10 s is the bench's, bench:classroom --processes 3.)
    // Exactly one survivor took each session up (no room made twice).
    for (const code of [s.code, paused.code]) {
      const takers = c.procs.filter((p) => p !== victim && p.log().includes(`now hosts session ${code}`));
      expect(takers.length).toBe(1);
    }
    await finish(s, g, await Promise.all(g.games));
    await until(
      () => pauser.value.getState()?.session.status === 'paused' && pauser.value.connection.connectionStatus() === 'open',
      20_000,
    );
    expect((await api<{ status: string }>(`${c.front}/api/sessions/${paused.code}`, { key: paused.teacherKey })).body.status).toBe(
      'paused',
    );
  }, 240_000);

  it('Redis down, Redis restarted empty and a PostgreSQL restart mid-game lose nothing acknowledged; listings and room channels come back', async () => {
    const alive = c.procs.filter((p) => p.alive);
    // A long game of slower teams: play must still be going on after each outage, not over already.
    const s = await create(alive[0]!.url, 31, 48);
    const g = await play(s, alive[1]!.url, [120, 240]);
    await until(() => g.acked.length >= 6, 60_000, 'a few months to be played');
    // Redis away: the games in progress go on (their sockets reach their process through nginx).
    await c.stopRedis();
    const ackedAtStop = g.acked.length;
    await until(() => g.acked.length >= ackedAtStop + 3, 30_000, 'play to go on without Redis');
    await c.startRedis(); // without its data: every listing is gone
    await until(() => c.host(s.code) !== undefined, 15_000, 'the listing to be written again');
    // Colyseus' presence subscribes again: the room's channel is back.
    await until(() => c.redis('PUBSUB', 'CHANNELS', `$${s.code}`) === `$${s.code}`, 15_000, 'the room channel to be subscribed again');
    const ackedAtRedis = g.acked.length;
    await until(() => g.acked.length >= ackedAtRedis + 3, 60_000, 'play to go on after Redis').catch(async (e: unknown) => {
      // What each side holds when play stops: the session as its host has it, and each team's view.
      const status = await api(`${c.front}/api/sessions/${s.code}`, { key: s.teacherKey });
      const teams = g.clients.map((t) => {
        const v = t.getView();
        return {
          seat: t.seat,
          connection: t.connection.connectionStatus(),
          turn: v?.turn,
          pending: v?.pending,
          legal: v?.legal.length,
          ending: v?.ending,
        };
      });
      console.error(
        '[scale] play stopped after Redis',
        JSON.stringify({ acked: g.acked.slice(-6), refused: g.refused.slice(-6), status: status.body, teams }),
      );
      throw e;
    });
    c.pg.halt();
    await new Promise((r) => setTimeout(r, 1500));
    c.pg.resume();
    const ackedAtPg = g.acked.length;
    await until(() => g.acked.length >= ackedAtPg + 3, 60_000, 'play to go on after PostgreSQL');
    // Every process lost its locks with the database and let go of its sessions; they were taken up again.
    expect(c.procs.filter((p) => p.alive && /lock connection to PostgreSQL was lost/.test(p.log())).length).toBeGreaterThan(0);
    await finish(s, g, await Promise.all(g.games));
  }, 240_000);

  it('a listing removed while its process lives (as after a missed health check) is written again, and joins go on', async () => {
    const alive = c.procs.filter((p) => p.alive);
    const s = await create(alive[0]!.url, 41, 6);
    const host = c.host(s.code);
    c.redis('HDEL', 'roomcaches', s.code);
    await until(() => c.host(s.code), 10_000, 'the listing to be written again');
    expect(c.host(s.code)).toBe(host);
    const j = await joinSession(alive[1]!.url, s.code, 'Owls', 'rok');
    expect(j.ok).toBe(true);
  }, 60_000);

  it('a process stopped with SIGTERM (systemctl stop) commits, lets go of its sessions, and their games go on elsewhere', async () => {
    const alive = c.procs.filter((p) => p.alive);
    expect(alive.length).toBeGreaterThanOrEqual(2);
    const s = await create(alive[0]!.url, 51, 10);
    const g = await play(s, alive[1]!.url);
    await until(() => g.acked.length >= 6, 60_000, 'a few months to be played');
    const host = c.host(s.code)!;
    host.child.kill('SIGTERM');
    await until(() => !host.alive, 20_000, 'the process to stop');
    await finish(s, g, await Promise.all(g.games));
  }, 120_000);
});
