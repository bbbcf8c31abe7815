/**
 * Replay for the CLI, share links and tests: a save folded (see fold.ts) to its end or to a month,
 * with the state and hash it reaches, or the divergence where it stops replaying.
 */
import type { SaveFile } from '../codec/save';
import type { GameState, Seat } from '../model/types';
import { foldSave, refusalReason, type FoldOptions, type FoldRefusal } from './fold';
import type { Checkpoint } from './saveFile';

export interface ReplayOptions extends Pick<FoldOptions, 'to' | 'verify' | 'botReasons'> {
  /** Hash every month and return the hashes (to rebuild a save's checkpoints). */
  record?: boolean;
}

export interface Divergence {
  turn: number;
  seat?: Seat;
  move?: string;
  message: string;
}

export type ReplayResult =
  | { ok: true; state: GameState; hash: string; checked: number; checkpoints: Checkpoint[] }
  | { ok: false; divergence: Divergence; state: GameState; refusal: FoldRefusal };

/** A refusal as the CLI reports it: the month, the seat and move if an action was refused, and why. */
export function divergenceOf(r: FoldRefusal): Divergence {
  return { turn: r.turn, ...('seat' in r ? { seat: r.seat, move: r.move } : {}), message: refusalReason(r) };
}

/**
 * Replays a save's actions. Refuses a save of a scenario this build does not play, an illegal
 * move, an action for a month the game never reached, and (with `verify`) any checkpoint whose
 * hash differs.
 */
export function replaySave(save: SaveFile, options: ReplayOptions = {}): ReplayResult {
  const recorded: Checkpoint[] = [];
  const { record, ...fold } = options;
  const r = foldSave(save, {
    ...fold,
    ...(record ? { onMonth: (turn: number, _s: GameState, hash: string) => void (turn > 0 && recorded.push({ turn, hash })) } : {}),
  });
  if (!r.ok) return { ok: false, divergence: divergenceOf(r.refusal), state: r.state, refusal: r.refusal };
  const { game, hash, checked } = r.value;
  const state = game.state();
  game.stop();
  return { ok: true, state, hash, checked, checkpoints: recorded };
}
