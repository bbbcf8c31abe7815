/**
 * Issue 13, defect 1: a student must not be able to freeze a game by choosing an action id. The
 * server's own actions (bots, the timer) live in a namespace no client id can reach, and a server
 * action the store refuses is reported and tried again later, never in a tight loop. Issue 8: a
 * typed reason cannot make a move look timed out; the flag travels with the move.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolutionVM } from '../../src/app/screens/resolution';
import { actionIdSchema, TIMER_REASON } from '../../src/net/protocol';
import { SEATS, type Seat } from '../../src/model/types';
import { ClassroomSession, SERVER_RETRY_MS, type LogEntry } from '../../src/server/session';
import { createMemoryStore } from '../../src/server/store';
import { FakeClock, config, fillSeats, newSession, nextId } from './helpers';

const DOVE_ROK = { us: 'human', dprk: 'human', rok: 'bot:dove' } as const;

describe('action ids: a client cannot take an id the server needs', () => {
  it('the report\'s attack: us sends "bot-2-rok" in month 1, and in month 2 the rok bot still moves', () => {
    const { session } = newSession({ seats: DOVE_ROK });
    fillSeats(session);
    expect(session.play('us', 'bot-2-rok', 'us.offerPublicTalks')).toEqual({ id: 'bot-2-rok', ok: true });
    expect(session.play('dprk', nextId(), 'dprk.hold').ok).toBe(true);
    expect(session.turn()).toBe(2);
    expect(session.info().seats.rok.committed).toBe(true);
    expect(session.play('us', nextId(), 'us.hold').ok).toBe(true);
    expect(session.play('dprk', nextId(), 'dprk.hold').ok).toBe(true);
    expect(session.turn()).toBe(3);
  });

  it('the timer variant: "timer-2-dprk" taken in month 1 neither blocks month 2\'s timer nor spins it', () => {
    const clock = new FakeClock();
    const { session } = newSession({ seats: DOVE_ROK, turnSeconds: 10 }, createMemoryStore(), clock);
    fillSeats(session);
    expect(session.play('us', 'timer-2-dprk', 'us.hold').ok).toBe(true);
    expect(session.play('dprk', nextId(), 'dprk.hold').ok).toBe(true);
    expect(session.turn()).toBe(2);
    expect(session.play('us', nextId(), 'us.hold').ok).toBe(true);
    clock.advance(10_000);
    expect(session.turn()).toBe(3);
    expect(session.teacherMessage('').actions.find((a) => a.turn === 2 && a.seat === 'dprk')?.by).toBe('timer');
    expect(clock.pending()).toBe(1); // month 3's timer, nothing else
  });

  it('a store that refuses a server move: reported, retried under another id, and the game goes on', () => {
    const store = createMemoryStore();
    const clock = new FakeClock();
    const { session } = newSession({ seats: DOVE_ROK }, store, clock);
    const lines: string[] = [];
    session.log = (l) => lines.push(l);
    const append = store.append.bind(store);
    let refusals = 0;
    store.append = (code: string, entry: LogEntry) => {
      if (entry.id === 'bot-2-rok') {
        refusals++;
        throw new Error('UNIQUE constraint failed');
      }
      append(code, entry);
    };
    fillSeats(session);
    session.play('us', nextId(), 'us.hold');
    session.play('dprk', nextId(), 'dprk.hold');
    expect(session.turn()).toBe(2);
    expect(session.info().seats.rok.committed).toBe(true);
    expect(refusals).toBe(1);
    expect(lines.join('\n')).toContain('could not record bot-2-rok');
  });

  it('a store that refuses every write: one report per attempt, a retry every SERVER_RETRY_MS, and no loop', () => {
    const store = createMemoryStore();
    const clock = new FakeClock();
    const { session } = newSession({ seats: DOVE_ROK, turnSeconds: 10 }, store, clock);
    fillSeats(session);
    const lines: string[] = [];
    session.log = (l) => lines.push(l);
    const append = store.append.bind(store);
    let broken = true;
    let attempts = 0;
    store.append = (code: string, entry: LogEntry) => {
      if (broken && (entry.id.startsWith('timer-') || entry.id.startsWith('bot-'))) {
        attempts++;
        throw new Error('disk full');
      }
      append(code, entry);
    };
    clock.advance(10_000);
    const first = attempts;
    expect(first).toBe(2); // the id, then once more under a fresh one
    clock.advance(SERVER_RETRY_MS * 3);
    expect(attempts).toBeLessThanOrEqual(first + 2 * 3 + 2);
    expect(attempts).toBeGreaterThan(first);
    expect(lines.some((l) => l.includes('trying again'))).toBe(true);
    broken = false;
    clock.advance(SERVER_RETRY_MS);
    expect(session.turn()).toBe(2);
  });

  it('restores a log from before namespaces, in which a team took "bot-2-rok", and goes on', () => {
    const store = createMemoryStore();
    const cfg = config({ seats: DOVE_ROK });
    store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    const live = ClassroomSession.create(cfg, store, new FakeClock());
    fillSeats(live);
    live.dispose();
    // Rewrite the log as the old server wrote it: a team's move under the bot's future id.
    const log = store.log(cfg.code);
    const seq = log.length;
    const at = 1;
    const old: LogEntry[] = [
      ...log,
      { seq: seq + 1, id: 'bot-2-rok', at, kind: 'play', seat: 'us', move: 'us.offerPublicTalks', reason: '', turn: 1, by: 'team' },
      { seq: seq + 2, id: 'dprk-hold-0001', at, kind: 'play', seat: 'dprk', move: 'dprk.hold', reason: '', turn: 1, by: 'team' },
    ];
    const oldStore = createMemoryStore();
    oldStore.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    for (const e of old) oldStore.append(cfg.code, e);
    const restored = ClassroomSession.restore(cfg, old, oldStore, new FakeClock());
    restored.log = () => {};
    expect(restored.turn()).toBe(2);
    expect(restored.info().seats.rok.committed).toBe(true);
  });
});

const serverShaped = (seat: Seat) =>
  fc
    .oneof(
      fc.constantFrom(...SEATS).chain((s) => fc.integer({ min: 1, max: 14 }).map((t) => `bot-${t}-${s}`)),
      fc.constantFrom(...SEATS).chain((s) => fc.integer({ min: 1, max: 14 }).map((t) => `timer-${t}-${s}`)),
      fc.constant('auto-start'),
      fc
        .string({ minLength: 4, maxLength: 12, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_') })
        .map((x) => `join-${x}`),
      fc.string({
        minLength: 8,
        maxLength: 20,
        unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      }),
    )
    .map((id) => ({ seat, id }));

describe('id-collision fuzz: random and server-shaped ids from every seat', () => {
  it('every game reaches an ending, whatever ids the teams choose', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Record<Seat, string>>(
          { us: 'human', dprk: 'human', rok: 'bot:dove' },
          { us: 'human', dprk: 'bot:hawk', rok: 'human' },
          { us: 'bot:dealmaker', dprk: 'human', rok: 'human' },
          { us: 'human', dprk: 'human', rok: 'human' },
        ),
        fc.array(fc.oneof(serverShaped('us'), serverShaped('dprk'), serverShaped('rok')), { minLength: 40, maxLength: 120 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (seats, ids, seed, timer) => {
          const clock = new FakeClock();
          const { session } = newSession(
            { seats: seats as never, seed, maxTurns: 6, turnSeconds: timer ? 30 : 0 },
            createMemoryStore(),
            clock,
          );
          session.log = () => {};
          fillSeats(session);
          let i = 0;
          for (let step = 0; step < 400 && session.status() !== 'ended'; step++) {
            const pick = ids[i++ % ids.length]!;
            const m = session.seatMessage(pick.seat);
            if (m.session.seats[pick.seat].controller === 'human' && m.view.pending === null && m.view.legal.length > 0) {
              expect(actionIdSchema.safeParse(pick.id).success || pick.id.length < 8).toBe(true);
              session.play(pick.seat, pick.id, m.view.legal[step % m.view.legal.length]!.id);
            } else if (timer) clock.advance(30_000);
          }
          // Whoever did not move is moved by the timer (or the game is over already).
          for (let k = 0; k < 20 && session.status() !== 'ended'; k++) clock.advance(30_000);
          if (!timer) {
            for (let k = 0; k < 200 && session.status() !== 'ended'; k++) {
              for (const seat of SEATS) {
                const m = session.seatMessage(seat);
                if (m.session.seats[seat].controller === 'human' && m.view.pending === null && m.view.legal[0])
                  session.play(seat, nextId(), m.view.legal[0].id);
              }
            }
          }
          expect(session.status()).toBe('ended');
          session.dispose();
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('timed out: a flag on the move, not a reason text', () => {
  it("a team that types the timer's reason is not shown as timed out; a timer move is, in every seat's view", () => {
    const clock = new FakeClock();
    const { session } = newSession({ turnSeconds: 60 }, createMemoryStore(), clock);
    fillSeats(session);
    expect(session.play('us', nextId(), 'us.hold', TIMER_REASON).ok).toBe(true);
    expect(session.play('dprk', nextId(), 'dprk.hold', 'we wait').ok).toBe(true);
    clock.advance(60_000);
    expect(session.turn()).toBe(2);
    for (const viewer of SEATS) {
      const moves = resolutionVM(session.seatMessage(viewer).view, 1, 'en').moves;
      expect(moves.find((m) => m.seat === 'us')?.timedOut).toBe(false);
      expect(moves.find((m) => m.seat === 'dprk')?.timedOut).toBe(false);
      expect(moves.find((m) => m.seat === 'rok')?.timedOut).toBe(true);
    }
    const all = session.teacherMessage('').view.moves;
    expect(all.filter((m) => m.timedOut).map((m) => m.seat)).toEqual(['rok']);
    // Only the views carry the flag: the save and the game's hash are the rules' own.
    expect(JSON.stringify(session.save())).not.toContain('timedOut');
  });
});
