/** Games to test the saved-games layer on: bot games, games with a person, games with injected events. */
import type { SaveFile } from '../../src/codec/save';
import { createGame, type GameRunner } from '../../src/engine/runner';
import type { Seat } from '../../src/model/types';

/** A whole game of bots, saved. */
export function botSave(
  seed: number,
  o: { maxTurns?: number; inject?: { month: number; event: string } } = {},
): { save: SaveFile; hash: string } {
  const game = createGame(
    { seed, ...(o.maxTurns ? { maxTurns: o.maxTurns } : {}), seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } },
    { checkpoints: true },
  );
  while (!game.ended()) {
    if (
      o.inject &&
      game.state().turn === o.inject.month &&
      game.state().injected.length === 0 &&
      Object.keys(game.state().pending).length === 0
    ) {
      if (!game.inject(o.inject.event).ok) throw new Error('inject failed');
    }
    game.stepBots();
  }
  const out = { save: game.save({ title: `bots ${seed}` }), hash: game.hash() };
  game.stop();
  return out;
}

/** A person plays `seat` (always the n-th legal card) for `months` months against bots. */
export function humanGame(seed: number, seat: Seat, months: number): GameRunner {
  const seats = { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove', [seat]: 'human' } as const;
  const game = createGame({ seed, seats: { ...seats } }, { checkpoints: true });
  game.runBots();
  while (!game.ended() && game.turnsResolved() < months) {
    const legal = game.view(seat).legal;
    const pick = legal[(game.state().turn * 3) % legal.length]!;
    const r = game.play(seat, pick.id, 'player');
    if (!r.ok) throw new Error(r.error);
    game.runBots();
  }
  return game;
}
