/**
 * The canary: 50 scripted games on a real server, with a teacher connected (who sees every
 * secret). Every move's reason carries a unique canary string. Every WebSocket frame that reaches
 * each team's socket is recorded raw, and no frame to one seat may contain another seat's canary
 * while that move is sealed (its month unresolved) or, for a secret move, before it leaks or the
 * game ends. Each team also writes a letter a month, secret or public, to one other seat, with a
 * canary of its own: no frame to a third seat may hold a secret letter's text before its channel
 * leaks or the game ends, and every letter reaches its recipient.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpack } from '@colyseus/msgpackr';
import { decode } from '@colyseus/schema';
import NodeWebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVES_BY_ID } from '../../src/model/data/moves';
import { SEATS } from '../../src/model/types';
import type { PlayerView } from '../../src/model/view';
import type { CreateSessionResponse, JoinResponse } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { api } from './helpers';

interface Frame {
  label: string;
  bytes: Buffer;
}
const frames: Frame[] = [];
/**
 * Which connection a socket belongs to: each team's token and the teacher's key are labelled
 * when they join, and every seat reservation the server hands out for one of them (the join's,
 * and a client's joins again after a drop — a bot team that sends faster than a room allows is
 * disconnected and joins again) labels the session id the socket then opens with. So a socket
 * is labelled by what authenticated it, whenever and however often it opens.
 */
const credentialLabels = new Map<string, string>();
const sessionLabels = new Map<string, string>();
let unlabelled = 0;
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const res = await realFetch(input, init);
  const url = input instanceof Request ? input.url : String(input);
  if (url.includes('/matchmake/joinById/') && typeof init?.body === 'string' && res.ok) {
    const body = JSON.parse(init.body) as { token?: string; teacherKey?: string };
    const label = credentialLabels.get(body.token ?? body.teacherKey ?? '');
    const reservation = (await res.clone().json()) as { sessionId?: string };
    if (label && reservation.sessionId) sessionLabels.set(reservation.sessionId, label);
  }
  return res;
};

// Installed before the SDK loads, so that every socket it opens records what it receives.
class RecordingWebSocket extends NodeWebSocket {
  constructor(url: string, ...rest: unknown[]) {
    super(url, ...(rest as []));
    const id = new URL(url).searchParams.get('sessionId') ?? '';
    this.on('message', (data: Buffer) => {
      const label = sessionLabels.get(id);
      if (label) frames.push({ label, bytes: Buffer.from(data) });
      else unlabelled++;
    });
  }
}
(globalThis as unknown as { WebSocket: unknown }).WebSocket = RecordingWebSocket;
const { connectTeam, connectTeacher } = await import('../../src/net/client');
const { runBotTeam } = await import('../../src/net/botTeam');

function decodeFrame(bytes: Buffer): { type: string | number; message: unknown } | null {
  if (bytes[0] !== 13) return null; // Protocol.ROOM_DATA
  const it = { offset: 1 };
  const type = decode.stringCheck(bytes, it) ? decode.string(bytes, it) : decode.number(bytes, it);
  return { type, message: bytes.byteLength > it.offset ? unpack(bytes.subarray(it.offset)) : undefined };
}

let server: ClassroomServer;
beforeAll(async () => {
  server = await startClassroomServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'qc-canary-')),
    log: () => {},
    limits: { joinPerMinute: 10_000, createPerMinute: 10_000 },
  });
});
afterAll(async () => {
  await server?.close();
});

async function playGame(game: number): Promise<{ checked: number; secrets: number; letters: number; delivered: number }> {
  const created = (
    await api<CreateSessionResponse>(`${server.url}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, seed: 1000 + game },
    })
  ).body;
  credentialLabels.set(created.teacherKey, `${game}:teacher`);
  const teacher = await connectTeacher({ baseUrl: server.url, code: created.code, teacherKey: created.teacherKey });
  if (!teacher.ok) throw new Error(teacher.error);
  const clients = [];
  for (const seat of SEATS) {
    const j = (await api<JoinResponse>(`${server.url}/api/join`, { json: { code: created.code, team: `T${seat}`, seat } })).body;
    credentialLabels.set(j.token, `${game}:${seat}`);
    const c = await connectTeam({ baseUrl: server.url, code: created.code, token: j.token, seat });
    if (!c.ok) throw new Error(c.error);
    clients.push(c.value);
  }
  const bots = ['dealmaker', 'random', 'hawk', 'dove'];
  await Promise.all(
    clients.map((c, i) =>
      runBotTeam(c, {
        bot: bots[(game + i) % bots.length]!,
        reason: (v) => `CANARY-${game}-${c.seat}-${v.turn}-Z`,
        letter: (v) => ({
          to: SEATS.filter((x) => x !== c.seat)[(game + v.turn) % 2]!,
          line: (game + v.turn + i) % 4 === 0 ? 'public' : 'secret',
          text: `L3TTER-${game}-${c.seat}-${v.turn}-Q`,
        }),
      }),
    ),
  );
  const debrief = (await api<{ view: PlayerView }>(`${server.url}/api/sessions/${created.code}/debrief`, { key: created.teacherKey })).body;
  teacher.value.dispose();
  for (const c of clients) c.dispose();

  let checked = 0;
  let secrets = 0;
  const letters = debrief.view.letters ?? [];
  const delivered = new Set<number>();
  for (const seat of SEATS) {
    let turn = 0;
    let ended = false;
    for (const f of frames.filter((x) => x.label === `${game}:${seat}`)) {
      const decoded = decodeFrame(f.bytes);
      if (decoded?.type === 'state') {
        const view = (decoded.message as { view: PlayerView }).view;
        turn = view.turn;
        ended = view.ending !== null;
        expect(view.seat).toBe(seat);
      }
      for (const l of letters) if (l.to === seat && f.bytes.includes(l.text)) delivered.add(l.id);
      if (ended) continue;
      for (const l of letters) {
        if (l.line !== 'secret' || l.from === seat || l.to === seat || (l.leakedOn !== undefined && turn > l.leakedOn)) continue;
        checked++;
        if (f.bytes.includes(l.text))
          throw new Error(`game ${game}: ${seat} received ${l.from}'s secret letter to ${l.to} in month ${turn}`);
      }
      for (const m of debrief.view.moves) {
        if (m.seat === seat) continue;
        const sealed = m.turn === turn;
        // A secret move's audience (the counterpart of a channel message) is told at once.
        const told = m.move !== null && (MOVES_BY_ID[m.move]?.audience?.includes(seat) ?? false);
        const hidden = m.secret && !told && (m.revealedOn === undefined || turn <= m.revealedOn);
        if (!sealed && !hidden) continue;
        checked++;
        if (f.bytes.includes(m.reason as string)) {
          throw new Error(
            `game ${game}: ${seat} received ${m.seat}'s ${m.secret ? 'secret' : 'sealed'} move of month ${m.turn} (${m.move}) in month ${turn}`,
          );
        }
      }
    }
    secrets += debrief.view.moves.filter((m) => m.secret && m.seat !== seat).length;
  }
  return { checked, secrets, letters: letters.length, delivered: delivered.size };
}

describe('no secret reaches another seat (canary over 50 games)', () => {
  it('records every frame to every team and finds no foreign canary before its leak or the end', async () => {
    let checked = 0;
    let secrets = 0;
    let letters = 0;
    let delivered = 0;
    for (let batch = 0; batch < 50; batch += 5) {
      const results = await Promise.all([0, 1, 2, 3, 4].map((i) => playGame(batch + i)));
      for (const r of results) {
        checked += r.checked;
        secrets += r.secrets;
        letters += r.letters;
        delivered += r.delivered;
      }
      frames.length = 0;
    }
    // Every frame came to a socket this test can attribute to a seat or the teacher.
    expect(unlabelled).toBe(0);
    // The games really had secrets to keep, and the frames were really checked against them.
    expect(secrets).toBeGreaterThan(200);
    expect(checked).toBeGreaterThan(10_000);
    // Teams wrote letters every month, and each reached the seat it was written to.
    expect(letters).toBeGreaterThan(1000);
    expect(delivered).toBe(letters);
  });
});
