/** Seeded bot games as test material: positions to test rules on, and whole games to test properties over. */
import { chooseMove } from '../../src/bots/choose';
import { planOf } from '../../src/bots/plans';
import { planMove } from '../../src/bots/strategist';
import { createGame } from '../../src/engine/runner';
import { createInitialState, type NewGameInput } from '../../src/model/state';
import type { GameState, Seat, SeatControllers } from '../../src/model/types';
import { playerView } from '../../src/model/view';
import { cardMonth } from './table';

/** The state at the start of every month of a bot game (nothing sealed yet), and the final state. */
export function monthStarts(input: NewGameInput): { starts: GameState[]; final: GameState } {
  const game = createGame(input);
  const starts: GameState[] = [];
  while (!game.ended()) {
    starts.push(game.state());
    game.stepBots();
  }
  const final = game.state();
  game.stop();
  return { starts, final };
}

/** Every month-start position of the bot games with seeds `from`, `from + 1`, … (`count` games). */
export function samplePositions(from: number, count: number, input: Omit<NewGameInput, 'seed'> = {}): GameState[] {
  const out: GameState[] = [];
  for (let seed = from; seed < from + count; seed++) out.push(...monthStarts({ ...input, seed }).starts);
  return out;
}

/** Freezes a value and everything inside it, so a rule that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The save of a whole bot game (dealmaker, hawk, dove) with checkpoints: what the turning points start from. */
export function botSave(seed: number) {
  const g = createGame({ seed, seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } }, { checkpoints: true });
  g.runBots();
  const save = g.save();
  g.stop();
  return save;
}

/**
 * A strategist's decision in `seat` after a first month of the given cards (seed 1, scenario
 * `version`): its brief view, the card its plan would play, and what it chose with its forecasts.
 */
export function strategistAfter(seats: SeatControllers, seat: Seat, version: number, first: Partial<Record<Seat, string>>) {
  const view = playerView(cardMonth(createInitialState({ seed: 1, scenarioVersion: version, seats }), first), seat, { brief: true });
  const chosen = planMove(view, chooseMove);
  return { view, plan: chooseMove(view, planOf(seats, seat, version)).move, forecasts: chosen.forecasts, chosen };
}
