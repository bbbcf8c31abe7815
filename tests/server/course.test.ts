/**
 * The course (issue 11) at the session level, with a fake clock: a cohort of three sessions
 * compared (the divergence month and moves), a schedule-driven month resolved by the injected
 * clock with no waiting, a team changing its sealed move until the month is due, everything
 * surviving a restart, and memos kept from the other teams.
 */
import { describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { COURSE_TEXTS } from '../../src/i18n';
import { logReason } from '../../src/i18n/log';
import { LANGUAGES } from '../../src/i18n/format';
import { SEATS, type Seat } from '../../src/model/types';
import type { Deadline } from '../../src/net/course';
import { CohortBook, divergence } from '../../src/server/cohorts';
import { SessionHub } from '../../src/server/hub';
import { nextDeadline, zonedTime } from '../../src/server/schedule';
import { ClassroomSession } from '../../src/server/session';
import { createMemoryStore } from '../../src/server/store';
import { FakeClock, fillSeats, newSession, nextId } from './helpers';

/** Plays one month: every human seat takes the dealmaker's choice, or `pick(seat, legal)` when it returns a move. */
function playMonth(s: ClassroomSession, pick: (seat: Seat, legal: string[]) => string | null = () => null): void {
  for (const seat of SEATS) {
    const m = s.seatMessage(seat);
    if (m.session.seats[seat].controller !== 'human' || m.view.pending !== null) continue;
    const choice = chooseMove(m.view, 'dealmaker');
    const move =
      pick(
        seat,
        m.view.legal.map((l) => l.id),
      ) ?? choice.move;
    const ack = s.play(seat, nextId(), move, logReason(choice.reason));
    if (!ack.ok) throw new Error(ack.error);
  }
}

describe('a cohort of three sessions', () => {
  it('has one seed and settings, survives a restart, and is compared: divergence month and moves', async () => {
    const store = createMemoryStore();
    const clock = new FakeClock();
    const hub = new SessionHub(store, clock);
    const book = new CohortBook(hub);
    const r = book.create({
      name: 'Grade 11',
      sessions: 3,
      seed: 42,
      seats: { us: 'human', dprk: 'bot:hawk', rok: 'human' },
      turnSeconds: 0,
      months: 8,
      autoStart: true,
    });
    if (!r.ok) throw new Error(r.error);
    const [a, b, c] = r.value.sessions as [ClassroomSession, ClassroomSession, ClassroomSession];
    expect(new Set(r.value.sessions.map((s) => s.config.seed))).toEqual(new Set([42]));
    expect(r.value.sessions.every((s) => hub.isTeacher(s.code, r.value.teacherKey))).toBe(true);
    expect(book.isTeacher(r.value.cohort.id, r.value.teacherKey)).toBe(true);
    expect(book.isTeacher(r.value.cohort.id, 'x'.repeat(43))).toBe(false);
    for (const s of [a, b, c]) fillSeats(s);
    // A and B play alike; C's Washington plays another card in month 3.
    let cMove = '';
    let aMove = '';
    for (let month = 1; month <= 5; month++) {
      playMonth(a, (seat, legal) => (month === 3 && seat === 'us' ? (aMove = legal[0] as string) : null));
      playMonth(b, (seat, legal) => (month === 3 && seat === 'us' ? (legal[0] as string) : null));
      playMonth(c, (seat, legal) => (month === 3 && seat === 'us' ? (cMove = legal[1] as string) : null));
    }
    expect(aMove).not.toBe(cMove);
    const report = (await book.report(r.value.cohort.id, r.value.teacherKey))!;
    expect(report.sessions.map((s) => s.monthsPlayed)).toEqual([5, 5, 5]);
    expect(report.sessions[0]!.indicators).toHaveLength(5);
    expect(report.sessions[0]!.moves[2]!.us).toBe(aMove);
    const pair = (x: string, y: string) => report.divergences.find((d) => d.a === x && d.b === y)!;
    expect(pair(a.code, b.code).month).toBeNull();
    expect(pair(a.code, c.code)).toMatchObject({ month: 3, moves: [{ seat: 'us', a: aMove, b: cMove }] });
    expect(pair(b.code, c.code).month).toBe(3);
    // Before month 3 the worlds are the same: the same indicators month by month.
    expect(report.sessions[2]!.indicators.slice(0, 2)).toEqual(report.sessions[0]!.indicators.slice(0, 2));

    // A restart: the hub and the cohort come back from the store with the same comparison.
    const hub2 = new SessionHub(store, clock);
    hub2.restoreAll();
    const book2 = new CohortBook(hub2);
    expect(await book2.report(r.value.cohort.id, r.value.teacherKey)).toEqual(report);
    expect(book2.isTeacher(r.value.cohort.id, r.value.teacherKey)).toBe(true);
  });

  it('an injected event is a divergence too', () => {
    const base = { code: 'A', title: 'A', available: true, status: 'playing', ending: null, endedBy: null, scores: null, indicators: [] };
    const moves = [{ us: 'us.hold' }, { us: 'us.hold' }];
    const d = divergence(
      { ...base, monthsPlayed: 2, moves, injections: [] },
      { ...base, code: 'B', monthsPlayed: 2, moves, injections: [{ turn: 2, event: 'leak' }] },
    );
    expect(d).toMatchObject({ month: 2, moves: [], events: { a: [], b: ['leak'] } });
  });
});

describe('deadlines over days', () => {
  it('computes the next scheduled time in the teacher’s time zone, across a weekend and a change of clocks', () => {
    const weekdays: Deadline = { kind: 'schedule', days: [1, 2, 3, 4, 5], time: '09:00', timeZone: 'Europe/Berlin' };
    // Friday 6 March 2026, 10:00 in Berlin (UTC+1) → Monday 9 March, 09:00 (08:00 UTC).
    expect(new Date(nextDeadline(weekdays, Date.UTC(2026, 2, 6, 9, 0))).toISOString()).toBe('2026-03-09T08:00:00.000Z');
    // Friday 27 March 2026, 10:00 (UTC+1) → Monday 30 March, 09:00 summer time (07:00 UTC).
    expect(new Date(nextDeadline(weekdays, Date.UTC(2026, 2, 27, 9, 0))).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // Monday 08:59 → the same day.
    expect(nextDeadline(weekdays, zonedTime(2026, 3, 9, 8, 59, 'Europe/Berlin'))).toBe(zonedTime(2026, 3, 9, 9, 0, 'Europe/Berlin'));
    expect(zonedTime(2026, 7, 1, 9, 0, 'Asia/Seoul')).toBe(Date.UTC(2026, 6, 1, 0, 0));
    expect(nextDeadline({ kind: 'hours', hours: 48 }, 1000)).toBe(1000 + 48 * 3_600_000);
  });

  it('a schedule-driven month resolves at its deadline (injected clock); a team may change its move until then; a restart keeps the deadline', () => {
    const clock = new FakeClock();
    clock.t = zonedTime(2026, 3, 9, 10, 0, 'Europe/Berlin'); // a Monday, 10:00
    const deadline: Deadline = { kind: 'schedule', days: [1, 2, 3, 4, 5], time: '09:00', timeZone: 'Europe/Berlin' };
    const { session, store, cfg } = newSession({ deadline, seats: { us: 'human', dprk: 'bot:hawk', rok: 'human' } }, undefined, clock);
    fillSeats(session);
    expect(session.status()).toBe('playing');
    const due = zonedTime(2026, 3, 10, 9, 0, 'Europe/Berlin');
    expect(session.info().course?.deadlineAt).toBe(due);
    expect(session.info().remainingMs).toBe(due - clock.t);

    const legal = session.seatMessage('us').view.legal.map((l) => l.id);
    expect(session.play('us', nextId(), legal[0]!, 'first thought').ok).toBe(true);
    expect(session.seatMessage('us').view.pending).toEqual({ move: legal[0], reason: 'first thought' });
    expect(session.info().seats.us.committed).toBe(true);
    expect(session.info().seats.rok.committed).toBe(false);
    // Another seat cannot see which move was sealed.
    expect(JSON.stringify(session.seatMessage('rok'))).not.toContain('first thought');
    expect(session.play('us', nextId(), legal[1]!, 'second thought').ok).toBe(true);
    expect(session.teacherMessage('').sealed.us).toEqual({ move: legal[1], reason: 'second thought' });

    clock.advance(due - clock.t - 60_000); // a minute before the deadline: still month 1
    expect(session.turn()).toBe(1);

    // The server restarts: the deadline is the same, the sealed move is still there.
    session.dispose();
    const restored = ClassroomSession.restore(cfg, store.log(cfg.code), store, clock);
    expect(restored.info().course?.deadlineAt).toBe(due);
    expect(restored.seatMessage('us').view.pending?.move).toBe(legal[1]);

    clock.advance(60_000);
    expect(restored.turn()).toBe(2);
    const month1 = restored.teacherMessage('').actions.filter((a) => a.turn === 1);
    expect(month1.find((a) => a.seat === 'us')).toMatchObject({ move: legal[1], reason: 'second thought', by: 'team' });
    expect(month1.find((a) => a.seat === 'rok')).toMatchObject({ move: 'rok.hold', by: 'timer' });
    // Month 2 is due the next weekday at 09:00.
    expect(restored.info().course?.deadlineAt).toBe(zonedTime(2026, 3, 11, 9, 0, 'Europe/Berlin'));
    // The teacher may resolve a month at once.
    expect(restored.command({ id: nextId(), action: 'resolve' }).ok).toBe(true);
    expect(restored.turn()).toBe(3);
    restored.dispose();
  });

  it('a session played over days does not expire for being idle until it ends; one on minutes does', () => {
    const clock = new FakeClock();
    const hub = new SessionHub(createMemoryStore(), clock, { endedMs: 3_600_000, idleMs: 3_600_000 });
    const seats = { us: 'human', dprk: 'human', rok: 'human' } as const;
    const days = hub.create({ seats, turnSeconds: 0, autoStart: true, deadline: { kind: 'hours', hours: 72 } });
    const minutes = hub.create({ seats, turnSeconds: 0, autoStart: true });
    if (!days.ok || !minutes.ok) throw new Error('not created');
    clock.advance(2 * 3_600_000);
    expect(hub.expire().map((x) => x.code)).toEqual([minutes.value.session.code]);
    expect(hub.get(days.value.session.code)).toBeDefined();
  });

  it('a pause freezes the time left and pushes the deadline on; +1 minute extends it', () => {
    const clock = new FakeClock();
    const { session } = newSession({ deadline: { kind: 'hours', hours: 24 } }, undefined, clock);
    fillSeats(session);
    const due = session.info().course!.deadlineAt!;
    clock.advance(3_600_000);
    expect(session.command({ id: nextId(), action: 'pause' }).ok).toBe(true);
    clock.advance(5 * 3_600_000);
    expect(session.info().remainingMs).toBe(23 * 3_600_000);
    expect(session.command({ id: nextId(), action: 'resume' }).ok).toBe(true);
    expect(session.command({ id: nextId(), action: 'extend', seconds: 60 }).ok).toBe(true);
    expect(session.info().course!.deadlineAt).toBe(due + 5 * 3_600_000 + 60_000);
    clock.advance(23 * 3_600_000 + 59_000);
    expect(session.turn()).toBe(1);
    clock.advance(1_000);
    expect(session.turn()).toBe(2);
  });
});

describe('memos', () => {
  it('are asked for at chosen months, limited, kept from the other teams, and in the console and the debrief', () => {
    const { session } = newSession();
    fillSeats(session);
    expect(session.memo('us', nextId(), 1, 'too early').ok).toBe(false);
    expect(session.command({ id: nextId(), action: 'memos', months: [1, 3], prompts: { rok: 'What will Seoul pay?' } }).ok).toBe(true);
    const info = session.info().course!;
    expect(info.memo).toMatchObject({ turn: 1, prompts: { us: '', rok: 'What will Seoul pay?' } });
    const secret = 'We must first win over <b>Congress</b>\u0000.';
    expect(session.memo('us', nextId(), 1, secret).ok).toBe(true);
    expect(session.info().course!.memo!.sent).toEqual({ us: true, dprk: false, rok: false });
    // The text reaches the teacher only.
    expect(JSON.stringify(session.seatMessage('dprk'))).not.toContain('win over');
    expect(session.teacherMessage('').course!.memos).toEqual([
      expect.objectContaining({ seat: 'us', turn: 1, text: 'We must first win over <b>Congress</b>.' }),
    ]);
    for (let i = 0; i < 4; i++) expect(session.memo('us', nextId(), 1, `draft ${i}`).ok).toBe(true);
    const sixth = session.memo('us', nextId(), 1, 'one too many');
    expect(sixth).toMatchObject({ ok: false, error: expect.stringContaining('at most 5') });
    expect(session.memo('dprk', nextId(), 2, 'wrong month').ok).toBe(false);
    playMonth(session);
    expect(session.info().course!.memo).toBeNull(); // month 2: none asked
    expect(session.memo('rok', nextId(), 2, 'unasked').ok).toBe(false);
    expect(session.debrief().memos).toEqual([expect.objectContaining({ seat: 'us', text: 'draft 3' })]);
  });

  it('grades stay within each criterion’s points', () => {
    const { session } = newSession();
    const rubric = session.teacherMessage('').course!.rubric;
    for (const seat of SEATS) expect(rubric[seat].reduce((n, c) => n + c.max, 0)).toBeGreaterThanOrEqual(10);
    const first = rubric.us[0]!;
    expect(session.command({ id: nextId(), action: 'grade', seat: 'us', criterion: first.id, points: first.max }).ok).toBe(true);
    expect(session.command({ id: nextId(), action: 'grade', seat: 'us', criterion: first.id, points: first.max + 1 }).ok).toBe(false);
    expect(session.command({ id: nextId(), action: 'grade', seat: 'us', criterion: 'nonsense', points: 1 }).ok).toBe(false);
    expect(session.teacherMessage('').course!.grades.us).toEqual({ [first.id]: first.max });
  });

  it('the course texts have the same keys in every language', () => {
    const en = Object.keys(COURSE_TEXTS.en).sort();
    for (const lang of LANGUAGES) expect(Object.keys(COURSE_TEXTS[lang]).sort()).toEqual(en);
  });
});
