/**
 * The parts the classroom session is folded from: the lifecycle statechart, the pure reducer over
 * log entries, and the runner's views the server reads the game through.
 */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine/runner';
import { endedBy, initialLifecycle, nextLifecycle, statusOf } from '../../src/server/lifecycle';
import { initialRecord, reduce } from '../../src/server/reducer';
import type { LogEntry } from '../../src/server/entries';
import { config } from './helpers';

describe('the lifecycle statechart', () => {
  it('lobby → playing ⇄ paused → ended, ignoring what a state does not take', () => {
    let l = initialLifecycle();
    expect(statusOf(l)).toBe('lobby');
    l = nextLifecycle(l, { type: 'pause' });
    expect(statusOf(l)).toBe('lobby');
    l = nextLifecycle(l, { type: 'start' });
    l = nextLifecycle(l, { type: 'pause' });
    expect(statusOf(l)).toBe('paused');
    l = nextLifecycle(l, { type: 'start' });
    expect(statusOf(l)).toBe('paused');
    l = nextLifecycle(l, { type: 'resume' });
    expect(statusOf(l)).toBe('playing');
    l = nextLifecycle(l, { type: 'end', by: 'game' });
    expect([statusOf(l), endedBy(l)]).toEqual(['ended', 'game']);
    l = nextLifecycle(l, { type: 'end', by: 'teacher' });
    expect(endedBy(l)).toBe('game');
    expect(endedBy(nextLifecycle(initialLifecycle(), { type: 'end', by: 'teacher' }))).toBe('teacher');
  });
});

describe('the session reducer', () => {
  it('folds entries without touching the record it was given', () => {
    const r0 = initialRecord(config({ seats: { us: 'human', dprk: 'human', rok: 'human' }, createdAt: new Date(5).toISOString() }), 0);
    const join: LogEntry = {
      seq: 1,
      id: 'join-a',
      at: 10,
      kind: 'join',
      seat: 'us',
      team: 'Owls',
      member: 'm1',
      tokenHash: 'h1',
      pin: '1234',
      name: 'Ada',
    };
    const r1 = reduce(r0, join, false);
    const r2 = reduce(r1, { seq: 2, id: 'auto-start', at: 20, kind: 'start' }, false);
    const r3 = reduce(
      r2,
      { seq: 3, id: 'timer-1-us', at: 30, kind: 'play', seat: 'us', move: 'us.hold', reason: '', turn: 1, by: 'timer' },
      false,
    );
    const r4 = reduce(r3, { seq: 4, id: 'teacher:x', at: 40, kind: 'release', seat: 'us' }, false);
    const r5 = reduce(r4, { seq: 5, id: 'teacher:y', at: 50, kind: 'end' }, false);
    expect(r0.roster.teams.us).toBeNull();
    expect(r0.accepted.size).toBe(0);
    expect(r1.roster.teams.us).toMatchObject({ name: 'Owls', pin: '1234', members: [{ name: 'Ada', joinedAt: 10 }] });
    expect(r1.roster.tokens.get('h1')).toEqual({ seat: 'us', member: 'm1' });
    expect(statusOf(r2.lifecycle)).toBe('playing');
    expect([...r3.timedOut]).toEqual(['1/us']);
    expect(r2.timedOut.size).toBe(0);
    expect(r4.roster.tokens.size).toBe(0);
    expect(r3.roster.tokens.size).toBe(1);
    expect(r5).toMatchObject({ endedAt: 50, lastActivity: 50 });
    expect(endedBy(r5.lifecycle)).toBe('teacher');
    expect([...r5.accepted]).toEqual(['join-a', 'auto-start', 'timer-1-us', 'teacher:x', 'teacher:y']);
  });
});

describe("the runner's views", () => {
  it('answers why a move is illegal, gives brief views, and scores a game stopped early', () => {
    const game = createGame({ seed: 3, seats: { us: 'human', dprk: 'human', rok: 'human' } });
    expect(game.whyIllegal('us', 'us.hold')).toBeNull();
    expect(game.whyIllegal('us', 'dprk.hold')).toEqual(expect.any(String));
    const brief = game.view('us', { brief: true });
    expect(brief.moves).toEqual([]);
    expect(brief.legal.length).toBeGreaterThan(0);
    expect(game.view('all').results).toBeNull();
    const standing = game.standing();
    expect(standing.results?.us.score).toEqual(expect.any(Number));
    expect(standing.explanation).not.toBeNull();
    game.stop();
  });
});
