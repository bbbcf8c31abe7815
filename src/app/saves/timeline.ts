/**
 * A saved game opened for viewing: replayed once, keeping the state after every month, so that
 * moving the viewer's cursor is a lookup, not a replay (replaying to each month would cost O(n²)).
 * States are plain immutable data (the model copies what it changes), so keeping references is
 * safe. The hash after month t is the CLI's `replay FILE --to t`.
 */
import { createActor } from 'xstate';
import { err, ok, type Result } from '../../codec/result';
import type { SaveFile } from '../../codec/save';
import { createHashChain } from '../../engine/hash';
import { inputOf } from '../../engine/replay';
import { gameMachine } from '../../machine/gameMachine';
import { SCENARIO } from '../../model/data/scenario';
import { supportsScenario } from '../../model/ruleset';
import { whyIllegal } from '../../model/legal';
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
 * Replays a save month by month through one actor. Refuses what `replaySave` refuses (another
 * scenario, an illegal move, a checkpoint that differs).
 */
export function buildTimeline(save: SaveFile): Result<Timeline> {
  // Every scenario version this build has rules for replays under its own rules (src/model/ruleset.ts).
  if (!supportsScenario(save.scenario)) {
    return err(`This game is for scenario ${save.scenario.id} v${save.scenario.version}; this version plays ${SCENARIO.id} v${SCENARIO.version}.`);
  }
  const actor = createActor(gameMachine, { input: inputOf(save) });
  actor.start();
  const state = () => actor.getSnapshot().context;
  const chain = createHashChain(state());
  const states: GameState[] = [state()];
  const hashes: string[] = [chain.hash(state())];
  const checkpoints = new Map(save.checkpoints.map((c) => [c.turn, c.hash]));
  const injections = save.injections ?? [];
  let next = 0;
  const fail = (message: string): Result<Timeline> => {
    actor.stop();
    return err(message);
  };
  const inject = (): string | null => {
    const s = state();
    while (next < injections.length && (injections[next] as { turn: number }).turn <= s.turn) {
      const { turn, event } = injections[next++] as { turn: number; event: string };
      if (turn < s.turn) return `the injected event ${event} is for month ${turn}, which had already passed`;
      const before = s.injected.length;
      actor.send({ type: 'event.inject', event });
      if (state().injected.length === before) return `the injected event "${event}" does not exist in this scenario`;
    }
    return null;
  };
  for (const a of save.actions) {
    const bad = inject();
    if (bad) return fail(`Month ${a.turn}: ${bad}.`);
    const s = state();
    if (s.ending !== null) return fail(`Month ${a.turn}: the game had already ended.`);
    if (a.turn !== s.turn) return fail(`Month ${a.turn}: the action is for month ${a.turn} but the game is in month ${s.turn}.`);
    const why = whyIllegal(s, a.seat, a.move);
    if (why) return fail(`Month ${a.turn}: ${a.seat} cannot play ${a.move}: ${why}.`);
    actor.send({ type: 'move.play', seat: a.seat, move: a.move, reason: a.reason });
    const after = state();
    if (after.history.length > s.history.length) {
      const h = chain.hash(after);
      const expected = checkpoints.get(after.history.length);
      if (expected !== undefined && expected !== h) return fail(`Month ${after.history.length}: the game differs from the save's checkpoint; the file has been altered or is damaged.`);
      states.push(after);
      hashes.push(h);
    }
  }
  if (state().ending === null) {
    const bad = inject();
    if (bad) return fail(bad);
  }
  const endHash = chain.hash(state());
  actor.stop();
  const final = states[states.length - 1] as GameState;
  return ok({ save, states, hashes, last: states.length - 1, endHash, ending: final.ending });
}

/** Views of a timeline, computed once per month and perspective. */
export class TimelineViews {
  private readonly cache = new Map<string, PlayerView>();
  constructor(readonly timeline: Timeline) {}

  view(turn: number, perspective: Seat | 'all'): PlayerView {
    const t = Math.max(0, Math.min(this.timeline.last, Math.round(turn)));
    const key = `${t}:${perspective}`;
    let v = this.cache.get(key);
    if (!v) {
      v = playerView(this.timeline.states[t] as GameState, perspective);
      this.cache.set(key, v);
    }
    return v;
  }
}

