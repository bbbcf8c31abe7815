/**
 * Issue 13 without a network: the team PIN's limits in the session, expiry in the hub (restarts
 * included), the server's flags (defect 6), and the smaller things (defect 7): who reads a reason,
 * "At the table" in network play, the debrief's month count and the console's roster text.
 */
import { describe, expect, it } from 'vitest';
import { boardVM } from '../../src/app/screens/board';
import { endedLine, monthsResolved } from '../../src/classroom/debrief';
import { rosterText } from '../../src/classroom/teacher';
import { t } from '../../src/i18n';
import { SessionHub } from '../../src/server/hub';
import { ServerUsageError, parseServerArgs } from '../../src/server/options';
import { DEFAULT_LIMITS, RateLimiter } from '../../src/server/rateLimit';
import { MAX_PIN_FAILURES, PIN_WINDOW_MS } from '../../src/server/session';
import { createMemoryStore } from '../../src/server/store';
import { FakeClock, fillSeats, newSession, nextId } from './helpers';

describe('the team PIN in the session', () => {
  it('a seat refuses every PIN, even the right one, after MAX_PIN_FAILURES wrong ones, until the window ends', () => {
    const clock = new FakeClock();
    const { session } = newSession({}, createMemoryStore(), clock);
    const owls = session.join('Owls');
    if (!owls.ok) throw new Error(owls.error);
    const wrong = owls.value.pin === '1111' ? '2222' : '1111';
    for (let i = 0; i < MAX_PIN_FAILURES; i++) expect(session.join('owls', { pin: wrong })).toMatchObject({ ok: false, reason: 'pin' });
    expect(session.join('owls', { pin: owls.value.pin })).toMatchObject({ ok: false, reason: 'pin' });
    clock.advance(PIN_WINDOW_MS);
    expect(session.join('owls', { pin: owls.value.pin }).ok).toBe(true);
  });

  it('a team restored from a log keeps its PIN; a team from before PINs cannot be joined by name', () => {
    const { session } = newSession();
    const owls = session.join('Owls', { member: 'Ada' });
    if (!owls.ok) throw new Error(owls.error);
    expect(session.roster().us).toMatchObject({ name: 'Owls', pin: owls.value.pin, members: [{ name: 'Ada' }] });
    const legacy = newSession({ code: 'LEGACY' });
    legacy.store.append('LEGACY', {
      seq: 1,
      id: 'join-old-000001',
      at: 1,
      kind: 'join',
      seat: 'us',
      team: 'Foxes',
      member: 'abcdefgh',
      tokenHash: '0'.repeat(64),
    });
    const hub = new SessionHub(legacy.store, new FakeClock());
    hub.restoreAll();
    const restored = hub.get('LEGACY')!;
    expect(restored.roster().us?.pin).toBeNull();
    expect(restored.join('foxes', { pin: '1234' })).toMatchObject({ ok: false, reason: 'closed' });
  });
});

describe('expiry in the hub', () => {
  it('ended sessions go after endedMs, idle ones after idleMs; a restart does not bring them back', () => {
    const clock = new FakeClock();
    const store = createMemoryStore();
    const hub = new SessionHub(store, clock, { endedMs: 60_000, idleMs: 600_000 });
    const seats = { us: 'human', dprk: 'human', rok: 'human' } as const;
    const a = hub.create({ seats, turnSeconds: 0, autoStart: true });
    const b = hub.create({ seats, turnSeconds: 0, autoStart: true });
    if (!a.ok || !b.ok) throw new Error('create');
    fillSeats(a.value.session);
    a.value.session.command({ id: nextId(), action: 'end' });
    clock.advance(59_000);
    expect(hub.expire()).toEqual([]);
    clock.advance(1_000);
    expect(hub.expire()).toEqual([{ code: a.value.session.code, why: 'ended' }]);
    clock.advance(540_000);
    expect(hub.expire()).toEqual([{ code: b.value.session.code, why: 'idle' }]);
    expect(store.log(a.value.session.code).length).toBeGreaterThan(0);
    const again = new SessionHub(store, clock, { endedMs: 60_000, idleMs: 600_000 });
    expect(again.restoreAll()).toMatchObject({ restored: 0, expired: 2 });
    // A code is never given out twice, not even an expired session's.
    expect(again.create({ seats, turnSeconds: 0, autoStart: true }).ok).toBe(true);
  });
});

describe("the server's flags (defect 6)", () => {
  const parse = (...argv: string[]) => parseServerArgs(argv);

  it('names each limit, and a flag sets only its own', () => {
    const r = parse('--join-limit', '200', '--create-limit=5');
    if (r.help) throw new Error('help');
    expect(r.options.limits).toEqual({ joinPerMinute: 200, createPerMinute: 5 });
    const all = parse(
      '--lobby-limit',
      '1',
      '--connect-limit',
      '2',
      '--auth-failure-limit',
      '3',
      '--expire-ended-hours',
      '2',
      '--expire-idle-hours',
      '3',
      '--allow-origin',
      'http://localhost:5173/',
    );
    if (all.help) throw new Error('help');
    expect(all.options.limits).toEqual({ lobbyPerMinute: 1, connectPerMinute: 2, authFailuresPerMinute: 3 });
    expect(all.options.expiry).toEqual({ endedMs: 2 * 3_600_000, idleMs: 3 * 3_600_000 });
    expect(all.options.allowedOrigins).toEqual(['http://localhost:5173']);
  });

  it('refuses bad values with a message that says what is wanted', () => {
    for (const [argv, message] of [
      [['--join-limit', 'abc'], '--join-limit takes a whole number from 1 to 1000000, not "abc"'],
      [['--join-limit', '0'], '--join-limit takes a whole number'],
      [['--join-limit', '-5'], '--join-limit takes a whole number from 1 to 1000000, not "-5"'],
      [['--join-limit'], '--join-limit needs a value'],
      [['--port', '70000'], '--port takes a whole number from 0 to 65535'],
      [['--limit', '5'], 'unknown flag --limit'],
      [['--join-limit', '5', '--join-limit', '6'], '--join-limit given twice'],
      [['--allow-origin', 'evil'], '--allow-origin takes an address'],
      [['--expire-idle-hours', '1.5'], '--expire-idle-hours takes a whole number'],
    ] as const) {
      expect(() => parse(...argv), argv.join(' ')).toThrow(ServerUsageError);
      expect(() => parse(...argv)).toThrow(message);
    }
    expect(() => new RateLimiter(Number.NaN, 60_000)).toThrow(RangeError);
  });

  it('the defaults hold 30 students behind one address', () => {
    const students = 30;
    expect(DEFAULT_LIMITS.lobbyPerMinute).toBeGreaterThanOrEqual(students * 10);
    expect(DEFAULT_LIMITS.joinPerMinute).toBeGreaterThanOrEqual(students * 3);
    expect(DEFAULT_LIMITS.connectPerMinute).toBeGreaterThanOrEqual(students * 10);
    expect(DEFAULT_LIMITS.authFailuresPerMinute).toBeGreaterThanOrEqual(students);
    // …and a PIN guesser from that address needs hours for 10 000 PINs (each seat also locks after a few).
    expect(10_000 / DEFAULT_LIMITS.authFailuresPerMinute).toBeGreaterThan(120);
  });
});

describe('the smaller things (defect 7)', () => {
  it("a public move's reason reaches the other seats when the month resolves; a secret one's does not", () => {
    const { session } = newSession({ seats: { us: 'human', dprk: 'human', rok: 'human' } });
    fillSeats(session);
    const legal = session.seatMessage('dprk').view.legal;
    const secret = legal.find((m) => m.visibility === 'secret')!;
    session.play('us', nextId(), 'us.offerPublicTalks', 'we want talks');
    session.play('dprk', nextId(), secret.id, 'nobody may know');
    session.play('rok', nextId(), 'rok.hold', 'we wait');
    const seen = session.seatMessage('rok').view.moves;
    expect(seen.find((m) => m.seat === 'us')?.reason).toBe('we want talks');
    expect(seen.find((m) => m.seat === 'dprk')?.reason ?? null).not.toBe('nobody may know');
    // The join panel says exactly that.
    expect(t('en', 'join.panel.reasonAudience')).toMatch(/public move when the month resolves/);
    expect(t('en', 'join.panel.reasonAudience')).toMatch(/secret move, only if it leaks/);
  });

  it('"At the table" in network play: only the viewer\'s own seat is "You"', () => {
    const { session } = newSession({ seats: { us: 'human', dprk: 'human', rok: 'bot:dove' } });
    fillSeats(session);
    const vm = boardVM(session.seatMessage('dprk').view, 'en', 'easy');
    expect(vm.controllers.map((c) => [c.seat, c.controller])).toEqual([
      ['us', 'Person'],
      ['dprk', 'You'],
      ['rok', expect.not.stringMatching(/^(You|Person)$/)],
    ]);
  });

  it('the debrief counts the months that resolved', () => {
    expect(monthsResolved({ endedOn: null, turn: 3 }, 'teacher')).toBe(2);
    expect(endedLine('en', { endedOn: null, turn: 3, ending: null }, 'teacher')).toBe(
      'Ended by the teacher after 2 months; scored as if the status quo held.',
    );
    expect(endedLine('en', { endedOn: null, turn: 2, ending: null }, 'teacher')).toContain('after 1 month;');
    expect(monthsResolved({ endedOn: 9, turn: 9 }, 'game')).toBe(9);
  });

  it("the console's roster: the PIN and who joined", () => {
    const at = new Date(2026, 0, 1, 10, 42).getTime();
    expect(
      rosterText({
        name: 'Owls',
        pin: '0421',
        members: [
          { name: 'Ada', joinedAt: at },
          { name: 'device 2', joinedAt: at },
        ],
      }),
    ).toBe('PIN 0421 · Ada (10:42), device 2 (10:42)');
    expect(rosterText(undefined)).toBe('—');
  });
});
