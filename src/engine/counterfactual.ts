/**
 * Counterfactual turning points (issue 10): for each move of a finished game, replay the save to
 * that month, swap the move for each alternative its seat had, and play many futures on from
 * there (bots in every seat, fresh chance); compare with the futures of the move actually played.
 * Futures k of every alternative and of the played move share their chance (common random numbers:
 * the same fresh generator state), so they differ only by the move. The moves that shift the
 * ending most are the game's real turning points. Pure and deterministic.
 */
import type { SaveFile } from '../codec/save';
import { err, ok, type Result } from '../model/result';
import { seedRng } from '../model/rng';
import { ENDING_IDS, SEATS, type EndingId, type GameState, type Seat } from '../model/types';
import { describeRefusal, foldSave } from './fold';
import { addMoment, emptyMoments, meanInterval, type Interval } from './labStats';
import { createGame, type GameRunner } from './runner';
import { rulesetFor } from './rulesets';

export interface CounterfactualOptions {
  /** Futures per move (the played one and each alternative). */
  futures: number;
  /** The bot every seat plays in the futures. */
  bot?: string;
  /** Only these months (default: every month the game resolved). */
  turns?: number[];
  /** Only these seats (default: all). */
  seats?: Seat[];
}

export interface AlternativeOutcome {
  move: string;
  endings: Record<EndingId, number>;
  /** Half the summed absolute differences of the ending shares from the played move's futures (0..1). */
  shift: number;
  /** The ending whose share moved most, with the paired difference (alternative − played) and its interval. */
  ending: EndingId;
  change: Interval;
}

export interface TurningPoint {
  turn: number;
  seat: Seat;
  played: string;
  futures: number;
  playedEndings: Record<EndingId, number>;
  /** Alternatives, the one that shifts the ending most first. */
  alternatives: AlternativeOutcome[];
}

const zeroEndings = () => Object.fromEntries(ENDING_IDS.map((e) => [e, 0])) as Record<EndingId, number>;

/** A fresh generator state for future k of a position: the same for every move compared there. */
function freshRng(seed: number, turn: number, k: number): GameState['rng'] {
  return seedRng((Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(turn, 0x85ebca6b) + Math.imul(k + 1, 0xc2b2ae35)) | 0);
}

/** Plays one future from a snapshot at the start of a month: this month's sealed moves, then bots to the end. */
function future(
  base: { snapshot: unknown; input: GameRunner['input']; ruleset: NonNullable<ReturnType<typeof rulesetFor>> },
  rng: GameState['rng'],
  moves: { seat: Seat; move: string }[],
): EndingId {
  const snap = base.snapshot as { context: GameState };
  const game = createGame(base.input, { ruleset: base.ruleset, snapshot: { ...snap, context: { ...snap.context, rng } } });
  for (const m of moves) {
    const r = game.play(m.seat, m.move, 'counterfactual');
    if (!r.ok) throw new Error(r.error);
  }
  game.runBots();
  const ending = game.state().ending ?? 'statusQuo';
  game.stop();
  return ending;
}

/** The counterfactual turning points of a saved game, strongest first. */
export function counterfactualTurningPoints(save: SaveFile, o: CounterfactualOptions): Result<TurningPoint[]> {
  const ruleset = rulesetFor(save.scenario);
  if (!ruleset) return err(`This build cannot replay ${save.scenario.id} v${save.scenario.version}.`);
  const bot = `bot:${o.bot ?? 'dealmaker'}` as const;
  const seats = { us: bot, dprk: bot, rok: bot };
  const months = [...new Set(save.actions.map((a) => a.turn))].filter((t) => !o.turns || o.turns.includes(t));
  const points: TurningPoint[] = [];
  for (const turn of months) {
    const folded = foldSave(save, { to: turn - 1, seats });
    if (!folded.ok) return err(`The save cannot be replayed to month ${turn - 1}: ${describeRefusal(folded.refusal)}`);
    const game = folded.value.game;
    for (const inj of save.injections ?? []) if (inj.turn === turn) game.inject(inj.event);
    const base = { snapshot: game.snapshot(), input: game.input, ruleset };
    const sealed = save.actions.filter((a) => a.turn === turn).map((a) => ({ seat: a.seat, move: a.move }));
    for (const act of sealed) {
      if (o.seats && !o.seats.includes(act.seat)) continue;
      const legal = game.view(act.seat, { brief: true }).legal.map((m) => m.id);
      const alternatives = legal.filter((m) => m !== act.move);
      const playedEndings = zeroEndings();
      const playedRuns: EndingId[] = [];
      for (let k = 0; k < o.futures; k++) {
        const e = future(base, freshRng(save.seed, turn, k), sealed);
        playedRuns.push(e);
        playedEndings[e]++;
      }
      const outcomes = alternatives.map((move): AlternativeOutcome => {
        const swapped = sealed.map((s) => (s.seat === act.seat ? { seat: s.seat, move } : s));
        const endings = zeroEndings();
        const runs: EndingId[] = [];
        for (let k = 0; k < o.futures; k++) {
          const e = future(base, freshRng(save.seed, turn, k), swapped);
          runs.push(e);
          endings[e]++;
        }
        const shift = ENDING_IDS.reduce((a, e) => a + Math.abs(endings[e] - playedEndings[e]), 0) / (2 * Math.max(1, o.futures));
        const ending = [...ENDING_IDS].sort(
          (a, b) => Math.abs(endings[b] - playedEndings[b]) - Math.abs(endings[a] - playedEndings[a]),
        )[0] as EndingId;
        const d = emptyMoments();
        runs.forEach((e, k) => addMoment(d, (e === ending ? 1 : 0) - (playedRuns[k] === ending ? 1 : 0)));
        return { move, endings, shift, ending, change: meanInterval(d) };
      });
      outcomes.sort((a, b) => b.shift - a.shift || (a.move < b.move ? -1 : 1));
      points.push({ turn, seat: act.seat, played: act.move, futures: o.futures, playedEndings, alternatives: outcomes });
    }
    game.stop();
  }
  points.sort(
    (a, b) =>
      (b.alternatives[0]?.shift ?? 0) - (a.alternatives[0]?.shift ?? 0) || a.turn - b.turn || SEATS.indexOf(a.seat) - SEATS.indexOf(b.seat),
  );
  return ok(points);
}
