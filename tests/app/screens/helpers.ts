/** Games for the screen view-model tests: played through the engine's runner, read through `view(seat)`. */
import { createGame, type GameRunner } from '../../../src/engine/runner';
import { SEATS, type Seat, type SeatControllers } from '../../../src/model/types';

/** A game where `humans` are people and the rest dealmaker bots, after `months` months of each person's first legal card. */
export function gameAfter(seed: number, humans: Seat[], months: number): GameRunner {
  const seats = Object.fromEntries(SEATS.map((s) => [s, humans.includes(s) ? 'human' : 'bot:dealmaker'])) as SeatControllers;
  const g = createGame({ seed, seats });
  g.runBots();
  for (let m = 0; m < months && !g.ended(); m++) {
    for (const s of humans) {
      if (g.ended()) break;
      const legal = g.view(s).legal;
      const pick = legal[(m + seed) % legal.length];
      if (!pick) throw new Error(`no legal move for ${s} in month ${m + 1}`);
      const r = g.play(s, pick.id, 'test');
      if (!r.ok) throw new Error(r.error);
    }
    g.runBots();
  }
  return g;
}
