/**
 * The canary's machinery (tests/server/canary.test.ts, and against several processes
 * tests/scale/canary.test.ts): every WebSocket frame that reaches a team's or the teacher's socket
 * is recorded raw and labelled by the credential that opened it; a game is played by bot teams
 * whose every move's reason and letter carries a unique canary, and each seat's frames are
 * searched for the other seats' canaries while they are still secret or sealed.
 * Import this module before anything that loads the Colyseus SDK: it installs the recording socket.
 */
import { unpack } from '@colyseus/msgpackr';
import { decode } from '@colyseus/schema';
import NodeWebSocket from 'ws';
import { expect } from 'vitest';
import { MOVES_BY_ID } from '../../src/model/data/moves';
import { SEATS } from '../../src/model/types';
import type { PlayerView } from '../../src/model/view';
import { MSG, type CreateSessionResponse, type JoinResponse } from '../../src/net/protocol';
import { readStateText } from '../../src/net/states';
import { api } from '../server/helpers';

interface Frame {
  label: string;
  bytes: Buffer;
}
export const frames: Frame[] = [];
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
/** How many frames came to a socket that no credential labelled (must stay 0). */
export const unlabelledFrames = () => unlabelled;
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
  const message: unknown = bytes.byteLength > it.offset ? unpack(bytes.subarray(it.offset)) : undefined;
  // A state travels as JSON text (src/net/states.ts `stateText`).
  return { type, message: type === MSG.state || type === MSG.teacherState ? readStateText(message) : message };
}

/** Plays canary game `game` on the server at `baseUrl` and checks every frame its teams received. */
export async function playCanaryGame(
  baseUrl: string,
  game: number,
  /** Told the session's code once it is made (to see where it is hosted, with several processes). */
  made: (code: string) => void = () => {},
): Promise<{ checked: number; secrets: number; letters: number; delivered: number }> {
  const created = (
    await api<CreateSessionResponse>(`${baseUrl}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, seed: 1000 + game },
    })
  ).body;
  made(created.code);
  credentialLabels.set(created.teacherKey, `${game}:teacher`);
  const teacher = await connectTeacher({ baseUrl, code: created.code, teacherKey: created.teacherKey });
  if (!teacher.ok) throw new Error(teacher.error);
  const clients = [];
  for (const seat of SEATS) {
    const j = (await api<JoinResponse>(`${baseUrl}/api/join`, { json: { code: created.code, team: `T${seat}`, seat } })).body;
    credentialLabels.set(j.token, `${game}:${seat}`);
    const c = await connectTeam({ baseUrl, code: created.code, token: j.token, seat });
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
  const debrief = (await api<{ view: PlayerView }>(`${baseUrl}/api/sessions/${created.code}/debrief`, { key: created.teacherKey })).body;
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

/** Plays `games` canary games, five at a time, and adds up what they checked (the frames of a batch are let go after it). */
export async function playCanaryGames(
  baseUrl: string,
  games: number,
  made: (code: string) => void = () => {},
): Promise<{ checked: number; secrets: number; letters: number; delivered: number }> {
  const total = { checked: 0, secrets: 0, letters: 0, delivered: 0 };
  for (let batch = 0; batch < games; batch += 5) {
    const results = await Promise.all(
      Array.from({ length: Math.min(5, games - batch) }, (_, i) => playCanaryGame(baseUrl, batch + i, made)),
    );
    for (const r of results) {
      total.checked += r.checked;
      total.secrets += r.secrets;
      total.letters += r.letters;
      total.delivered += r.delivered;
    }
    frames.length = 0;
  }
  return total;
}
