/**
 * What-if branches: "take over from here". A new game starts from a saved game's seed and
 * settings, replays its moves up to a chosen month, and continues live with new controllers for
 * the seats. The branch's save names its parent and the month it left it.
 */
import { err, ok, type Result } from '../model/result';
import type { SaveFile } from '../codec/save';
import type { SeatControllers } from '../model/types';
import { describeRefusal, foldSave } from './fold';
import { stateHash } from './hash';
import type { GameRunner } from './runner';

export interface Branch {
  game: GameRunner;
  /** For the branch's save: `meta.parent`. */
  parent: { hash: string; branchTurn: number; title?: string };
}

/**
 * Starts a live game that shares the parent's first `turn` months (0: from the start) and lets
 * `seats` play from there. The parent must replay cleanly up to that month.
 */
export function branchFrom(parent: SaveFile, turn: number, seats: SeatControllers): Result<Branch> {
  const r = foldSave(parent, { to: turn, seats, checkpoints: true });
  if (!r.ok) return err(`The saved game cannot be replayed to month ${turn}: ${describeRefusal(r.refusal)}`);
  const game = r.value.game;
  const state = game.state();
  const refuse = (message: string): Result<Branch> => {
    game.stop();
    return err(message);
  };
  if (state.history.length < turn) return refuse(`The saved game ends before month ${turn}.`);
  if (state.ending !== null) return refuse(`The saved game has already ended by month ${turn}; take over an earlier month.`);
  // The branch is the parent's game with other controllers: with the parent's seats, its state is the parent's.
  const parentHash = stateHash({ ...state, seats: { ...parent.seats } });
  return ok({
    game,
    parent: { hash: parentHash, branchTurn: turn, ...(parent.meta?.title ? { title: parent.meta.title } : {}) },
  });
}
