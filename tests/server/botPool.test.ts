/**
 * Strategist seats decide in worker threads (src/server/botPool.ts, botSeats.ts): the same moves
 * as on the server's own thread, a failure falls back to a fixed personality with a log line, and
 * while a strategist plans for one session every other session is answered (how much the pool
 * shortens the event loop's stalls is measured by `npm run bench:pool`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { createGame } from '../../src/engine/runner';
import { logReason } from '../../src/i18n/log';
import { SEATS, type SeatControllers } from '../../src/model/types';
import { BotPool, type Think } from '../../src/server/botPool';
import { FALLBACK_BOT } from '../../src/server/botSeats';
import { ClassroomSession } from '../../src/server/session';
import { createMemoryStore } from '../../src/server/store';
import { FakeClock, config, until } from './helpers';
import { underStrategists } from './strategistLoad';

const pools: BotPool[] = [];
afterAll(async () => {
  for (const p of pools) await p.close();
});
function pool(options: ConstructorParameters<typeof BotPool>[0] = {}): BotPool {
  const p = new BotPool(options);
  pools.push(p);
  return p;
}

/** A seat's view `months` months into a seeded game of dealmakers. */
function viewAfter(seed: number, months: number, seat: (typeof SEATS)[number]) {
  const game = createGame({ seed, seats: { us: 'bot:dealmaker', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' }, maxTurns: 24 });
  for (let m = 0; m < months; m++) {
    for (const s of SEATS) {
      const v = game.view(s, { brief: true });
      const r = game.play(s, chooseMove(v, 'dealmaker').move, '');
      if (!r.ok) throw new Error(r.error);
    }
  }
  return game.view(seat, { brief: true });
}

/** A session of `seats` (no human seat: it plays itself) with `think`, on a memory store. */
function botSession(seats: SeatControllers, think: Think | null, maxTurns: number) {
  const store = createMemoryStore();
  const cfg = config({ seats, maxTurns, seed: 11 });
  store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
  const lines: string[] = [];
  const session = ClassroomSession.create(cfg, store, new FakeClock(), think);
  session.log = (line) => lines.push(line);
  return { session, lines };
}

describe('the bot pool', () => {
  it('decides exactly as chooseMove does on the server’s own thread', async () => {
    const p = pool({ size: 2 });
    const views = [viewAfter(5, 0, 'us'), viewAfter(6, 2, 'dprk'), viewAfter(7, 3, 'rok')];
    for (const bot of ['strategist', 'hawk']) {
      const pooled = await Promise.all(views.map((v) => p.decide(v, bot)));
      expect(pooled).toEqual(views.map((v) => chooseMove(v, bot)));
    }
    expect(p.busy()).toBe(0);
  }, 120_000);

  it('a session with a pooled strategist plays the same game as one deciding in place', async () => {
    const seats: SeatControllers = { us: 'bot:strategist', dprk: 'bot:hawk', rok: 'bot:dove' };
    const inline = botSession(seats, null, 2).session;
    expect(inline.status()).toBe('ended'); // in place, the whole game is played inside create()
    const pooled = botSession(seats, pool({ size: 1 }).decide, 2).session;
    expect(pooled.status()).toBe('playing'); // the strategist's first move is still being decided
    await until(() => pooled.status() === 'ended', 120_000, 'the pooled game to end');
    const moves = (s: ClassroomSession) =>
      s
        .teacherMessage('')
        .actions.map(({ turn, seat, move, reason, by }) => ({ turn, seat, move, reason, by }))
        .sort((a, b) => a.turn - b.turn || a.seat.localeCompare(b.seat));
    expect(moves(pooled)).toEqual(moves(inline));
    expect(moves(pooled).filter((m) => m.seat === 'us')).toHaveLength(2);
    expect(pooled.hash()).toBe(inline.hash());
  }, 180_000);

  it('a failed decision is logged and the month is played by the fallback personality', async () => {
    const failing: Think = () => Promise.reject(new Error('worker crashed'));
    const { session, lines } = botSession({ us: 'bot:strategist', dprk: 'bot:hawk', rok: 'bot:dove' }, failing, 2);
    await until(() => session.status() === 'ended', 10_000, 'the game to end');
    expect(
      lines.filter((l) => /strategist bot could not decide us's move for month \d \(worker crashed\); dealmaker plays it/.test(l)),
    ).toHaveLength(2);
    // What the fallback plays is the fallback personality's choice on the same view.
    const replay = createGame({ seed: 11, seats: { us: `bot:${FALLBACK_BOT}`, dprk: 'bot:hawk', rok: 'bot:dove' }, maxTurns: 2 });
    const first = chooseMove(replay.view('us', { brief: true }), FALLBACK_BOT);
    const played = session.teacherMessage('').actions.find((a) => a.seat === 'us' && a.turn === 1);
    expect(played).toMatchObject({ move: first.move, reason: logReason(first.reason), by: 'bot' });
  });

  it('a bot that throws, or a worker that does not answer in time, is an error; the pool goes on', async () => {
    const view = viewAfter(5, 0, 'us');
    // A generous limit for the throwing bot, so a loaded machine cannot turn its error into a time-out.
    const patient = pool({ size: 1 });
    await expect(patient.decide({ ...view, legal: [] }, 'hawk')).rejects.toThrow('us has no legal move');
    await patient.close();
    const p = pool({ size: 1, timeoutMs: 30 });
    // The strategist plans far longer than 30 ms: its worker is stopped and a new one started.
    await expect(p.decide(view, 'strategist')).rejects.toThrow('no answer within 0.03 s');
    // The new worker answers; its first, cold decision gets a generous limit of its own, since on
    // a loaded machine even a hawk's first move can take longer than 30 ms.
    expect(await p.decide(view, 'hawk', 20_000)).toEqual(chooseMove(view, 'hawk'));
    // A decision past the pool's limit still fails on the new worker, which is replaced again.
    await expect(p.decide(view, 'strategist')).rejects.toThrow('no answer within 0.03 s');
    expect(await p.decide(view, 'hawk', 20_000)).toEqual(chooseMove(view, 'hawk'));
    await p.close();
    await expect(p.decide(view, 'hawk')).rejects.toThrow('closed');
  }, 60_000);

  it('close() rejects decisions under way and waiting', async () => {
    const p = pool({ size: 1 });
    const view = viewAfter(5, 0, 'us');
    const underWay = expect(p.decide(view, 'strategist')).rejects.toThrow('closed');
    const waiting = expect(p.decide(view, 'strategist')).rejects.toThrow('closed');
    await p.close();
    await underWay;
    await waiting;
  });
});

describe('while a strategist decides, other sessions are answered', () => {
  it('with the pool, a session of strategists keeps deciding while another session is answered', async () => {
    // How much shorter the event loop's stalls are with the pool is a speed figure: npm run bench:pool.
    const pooled = await underStrategists(1, 4);
    expect(pooled.strategistMoves).toBeGreaterThanOrEqual(4);
    expect(pooled.requests).toBeGreaterThan(4);
  }, 300_000);
});
