/**
 * The strategist's futures are the game's own: a month stepped by `stepMonth` comes to the state
 * the statechart reaches with the same moves, whatever the stages, endings and table.
 */
import { describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { FIXED_BOTS } from '../../src/bots/personalities';
import { stepMonth, type FirstMove } from '../../src/bots/rollout';
import { createGame } from '../../src/engine/runner';
import { SEATS, type Seat } from '../../src/model/types';

describe('a month of a sampled future', () => {
  it('comes to the state the statechart reaches with the same moves', () => {
    const stages = new Set<string>();
    const endings = new Set<string>();
    for (let seed = 1; seed <= 24; seed++) {
      const bot = (i: number) => FIXED_BOTS[(seed + i) % FIXED_BOTS.length] as string;
      const scenarioVersion = seed % 6 === 0 ? 3 : seed % 6 === 1 ? 2 : undefined;
      const game = createGame({ seed, ...(scenarioVersion ? { scenarioVersion } : {}) });
      while (!game.ended()) {
        const before = game.state();
        const moves: Partial<Record<Seat, FirstMove>> = {};
        for (const [i, seat] of SEATS.entries()) {
          const c = chooseMove(game.view(seat, { brief: true }), bot(i));
          moves[seat] = { move: c.move, table: c.table ?? null };
          expect(game.play(seat, c.move, '', c.table).ok).toBe(true);
        }
        expect(stepMonth(before, moves)).toEqual(game.state());
        stages.add(game.state().tracks.negotiation);
      }
      endings.add(game.state().ending ?? '');
      game.stop();
    }
    // The games went through the talks' stages and ended in more than one way.
    expect(stages.size).toBeGreaterThanOrEqual(4);
    expect(endings.size).toBeGreaterThanOrEqual(2);
  });

  it('refuses a move its seat may not play', () => {
    const game = createGame({ seed: 3 });
    const s = game.state();
    game.stop();
    expect(() => stepMonth(s, { us: { move: 'dprk.testMissile', table: null } })).toThrow(/us may not play/);
  });
});
