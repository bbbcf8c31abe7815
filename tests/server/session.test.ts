import { describe, expect, it } from 'vitest';
import { makeSave, parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { ClassroomSession, fingerprint } from '../../src/server/session';
import {
  RECORD_FIELDS,
  TEACHER_RECORD_FIELDS,
  recordTailOf,
  withRecordOf,
  withRecordTailOf,
  type SeatStateMessage,
  type TeacherStateMessage,
} from '../../src/net/protocol';
import type { PlayerView } from '../../src/model/view';
import { SEATS, type Seat } from '../../src/model/types';
import { resolutionVM } from '../../src/app/screens/resolution';
import { SCENARIO } from '../../src/model/data/scenario';
import { createMemoryStore } from '../../src/server/store';
import { FakeClock, config, fillSeats, newSession, nextId, playOut } from './helpers';

describe('ClassroomSession: teams and seats', () => {
  it('gives a new team a free seat, the same name the same seat, and starts once every human seat is taken', () => {
    const { session } = newSession();
    const a = session.join('Eagles');
    if (!a.ok) throw new Error(a.error);
    expect(a.value).toMatchObject({ founded: true, pin: expect.stringMatching(/^\d{4}$/) });
    const b = session.join('  eagles ', { pin: a.value.pin });
    expect(b.ok && a.value.seat === b.value.seat && a.value.token !== b.value.token && !b.value.founded).toBe(true);
    expect(session.status()).toBe('lobby');
    expect(session.join('Owls', { seat: 'rok' }).ok && session.info().seats.rok.team).toBe('Owls');
    expect(session.join('Foxes').ok).toBe(true);
    expect(session.status()).toBe('playing');
    const full = session.join('Latecomers');
    expect(full.ok).toBe(false);
  });

  it('lets bots move at once and resolves the month only when every seat has sealed its move', () => {
    const { session } = newSession({ seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' } });
    const { us } = fillSeats(session);
    expect(us).toBeDefined();
    const info = session.info();
    expect(info.status).toBe('playing');
    expect(info.seats.dprk.committed && info.seats.rok.committed && !info.seats.us.committed).toBe(true);
    // A team sees that the others sealed a move, not which.
    const view = session.seatMessage('us').view;
    expect(view.moves).toEqual([]);
    const move = view.legal[0]!.id;
    expect(session.play('us', nextId(), move, 'why not').ok).toBe(true);
    expect(session.turn()).toBe(2);
  });
});

describe('ClassroomSession: the record travels only when it changed', () => {
  it('fingerprints texts: equal texts agree, texts one character or one swap apart do not', () => {
    const base = JSON.stringify({ history: Array.from({ length: 200 }, (_, i) => ({ turn: i, note: 'a secret move' })) });
    expect(fingerprint(base)).toBe(fingerprint(base.split('').join('')));
    const texts = new Set<string>([base]);
    for (let i = 0; i + 1 < base.length; i += 7) {
      texts.add(base.slice(0, i) + String.fromCharCode(base.charCodeAt(i) ^ 1) + base.slice(i + 1));
      texts.add(base.slice(0, i) + base[i + 1] + base[i] + base.slice(i + 2));
    }
    const prints = new Set([...texts].map(fingerprint));
    expect(texts.size).toBeGreaterThan(1000);
    expect(prints.size).toBe(texts.size);
    expect([...prints].every(Number.isSafeInteger)).toBe(true);
  });

  it('keeps the record version through a month and raises it when the month resolves', () => {
    const { session } = newSession({ seats: { us: 'human', dprk: 'human', rok: 'bot:dove' } });
    fillSeats(session);
    const play = (seat: 'us' | 'dprk') =>
      expect(session.play(seat, nextId(), session.seatMessage(seat).view.legal[0]!.id, 'test').ok).toBe(true);
    play('us');
    play('dprk');
    const after1 = session.seatMessage('us');
    expect(after1.view.history.length).toBe(1);
    // A connection that holds this version gets the view without its record.
    const kept = session.seatMessage('us', after1.record);
    expect(kept.recordKept).toBe(true);
    expect(kept.view.history).toEqual([]);
    expect(kept.view.turn).toBe(after1.view.turn);
    // One seat sealing its move changes the others' views but not their record (its own cards change).
    const dprkRecord = session.seatMessage('dprk').record;
    play('us');
    const sealed = session.seatMessage('dprk');
    expect(sealed.record).toBe(dprkRecord);
    expect(sealed.view.committed.us).toBe(true);
    // A connection holding an older version gets everything.
    expect(session.seatMessage('us', after1.record - 1).recordKept).toBeUndefined();
    play('dprk');
    const after2 = session.seatMessage('us');
    expect(after2.record).toBeGreaterThan(after1.record);
    expect(after2.view.history.length).toBe(2);
    expect(session.seatMessage('us', after1.record).recordKept).toBeUndefined();
  });
});

describe("ClassroomSession: after a month only the record's new entries travel", () => {
  /** What a client holding `held` (a view and its record version) makes of the message for it, as src/net/client.ts does. */
  function received(
    m: SeatStateMessage | TeacherStateMessage,
    held: { view: PlayerView; record: number } | null,
    fields: typeof RECORD_FIELDS | typeof TEACHER_RECORD_FIELDS,
  ) {
    if (m.recordKept) return held && held.record === m.record ? { view: withRecordOf(m.view, held.view, fields), record: m.record } : null;
    if (m.recordTail)
      return held && held.record === m.recordTail.base
        ? { view: withRecordTailOf(m.view, held.view, fields, m.recordTail.from), record: m.record }
        : null;
    return { view: m.view, record: m.record };
  }

  it('sends a connection holding the version before only the tails, which complete to the whole view over a game', () => {
    let tails = 0;
    let months = 0;
    for (const start of [7, 11, 23, 42, 99, 1234]) {
      const { session } = newSession({ seats: { us: 'human', dprk: 'human', rok: 'human' } });
      fillSeats(session);
      const held: Record<Seat | 'all', { view: PlayerView; record: number } | null> = { us: null, dprk: null, rok: null, all: null };
      let pick = start;
      for (let step = 0; step < 400 && session.status() !== 'ended'; step++) {
        for (const seat of SEATS) {
          const whole = session.seatMessage(seat);
          const got = received(session.seatMessage(seat, held[seat]?.record), held[seat], RECORD_FIELDS);
          expect(got?.view).toEqual(whole.view);
          held[seat] = got;
          const teacher = session.teacherMessage('');
          const sent = session.teacherMessage('', held.all?.record);
          if (sent.recordTail) {
            tails++;
            // A month's tail is a few entries, not the record again.
            expect(sent.view.history.length).toBeLessThanOrEqual(1);
          }
          held.all = received(sent, held.all, TEACHER_RECORD_FIELDS);
          expect(held.all?.view).toEqual(teacher.view);
        }
        // Each seat seals a move picked along a fixed sequence, secret moves (and their leaks) included.
        for (const seat of SEATS) {
          const view = session.seatMessage(seat).view;
          if (view.pending !== null || view.legal.length === 0) continue;
          pick = (pick * 1103515245 + 12345) % 2147483648;
          expect(session.play(seat, nextId(), view.legal[pick % view.legal.length]!.id, '').ok).toBe(true);
        }
      }
      months += session.turn();
    }
    expect(months).toBeGreaterThan(20);
    expect(tails).toBeGreaterThan(10);
  });

  it('completes a list that changed in its middle (a leaked old move) from the held entries before the change', () => {
    const holder = { moves: [1, 2, 3], changes: ['a'], news: [], history: [{ t: 1 }, { t: 2 }] } as unknown as PlayerView;
    const now = { moves: [1, 9, 3, 4], changes: ['a', 'b'], news: [], history: [{ t: 1 }, { t: 2 }, { t: 3 }] } as unknown as PlayerView;
    const from = { moves: 1, changes: 1, news: 0, history: 2 };
    const tail = recordTailOf(now, RECORD_FIELDS, from);
    expect(tail.moves).toEqual([9, 3, 4]);
    expect(tail.history).toEqual([{ t: 3 }]);
    expect(tail.letters).toBeUndefined();
    expect(withRecordTailOf(tail, holder, RECORD_FIELDS, from)).toEqual(now);
  });

  it('sends the teacher only the action log’s entries after those its console holds', () => {
    const { session } = newSession({ seats: { us: 'human', dprk: 'human', rok: 'human' } });
    fillSeats(session);
    let held = session.teacherMessage('').actions;
    let tails = 0;
    for (let step = 0; step < 200 && session.status() !== 'ended'; step++) {
      for (const seat of SEATS) {
        const view = session.seatMessage(seat).view;
        if (view.pending !== null || view.legal.length === 0) continue;
        expect(session.play(seat, nextId(), view.legal[(step + seat.length) % view.legal.length]!.id, '').ok).toBe(true);
        const m = session.teacherMessage('', undefined, held.length);
        expect(m.actionsFrom).toBe(held.length);
        expect(m.actions.length).toBeLessThanOrEqual(1);
        held = [...held.slice(0, m.actionsFrom), ...m.actions];
        expect(held).toEqual(session.teacherMessage('').actions);
        tails++;
      }
    }
    expect(tails).toBeGreaterThan(20);
    // A console that claims more entries than the log has gets the whole log.
    const whole = session.teacherMessage('', undefined, held.length + 1);
    expect(whole.actionsFrom).toBeUndefined();
    expect(whole.actions).toEqual(held);
  });

  it('hands a client its own lists where nothing new came, and never changes them', () => {
    const holder = { moves: [1, 2], changes: ['a'], news: [], history: [] } as unknown as PlayerView;
    const kept = { moves: [], changes: [], news: [], history: [] } as unknown as PlayerView;
    const whole = withRecordOf(kept, holder, RECORD_FIELDS);
    expect(whole.moves).toBe(holder.moves);
    expect(whole.changes).toBe(holder.changes);
    const grown = withRecordTailOf({ ...kept, moves: [3] } as unknown as PlayerView, holder, RECORD_FIELDS, {
      moves: 2,
      changes: 1,
      news: 0,
      history: 0,
    });
    expect(grown.moves).toEqual([1, 2, 3]);
    expect(grown.changes).toBe(holder.changes);
    expect(holder.moves).toEqual([1, 2]);
  });

  it('sends of the table only the parts from the first that changed on: its terms, its offers, the rest', () => {
    const table = (terms: string[], offers: number[], pending: string | null) => ({
      terms: terms.map((id) => ({ id })),
      offers,
      agreed: null,
      acceptable: [],
      partners: [],
      pending,
    });
    const view = (t: ReturnType<typeof table>) => ({ moves: [1, 2], table: t }) as unknown as PlayerView;
    const holder = { moves: [1], table: table(['a'], [1], null) } as unknown as PlayerView;
    const cases: [ReturnType<typeof table>, number, unknown][] = [
      // Nothing changed: the table stays out.
      [table(['a'], [1], null), 3, undefined],
      // The seat sealed its action: only the rest travels.
      [table(['a'], [1], 'x'), 2, { agreed: null, acceptable: [], partners: [], pending: 'x' }],
      // A new offer: the offers and the rest.
      [table(['a'], [1, 2], 'x'), 1, { offers: [1, 2], agreed: null, acceptable: [], partners: [], pending: 'x' }],
      // The terms' figures changed: all of it.
      [table(['b'], [1], null), 0, table(['b'], [1], null)],
    ];
    for (const [t, held, sent] of cases) {
      const from = { moves: 1, table: held };
      const tail = recordTailOf(view(t), RECORD_FIELDS, from);
      expect(tail.table).toEqual(sent);
      expect('table' in tail).toBe(sent !== undefined);
      expect(withRecordTailOf(tail, holder, RECORD_FIELDS, from)).toEqual(view(t));
    }
  });
});

describe('ClassroomSession: actions are applied once and only when allowed', () => {
  it('applies a resent action id once and answers it as a duplicate', () => {
    const { session, store } = newSession();
    fillSeats(session);
    const before = (store as ReturnType<typeof createMemoryStore>).appended;
    const move = session.seatMessage('us').view.legal[0]!.id;
    const id = nextId();
    expect(session.play('us', id, move)).toEqual({ id, ok: true });
    expect(session.play('us', id, move)).toEqual({ id, ok: true, duplicate: true });
    expect((store as ReturnType<typeof createMemoryStore>).appended).toBe(before + 1);
    expect(session.actionCount()).toBe(1);
    // Ids are the sender's own: another seat's action with the same id is another action.
    expect(session.play('dprk', id, 'dprk.hold')).toEqual({ id, ok: true });
    expect(session.actionCount()).toBe(2);
  });

  it('refuses moves before the start, while paused, for another seat and after the end', () => {
    const { session } = newSession({ autoStart: false });
    fillSeats(session);
    expect(session.play('us', nextId(), 'us.hold')).toMatchObject({ ok: false, error: 'The game has not started yet.' });
    expect(session.command({ id: nextId(), action: 'start' }).ok).toBe(true);
    expect(session.command({ id: nextId(), action: 'pause' }).ok).toBe(true);
    expect(session.play('us', nextId(), 'us.hold')).toMatchObject({ ok: false, error: 'The game is paused.' });
    expect(session.command({ id: nextId(), action: 'resume' }).ok).toBe(true);
    expect(session.play('us', nextId(), 'dprk.hold').ok).toBe(false);
    expect(session.play('us', nextId(), 'us.hold').ok).toBe(true);
    expect(session.play('us', nextId(), 'us.hold')).toMatchObject({ ok: false });
    expect(session.command({ id: nextId(), action: 'end' }).ok).toBe(true);
    expect(session.play('dprk', nextId(), 'dprk.hold')).toMatchObject({ ok: false, error: 'The game is over.' });
  });

  it('does not apply an action the store could not record', () => {
    const store = createMemoryStore();
    const { session } = newSession({}, store);
    fillSeats(session);
    store.append = () => {
      throw new Error('disk full');
    };
    const ack = session.play('us', nextId(), 'us.hold');
    expect(ack.ok).toBe(false);
    expect(session.actionCount()).toBe(0);
    expect(session.seatMessage('us').view.pending).toBeNull();
  });
});

describe('ClassroomSession: the turn timer', () => {
  it('holds for the seats that did not choose in time, and pause freezes the clock', () => {
    const clock = new FakeClock();
    const { session } = newSession({ turnSeconds: 60 }, createMemoryStore(), clock);
    fillSeats(session);
    expect(session.info().remainingMs).toBe(60_000);
    session.play('us', nextId(), session.seatMessage('us').view.legal[0]!.id);
    clock.advance(30_000);
    session.command({ id: nextId(), action: 'pause' });
    clock.advance(600_000);
    expect(session.turn()).toBe(1);
    expect(session.info().remainingMs).toBe(30_000);
    session.command({ id: nextId(), action: 'resume' });
    session.command({ id: nextId(), action: 'extend', seconds: 60 });
    clock.advance(89_000);
    expect(session.turn()).toBe(1);
    clock.advance(1_000);
    expect(session.turn()).toBe(2);
    const t = session.teacherMessage('x').actions.filter((a) => a.by === 'timer');
    expect(t.map((a) => a.move).sort()).toEqual(['dprk.hold', 'rok.hold']);
    expect(session.info().remainingMs).toBe(60_000);
    // The month's news tells Seoul that time ran out on its move, and not on Washington's.
    const news = resolutionVM(session.seatMessage('rok').view, 1, 'en').moves;
    expect(news.find((m) => m.seat === 'rok')).toMatchObject({ mine: true, timedOut: true });
    expect(news.find((m) => m.seat === 'us')?.timedOut).toBe(false);
  });
});

describe('ClassroomSession: the teacher', () => {
  it('hands an idle seat to a bot, which moves at once', () => {
    const { session } = newSession();
    fillSeats(session);
    session.play('us', nextId(), 'us.hold');
    session.play('dprk', nextId(), 'dprk.hold');
    expect(session.command({ id: nextId(), action: 'bot', seat: 'rok', bot: 'dove' }).ok).toBe(true);
    expect(session.turn()).toBe(2);
    expect(session.info().seats.rok.controller).toBe('bot:dove');
    expect(session.seatMessage('rok').view.pending).not.toBeNull();
    expect(session.command({ id: nextId(), action: 'bot', seat: 'us', bot: 'nobody' }).ok).toBe(false);
  });

  it('releases a seat: the old tokens stop working and a new team can take it', () => {
    const { session } = newSession();
    const tokens = fillSeats(session);
    expect(session.authenticate(tokens.dprk!)?.seat).toBe('dprk');
    expect(session.command({ id: nextId(), action: 'release', seat: 'dprk' }).ok).toBe(true);
    expect(session.authenticate(tokens.dprk!)).toBeNull();
    const r = session.join('New team');
    expect(r.ok && r.value.seat).toBe('dprk');
  });

  it('injects a scenario event into the month, recorded in the save, which replays and verifies', () => {
    const { session } = newSession();
    fillSeats(session);
    expect(session.command({ id: nextId(), action: 'inject', event: 'nope' }).ok).toBe(false);
    expect(session.command({ id: nextId(), action: 'inject', event: 'leak' }).ok).toBe(true);
    playOut(session);
    const save = session.save();
    expect(save.injections).toEqual([{ turn: 1, event: 'leak' }]);
    const parsed = parseSave(makeSave(save));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replay = replaySave(parsed.value, { verify: true });
    expect(replay.ok).toBe(true);
    if (replay.ok) expect(replay.hash).toBe(session.hash());
  });

  it('ends the game early and scores it in the debrief; the debrief can then be released', () => {
    const { session } = newSession();
    fillSeats(session);
    expect(session.command({ id: nextId(), action: 'debrief' }).ok).toBe(false);
    session.play('us', nextId(), 'us.sendEnvoy', 'quietly');
    session.command({ id: nextId(), action: 'end' });
    expect(session.info()).toMatchObject({ status: 'ended', endedBy: 'teacher' });
    const d = session.debrief();
    expect(d.view.results?.us.score).toBeTypeOf('number');
    expect(d.view.explanation?.ending).toBe('statusQuo');
    expect(session.command({ id: nextId(), action: 'debrief' }).ok).toBe(true);
    expect(session.info().debriefReleased).toBe(true);
  });
});

describe('ClassroomSession: restoring from the log', () => {
  it('rebuilds the same session, dedup memory included, and goes on from there', () => {
    const store = createMemoryStore();
    const clock = new FakeClock();
    const { session, cfg } = newSession({ turnSeconds: 120, seats: { us: 'human', dprk: 'bot:hawk', rok: 'human' } }, store, clock);
    const tokens = fillSeats(session);
    const id = nextId();
    session.play('us', id, 'us.hold', 'first');
    session.command({ id: nextId(), action: 'inject', event: 'kimLetter' });
    session.play('rok', nextId(), 'rok.hold');
    clock.advance(200_000); // a timer month
    session.command({ id: nextId(), action: 'bot', seat: 'rok', bot: 'dealmaker' });
    session.command({ id: nextId(), action: 'pause' });
    const restored = ClassroomSession.restore(cfg, store.log(cfg.code), store, clock);
    expect(restored.hash()).toBe(session.hash());
    expect(restored.info()).toEqual({ ...session.info(), remainingMs: restored.info().remainingMs });
    expect(restored.status()).toBe('paused');
    expect(restored.authenticate(tokens.us!)?.seat).toBe('us');
    expect(restored.play('us', id, 'us.hold')).toMatchObject({ ok: true, duplicate: true });
    session.dispose();
    restored.command({ id: nextId(), action: 'resume' });
    playOut(restored);
    expect(restored.status()).toBe('ended');
    const again = ClassroomSession.restore(cfg, store.log(cfg.code), store, clock);
    expect(again.hash()).toBe(restored.hash());
    expect(again.info().endedBy).toBe('game');
  });

  it('an all-bot session plays to the end by itself', () => {
    const { session } = newSession({ seats: { us: 'bot:hawk', dprk: 'bot:dove', rok: 'bot:random' } });
    expect(session.status()).toBe('ended');
    expect(session.ending()).not.toBeNull();
    expect(config().code).toBe('TEST22');
  });
});

describe('ClassroomSession: a move meant for a month that is over', () => {
  it('is refused rather than carried into the next month (two students of one seat)', () => {
    const { session } = newSession({ seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' } });
    fillSeats(session);
    expect(session.play('us', nextId(), 'us.hold', 'first student', 1).ok).toBe(true);
    expect(session.turn()).toBe(2);
    // The bots have already sealed month 2; the late move must add nothing to the log.
    const before = session.actionCount();
    expect(before).toBeGreaterThanOrEqual(3);
    expect(session.play('us', nextId(), 'us.hold', 'second student, too late', 1)).toMatchObject({
      ok: false,
      error: 'That month is already over: choose again for this month.',
    });
    expect(session.actionCount()).toBe(before);
  });

  it('plays the rules it was made with: a session stored before versions were recorded restores under version 1', () => {
    const store = createMemoryStore();
    const { scenarioVersion: _current, ...legacy } = config({ code: 'OLDV01', seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' } });
    store.createSession({ code: legacy.code, teacherKeyHash: '0'.repeat(64), config: legacy });
    const clock = new FakeClock();
    const old = ClassroomSession.create(legacy, store, clock);
    fillSeats(old);
    playOut(old);
    expect(old.save().scenario).toEqual({ id: SCENARIO.id, version: 1 });
    const restored = ClassroomSession.restore(legacy, store.log(legacy.code), store, clock);
    expect(restored.save().scenario.version).toBe(1);
    expect(restored.hash()).toBe(old.hash());
    // A new session records and plays the current version.
    const { session, cfg } = newSession({ code: 'NEWV02' });
    expect(cfg.scenarioVersion).toBe(SCENARIO.version);
    expect(session.save().scenario.version).toBe(SCENARIO.version);
    expect(SCENARIO.version).toBeGreaterThan(1);
    old.dispose();
    restored.dispose();
    session.dispose();
  });
});
