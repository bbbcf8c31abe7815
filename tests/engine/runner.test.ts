/** The runner: the one authority over a game, its log, and the bots that fill seats. */
import { describe, expect, it } from 'vitest';
import type { GameEmitted } from '../../src/machine/events';
import { stateHash } from '../../src/engine/hash';
import { botOf, createGame, playBotGame } from '../../src/engine/runner';
import { createInitialState } from '../../src/model/state';
import { SEATS } from '../../src/model/types';
import { playerView } from '../../src/model/view';

describe('play', () => {
  it('refuses an illegal move with a reason, and changes nothing', () => {
    const game = createGame({ seed: 1, seats: { us: 'human', dprk: 'human', rok: 'human' } });
    const before = game.hash();
    const r = game.play('dprk', 'dprk.respondChannel', 'too early');
    expect(r).toEqual({
      ok: false,
      error: 'Turn 1: dprk cannot play dprk.respondChannel: the situation does not allow dprk.respondChannel now.',
    });
    const unknown = game.play('us', 'us.invade');
    expect(!unknown.ok && unknown.error).toContain('there is no move "us.invade"');
    const foreign = game.play('us', 'rok.hold');
    expect(!foreign.ok && foreign.error).toContain('rok.hold belongs to rok, not us');
    expect(game.hash()).toBe(before);
    expect(game.actions()).toEqual([]);
    game.stop();
  });

  it('keeps the log of accepted actions, in order, as copies', () => {
    const game = createGame({ seed: 1, seats: { us: 'human', dprk: 'human', rok: 'human' } });
    expect(game.play('rok', 'rok.backEngagement', 'why not').ok).toBe(true);
    expect(game.play('us', 'us.sendEnvoy', 'quietly').ok).toBe(true);
    const second = game.play('us', 'us.hold');
    expect(second.ok).toBe(false);
    expect(game.play('dprk', 'dprk.hold').ok).toBe(true);
    expect(game.play('us', 'us.hold').ok).toBe(true);
    const log = game.actions();
    expect(log).toEqual([
      { turn: 1, seat: 'rok', move: 'rok.backEngagement', reason: 'why not' },
      { turn: 1, seat: 'us', move: 'us.sendEnvoy', reason: 'quietly' },
      { turn: 1, seat: 'dprk', move: 'dprk.hold', reason: '' },
      { turn: 2, seat: 'us', move: 'us.hold', reason: '' },
    ]);
    log.pop();
    expect(game.actions()).toHaveLength(4);
    expect(game.turnsResolved()).toBe(1);
    game.stop();
  });

  it('shows each seat its own view', () => {
    const game = createGame({ seed: 3 });
    game.play('us', 'us.sendEnvoy');
    for (const seat of [...SEATS, 'all'] as const) expect(game.view(seat)).toEqual(playerView(game.state(), seat));
    expect(game.view('dprk').committed.us).toBe(true);
    game.stop();
  });
});

describe('bots', () => {
  it('fill every bot seat that has not moved, and only those', () => {
    const game = createGame({ seed: 5, seats: { us: 'human' } });
    expect(botOf(game.state(), 'us')).toBeNull();
    expect(botOf(game.state(), 'dprk')).toBe('dealmaker');
    expect(game.stepBots()).toBe(2);
    expect(Object.keys(game.state().pending).sort()).toEqual(['dprk', 'rok']);
    expect(game.stepBots()).toBe(0);
    expect(game.actions().every((a) => a.seat !== 'us' && a.reason.length > 0)).toBe(true);
    game.stop();
  });

  it('runBots stops when a human seat must act, and goes on after it has', () => {
    const game = createGame({ seed: 5, seats: { rok: 'human' } });
    game.runBots();
    expect(game.ended()).toBe(false);
    expect(game.state().turn).toBe(1);
    expect(game.state().pending.rok).toBeUndefined();
    expect(game.play('rok', 'rok.hold').ok).toBe(true);
    expect(game.state().turn).toBe(2);
    game.runBots();
    expect(game.state().turn).toBe(2);
    expect(Object.keys(game.state().pending).sort()).toEqual(['dprk', 'us']);
    game.stop();
  });

  it('with bots in every seat, runBots plays to the end', () => {
    const game = createGame({ seed: 6 });
    game.runBots();
    expect(game.ended()).toBe(true);
    expect(game.state().ending).not.toBeNull();
    expect(game.turnsResolved()).toBe(game.state().endedOn);
    expect(game.stepBots()).toBe(0);
    game.stop();
  });

  it('playBotGame gives the same game as the runner, and needs a bot in every seat', () => {
    const { state, actions } = playBotGame({ seed: 6 });
    const game = createGame({ seed: 6 });
    game.runBots();
    expect(state).toEqual(game.state());
    expect(actions).toEqual(game.actions());
    game.stop();
    expect(() => playBotGame({ seed: 6, seats: { dprk: 'human' } })).toThrow(/needs a bot in every seat; dprk is human/);
  });
});

describe('inject', () => {
  it('queues a known event for this month and refuses unknown ones and a finished game', () => {
    const game = createGame({ seed: 7, maxTurns: 1 });
    expect(game.inject('leak').ok).toBe(true);
    expect(game.state().injected).toEqual(['leak']);
    const r = game.inject('meteor');
    expect(r).toEqual({ ok: false, error: 'Unknown event "meteor" or the game is over.' });
    game.runBots();
    expect(game.state().news.some((n) => n.id === 'event.leak' && n.params?.injected === 1)).toBe(true);
    expect(game.ended()).toBe(true);
    expect(game.inject('leak').ok).toBe(false);
    game.stop();
  });
});

describe('emitted events and checkpoints', () => {
  it('emits accepted moves, months, stages and the end, until unsubscribed', () => {
    const game = createGame({ seed: 8, maxTurns: 2, seats: { us: 'human', dprk: 'human', rok: 'human' } });
    const seen: GameEmitted[] = [];
    const off = game.on((e) => seen.push(e));
    game.play('us', 'us.sendEnvoy');
    game.play('dprk', 'dprk.hold');
    game.play('rok', 'rok.hold');
    expect(seen).toEqual([
      { type: 'move.accepted', seat: 'us', move: 'us.sendEnvoy' },
      { type: 'move.accepted', seat: 'dprk', move: 'dprk.hold' },
      { type: 'move.accepted', seat: 'rok', move: 'rok.hold' },
      { type: 'stage.entered', track: 'negotiation', stage: 'secretEnvoy' },
      { type: 'turn.resolved', turn: 1 },
    ]);
    game.play('us', 'us.hold');
    game.play('dprk', 'dprk.hold');
    game.play('rok', 'rok.hold');
    expect(seen.at(-1)).toEqual({ type: 'game.ended', ending: 'statusQuo' });
    const count = seen.length;
    off();
    game.stop();
    expect(seen).toHaveLength(count);
  });

  it('hashes the state after each month when asked to, as the from-scratch state hash would', () => {
    const plain = createGame({ seed: 9 });
    plain.runBots();
    expect(plain.checkpoints()).toEqual([]);
    const game = createGame({ seed: 9 }, { checkpoints: true });
    const hashes: string[] = [];
    while (!game.ended()) {
      game.stepBots();
      hashes.push(stateHash(game.state()));
    }
    expect(game.checkpoints()).toEqual(hashes.map((hash, i) => ({ turn: i + 1, hash })));
    expect(game.hash()).toBe(hashes.at(-1));
    expect(game.hash()).toBe(plain.hash());
    plain.stop();
    game.stop();
  });

  it('saves the game so far, with its result once it has ended', () => {
    const game = createGame({ seed: 10, overrides: { trust: 30 } }, { checkpoints: true });
    game.stepBots();
    const partial = game.save({ title: 'half' });
    expect(partial.result).toBeUndefined();
    expect(partial.meta).toEqual({ title: 'half' });
    expect(partial.settings.overrides).toEqual({ trust: 30 });
    expect(partial.actions).toHaveLength(3);
    game.runBots();
    const done = game.save();
    expect(done.result).toEqual({ ending: game.state().ending, turn: game.state().endedOn, hash: game.hash() });
    expect(done.checkpoints).toHaveLength(game.turnsResolved());
    expect(createInitialState({ seed: done.seed }).rng).toEqual(createInitialState({ seed: 10 }).rng);
    game.stop();
  });
});
