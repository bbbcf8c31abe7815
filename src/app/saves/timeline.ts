/**
 * A saved game opened for viewing: folded once, keeping the state after every month, so that
 * moving the viewer's cursor is a lookup, not a replay (replaying to each month would cost O(n²)).
 * States are plain immutable data (the model copies what it changes), so keeping references is
 * safe. The hash after month t is the CLI's `replay FILE --to t`.
 */
import { err, ok, type Result } from '../../model/result';
import type { SaveFile } from '../../codec/save';
import { describeRefusal, foldSave } from '../../engine/fold';
import type { EndingId, GameState, Seat } from '../../model/types';
import { playerView, type PlayerView } from '../../model/view';

export interface Timeline {
  save: SaveFile;
  /** `states[t]`: the game after month t was resolved (0: the start). */
  states: GameState[];
  /** `hashes[t]`: the state hash of `states[t]`. */
  hashes: string[];
  /** The last month resolved (`states.length - 1`). */
  last: number;
  /**
   * The hash after every action of the save, as `replay FILE` (without `--to`) gives it: for an
   * unfinished game this includes the moves already sealed for the month in progress.
   */
  endHash: string;
  ending: EndingId | null;
}

/**
 * Folds a save once, keeping the state and hash after every month. Refuses what the fold refuses
 * with `verify` (a scenario this build does not play, an illegal move, a checkpoint that differs,
 * a result the game does not reach).
 */
export function buildTimeline(save: SaveFile): Result<Timeline> {
  const states: GameState[] = [];
  const hashes: string[] = [];
  const r = foldSave(save, {
    verify: true,
    onMonth: (_month, state, hash) => {
      states.push(state);
      hashes.push(hash);
    },
  });
  if (!r.ok) return err(describeRefusal(r.refusal));
  const { game, hash: endHash } = r.value;
  game.stop();
  const final = states[states.length - 1] as GameState;
  return ok({ save, states, hashes, last: states.length - 1, endHash, ending: final.ending });
}

/** Views of a timeline, computed once per month and perspective, with the letters the perspective could read by then. */
export class TimelineViews {
  private readonly cache = new Map<string, PlayerView>();
  constructor(readonly timeline: Timeline) {}

  view(turn: number, perspective: Seat | 'all'): PlayerView {
    const t = Math.max(0, Math.min(this.timeline.last, Math.round(turn)));
    const key = `${t}:${perspective}`;
    let v = this.cache.get(key);
    if (!v) {
      // The letters written by month t, as the perspective could read them then (letters.ts).
      const letters = this.timeline.save.letters?.filter((l) => l.turn <= t);
      v = playerView(this.timeline.states[t] as GameState, perspective, letters ? { letters } : {});
      this.cache.set(key, v);
    }
    return v;
  }
}
