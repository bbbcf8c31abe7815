/**
 * What-if branches: "take over from here". A new game starts from a saved game's seed and
 * settings, replays its moves up to a chosen month, and continues live with new controllers for
 * the seats. The branch's save names its parent and the month it left it.
 */
import { err, ok, type Result } from '../model/result';
import type { SaveFile } from '../codec/save';
import type { SeatControllers } from '../model/types';
import { inputOf, replaySave } from './replay';
import { createGame, type GameRunner } from './runner';

export interface Branch {
  game: GameRunner;
  /** For the branch's save: `meta.parent`. */
  parent: { hash: string; branchTurn: number; title?: string };
}

/**
 * Starts a live game that shares the parent's first `turn` months (0: from the start) and lets
 * `seats` play from there. The parent must replay cleanly up to that month.
 */
export function takeOver(parent: SaveFile, turn: number, seats: SeatControllers): Result<Branch> {
  const upTo = replaySave(parent, { to: turn });
  if (!upTo.ok) return err(`The saved game cannot be replayed to month ${turn}: ${upTo.divergence.message}.`);
  if (upTo.state.history.length < turn) return err(`The saved game ends before month ${turn}.`);
  if (upTo.state.ending !== null) return err(`The saved game has already ended by month ${turn}; take over an earlier month.`);
  const game = createGame({ ...inputOf(parent), seats }, { checkpoints: true });
  const injections = (parent.injections ?? []).filter((i) => i.turn <= turn);
  let next = 0;
  for (const a of parent.actions) {
    if (a.turn > turn) break;
    // The parent's injected events of a month are queued before that month's moves, as in replay.
    while (next < injections.length && (injections[next] as { turn: number }).turn <= a.turn) {
      const r = game.inject((injections[next++] as { event: string }).event);
      if (!r.ok) {
        game.stop();
        return err(r.error);
      }
    }
    const r = game.play(a.seat, a.move, a.reason);
    if (!r.ok) {
      game.stop();
      return err(r.error);
    }
  }
  return ok({
    game,
    parent: { hash: upTo.hash, branchTurn: turn, ...(parent.meta?.title ? { title: parent.meta.title } : {}) },
  });
}
