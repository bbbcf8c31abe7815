/** Shared helpers for the classroom server tests: a fake clock and quick session set-ups. */
import { chooseMove } from '../../src/bots/choose';
import { logReason } from '../../src/i18n/log';
import { SCENARIO } from '../../src/model/data/scenario';
import { SEATS, type Seat, type SeatControllers } from '../../src/model/types';
import { ClassroomSession, type Clock, type SessionConfig } from '../../src/server/session';
import { createMemoryStore, type SessionStore } from '../../src/server/store';

export class FakeClock implements Clock {
  t = 1_000_000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimeout = (h: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== h);
  };
  /** Moves time on, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    // A timer that keeps setting itself again at once is a busy loop: fail instead of hanging.
    for (let fired = 0; ; fired++) {
      if (fired > 10_000) throw new Error('FakeClock: more than 10 000 timers fired in one advance (a timer loop)');
      this.timers.sort((a, b) => a.at - b.at);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.t = due.at;
      due.fn();
    }
    this.t = end;
  }
  pending(): number {
    return this.timers.length;
  }
}

export function config(overrides: Partial<SessionConfig> = {}): SessionConfig {
  const seats: SeatControllers = { us: 'human', dprk: 'human', rok: 'human', ...(overrides.seats ?? {}) };
  return {
    code: 'TEST22',
    title: 'Test',
    turnSeconds: 0,
    seed: 7,
    autoStart: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    scenarioVersion: SCENARIO.version,
    ...overrides,
    seats,
  };
}

export function newSession(
  overrides: Partial<SessionConfig> = {},
  store: SessionStore = createMemoryStore(),
  clock: Clock = new FakeClock(),
) {
  const cfg = config(overrides);
  store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
  return { session: ClassroomSession.create(cfg, store, clock), store, clock, cfg };
}

/** Joins a team to every human seat; returns their tokens. */
export function fillSeats(session: ClassroomSession): Partial<Record<Seat, string>> {
  const tokens: Partial<Record<Seat, string>> = {};
  for (const seat of SEATS) {
    if (session.info().seats[seat].controller !== 'human') continue;
    const r = session.join(`Team ${seat}`, { seat });
    if (!r.ok) throw new Error(r.error);
    tokens[seat] = r.value.token;
  }
  return tokens;
}

let counter = 0;
export const nextId = (p = 'id') => `${p}-${(++counter).toString().padStart(8, '0')}`;

/** Plays every human seat with a dealmaker bot's choice until the game ends. */
export function playOut(session: ClassroomSession, bot = 'dealmaker', maxSteps = 500): void {
  for (let i = 0; i < maxSteps && session.status() !== 'ended'; i++) {
    let moved = false;
    for (const seat of SEATS) {
      const m = session.seatMessage(seat);
      if (m.session.seats[seat].controller !== 'human' || m.view.pending !== null || m.view.legal.length === 0) continue;
      const choice = chooseMove(m.view, bot);
      const ack = session.play(seat, nextId(), choice.move, logReason(choice.reason), undefined, choice.table);
      if (!ack.ok) throw new Error(ack.error);
      moved = true;
    }
    if (!moved) throw new Error('stuck');
  }
}

/** Waits until `check` returns a truthy value (polling), or fails after `ms`. */
export async function until<T>(check: () => T | Promise<T>, ms = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function api<T = Record<string, unknown>>(
  url: string,
  init: RequestInit & { json?: unknown; key?: string } = {},
): Promise<{ status: number; body: T; text: string }> {
  const headers: Record<string, string> = {};
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  const res = await fetch(url, {
    ...init,
    headers,
    ...(init.json !== undefined ? { method: init.method ?? 'POST', body: JSON.stringify(init.json) } : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* text */
  }
  return { status: res.status, body: body as T, text };
}
