/**
 * Counterfactual turning points (issue 10): for each move of a finished game, replay the save to
 * that month, swap the move for each alternative its seat had, and play many futures on from
 * there (bots in every seat, fresh chance); compare with the futures of the move actually played.
 * Futures k of every alternative and of the played move share their chance (common random numbers:
 * the same fresh generator state), so they differ only by the move. The moves that shift the
 * ending most are the game's real turning points. Pure and deterministic.
 *
 * The work comes in parts so Web Workers can share it (src/app/turningPool.ts): `planCounterfactual`
 * lists the jobs (each month's moves as played, and each swap), `runCounterfactualJob` plays a range
 * of one job's futures, and `assembleTurningPoints` compares them. Future k of a job depends only on
 * the save, the job and k, so the result is the same however the ranges are cut and shared.
 */
import type { SaveFile } from '../codec/save';
import { err, ok, type Result } from '../model/result';
import { seedRng } from '../model/rng';
import { ENDING_IDS, SEATS, type EndingId, type GameState, type Seat } from '../model/types';
import { describeRefusal, foldSave } from './fold';
import { addMoment, emptyMoments, meanInterval, type Interval } from './labStats';
import { playBots, sealChecked } from './botGame';
import { closeMonth } from './month';
import type { GameRunner } from './runner';
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
  /** Present only when screening left it at the first pass: the futures it was compared on, fewer than the plan's. */
  futures?: number;
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
  /** The futures its strongest alternative was compared on (the plan's number, unless screening left it at the first pass). */
  futures: number;
  /** The endings of the played move's futures 0..futures−1 (paired with the strongest alternative's). */
  playedEndings: Record<EndingId, number>;
  /** Alternatives, the one that shifts the ending most first. */
  alternatives: AlternativeOutcome[];
}

/** One batch of futures to play: a month's sealed moves as played (`seat` null) or with one seat's move swapped. */
export interface CounterfactualJob {
  turn: number;
  seat: Seat | null;
  move: string | null;
}

export interface CounterfactualPlan {
  futures: number;
  bot: string;
  /** The moves examined, with the alternatives their seats had. */
  points: { turn: number; seat: Seat; played: string; alternatives: string[] }[];
  /** Every job, in a fixed order: per month the played moves first, then each swap. */
  jobs: CounterfactualJob[];
}

interface Base {
  snapshot: unknown;
  input: GameRunner['input'];
  sealed: { seat: Seat; move: string }[];
  legal: Record<Seat, string[]>;
}

/** What a worker keeps between jobs of one save: the game replayed to the start of each month it met. */
export interface CounterfactualContext {
  save: SaveFile;
  bot: string;
  ruleset: NonNullable<ReturnType<typeof rulesetFor>>;
  bases: Map<number, Base>;
}

const zeroEndings = () => Object.fromEntries(ENDING_IDS.map((e) => [e, 0])) as Record<EndingId, number>;

/** A fresh generator state for future k of a position: the same for every move compared there. */
export function freshRng(seed: number, turn: number, k: number): GameState['rng'] {
  return seedRng((Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(turn, 0x85ebca6b) + Math.imul(k + 1, 0xc2b2ae35)) | 0);
}

export function counterfactualContext(save: SaveFile, bot = 'dealmaker'): Result<CounterfactualContext> {
  const ruleset = rulesetFor(save.scenario);
  if (!ruleset) return err(`This build cannot replay ${save.scenario.id} v${save.scenario.version}.`);
  return ok({ save, bot, ruleset, bases: new Map() });
}

/** The game at the start of month `turn` (bots in every seat), with that month's sealed moves and each seat's legal moves. */
function baseAt(ctx: CounterfactualContext, turn: number): Result<Base> {
  const known = ctx.bases.get(turn);
  if (known) return ok(known);
  const bot = `bot:${ctx.bot}` as const;
  const folded = foldSave(ctx.save, { to: turn - 1, seats: { us: bot, dprk: bot, rok: bot } });
  if (!folded.ok) return err(`The save cannot be replayed to month ${turn - 1}: ${describeRefusal(folded.refusal)}`);
  const game = folded.value.game;
  for (const inj of ctx.save.injections ?? []) if (inj.turn === turn) game.inject(inj.event);
  const legal = Object.fromEntries(SEATS.map((s) => [s, game.view(s, { brief: true }).legal.map((m) => m.id)])) as Record<Seat, string[]>;
  const sealed = ctx.save.actions.filter((a) => a.turn === turn).map((a) => ({ seat: a.seat, move: a.move }));
  const base: Base = { snapshot: game.snapshot(), input: game.input, sealed, legal };
  game.stop();
  ctx.bases.set(turn, base);
  return ok(base);
}

/**
 * Plays one future from the start of a month: its sealed moves, then bots to the end. Played
 * without an actor (botGame.ts): the state the runner reaches from the base's snapshot, but for
 * the bots' unworded reasons, which no ending depends on (tests/engine/botGame.test.ts).
 */
function future(base: Base, rng: GameState['rng'], moves: { seat: Seat; move: string }[]): EndingId {
  let s: GameState = { ...(base.snapshot as { context: GameState }).context, rng };
  for (const m of moves) {
    if (s.endedOn !== null) throw new Error(`Turn ${s.turn}: ${m.seat} cannot play ${m.move}: the game is over.`);
    s = sealChecked(s, m.seat, m.move, 'counterfactual');
    if (SEATS.every((x) => s.pending[x] !== undefined)) s = closeMonth(s);
  }
  return playBots(s, { reasons: false }).ending ?? 'statusQuo';
}

/** Lists the moves to examine and the jobs that examine them. */
export function planCounterfactual(ctx: CounterfactualContext, o: CounterfactualOptions): Result<CounterfactualPlan> {
  const months = [...new Set(ctx.save.actions.map((a) => a.turn))].filter((t) => !o.turns || o.turns.includes(t)).sort((a, b) => a - b);
  const plan: CounterfactualPlan = { futures: o.futures, bot: ctx.bot, points: [], jobs: [] };
  for (const turn of months) {
    const base = baseAt(ctx, turn);
    if (!base.ok) return base;
    const examined = base.value.sealed.filter((a) => !o.seats || o.seats.includes(a.seat));
    if (examined.length === 0) continue;
    plan.jobs.push({ turn, seat: null, move: null });
    for (const act of examined) {
      const alternatives = base.value.legal[act.seat].filter((m) => m !== act.move);
      plan.points.push({ turn, seat: act.seat, played: act.move, alternatives });
      for (const move of alternatives) plan.jobs.push({ turn, seat: act.seat, move });
    }
  }
  return ok(plan);
}

/** Futures [from, to) of one job, as indices into ENDING_IDS. */
export function runCounterfactualJob(ctx: CounterfactualContext, job: CounterfactualJob, from: number, to: number): number[] {
  const base = baseAt(ctx, job.turn);
  if (!base.ok) throw new Error(base.error);
  const moves = base.value.sealed.map((s) => (job.seat !== null && s.seat === job.seat ? { seat: s.seat, move: job.move ?? s.move } : s));
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(ENDING_IDS.indexOf(future(base.value, freshRng(ctx.save.seed, job.turn, k), moves)));
  return out;
}

const jobKey = (j: CounterfactualJob) => `${j.turn}|${j.seat ?? ''}|${j.move ?? ''}`;

/**
 * How strong an alternative counts in the ranking: its shift, less 1/√n for one screening left with
 * n futures (a shift measured on a few futures is inflated by chance: the strongest of many noisy
 * ones is mostly noise). Every alternative played in full ranks by its shift alone.
 */
const rank = (a: AlternativeOutcome) => a.shift - (a.futures !== undefined ? 1 / Math.sqrt(Math.max(1, a.futures)) : 0);
const rankOf = (a: AlternativeOutcome | undefined) => (a ? rank(a) : 0);

/**
 * The turning points, strongest first, from every job's futures (`runs[i]`: job i's futures 0, 1, …;
 * all of them, or after screening only the first pass's for some). An alternative is compared with
 * the played move's futures of the same indices, so each comparison stays paired.
 */
export function assembleTurningPoints(plan: CounterfactualPlan, runs: readonly (readonly number[])[]): TurningPoint[] {
  const byJob = new Map(plan.jobs.map((j, i) => [jobKey(j), (runs[i] ?? []).map((e) => ENDING_IDS[e] as EndingId)]));
  const count = (xs: readonly EndingId[]) => {
    const c = zeroEndings();
    for (const e of xs) c[e]++;
    return c;
  };
  const points = plan.points.map((p): TurningPoint => {
    const playedRuns = byJob.get(jobKey({ turn: p.turn, seat: null, move: null })) ?? [];
    const alternatives = p.alternatives.map((move): AlternativeOutcome => {
      const altRuns = byJob.get(jobKey({ turn: p.turn, seat: p.seat, move })) ?? [];
      const n = Math.min(altRuns.length, playedRuns.length);
      const endings = count(altRuns.slice(0, n));
      const playedEndings = count(playedRuns.slice(0, n));
      const shift = ENDING_IDS.reduce((a, e) => a + Math.abs(endings[e] - playedEndings[e]), 0) / (2 * Math.max(1, n));
      const ending = [...ENDING_IDS].sort(
        (a, b) => Math.abs(endings[b] - playedEndings[b]) - Math.abs(endings[a] - playedEndings[a]),
      )[0] as EndingId;
      const d = emptyMoments();
      for (let k = 0; k < n; k++) addMoment(d, (altRuns[k] === ending ? 1 : 0) - (playedRuns[k] === ending ? 1 : 0));
      return { move, ...(n < plan.futures ? { futures: n } : {}), endings, shift, ending, change: meanInterval(d) };
    });
    alternatives.sort((a, b) => rank(b) - rank(a) || (a.move < b.move ? -1 : 1));
    const n = alternatives[0] ? (alternatives[0].futures ?? plan.futures) : Math.min(plan.futures, playedRuns.length);
    return { turn: p.turn, seat: p.seat, played: p.played, futures: n, playedEndings: count(playedRuns.slice(0, n)), alternatives };
  });
  points.sort(
    (a, b) => rankOf(b.alternatives[0]) - rankOf(a.alternatives[0]) || a.turn - b.turn || SEATS.indexOf(a.seat) - SEATS.indexOf(b.seat),
  );
  return points;
}

/**
 * Screening (issue 10: the turning points of a long game within seconds): every job is first
 * played for `screen` futures (0..screen−1); then, round after round, the `keep` strongest points
 * (ranked as `assembleTurningPoints` ranks them: a screened alternative's shift less 1/√screen)
 * have their strongest alternative and their played move played to the plan's full number. Rounds
 * end when the `keep` strongest points' best alternatives all have every future. The futures of a
 * job are the same whether screened or not, so the result depends only on the save and the
 * options, never on the number of workers.
 *
 * The jobs (indices into `plan.jobs`) still to be played to the full number, given each job's
 * futures so far; empty when the result is final.
 */
export function jobsToComplete(plan: CounterfactualPlan, runs: readonly (readonly number[])[], keep: number): number[] {
  const index = new Map(plan.jobs.map((j, i) => [jobKey(j), i]));
  const need = new Set<number>();
  for (const p of assembleTurningPoints(plan, runs).slice(0, Math.max(0, keep))) {
    const best = p.alternatives[0];
    if (!best || best.shift === 0) continue;
    for (const key of [jobKey({ turn: p.turn, seat: p.seat, move: best.move }), jobKey({ turn: p.turn, seat: null, move: null })]) {
      const i = index.get(key) as number;
      if ((runs[i]?.length ?? 0) < plan.futures) need.add(i);
    }
  }
  return [...need].sort((a, b) => a - b);
}

/** How the futures were shared out: every job fully, or screened first (`jobsToComplete`). */
export interface Screening {
  /** Futures per job in the first pass. */
  screen: number;
  /** How many of the strongest points are played to the full number. */
  keep: number;
}

/** Plays a plan's futures in this thread, screened when asked (and when it saves futures). */
export function playPlan(ctx: CounterfactualContext, plan: CounterfactualPlan, screening?: Screening): number[][] {
  const screen = screening ? Math.min(plan.futures, Math.max(1, screening.screen)) : plan.futures;
  const runs = plan.jobs.map((j) => runCounterfactualJob(ctx, j, 0, screen));
  if (screen >= plan.futures || !screening) return runs;
  for (let todo = jobsToComplete(plan, runs, screening.keep); todo.length > 0; todo = jobsToComplete(plan, runs, screening.keep))
    for (const i of todo)
      runs[i] = [...(runs[i] as number[]), ...runCounterfactualJob(ctx, plan.jobs[i] as CounterfactualJob, screen, plan.futures)];
  return runs;
}

/** The counterfactual turning points of a saved game, strongest first (every job in this thread; screened when asked). */
export function counterfactualTurningPoints(save: SaveFile, o: CounterfactualOptions & { screening?: Screening }): Result<TurningPoint[]> {
  const ctx = counterfactualContext(save, o.bot);
  if (!ctx.ok) return ctx;
  const plan = planCounterfactual(ctx.value, o);
  if (!plan.ok) return plan;
  return ok(assembleTurningPoints(plan.value, playPlan(ctx.value, plan.value, o.screening)));
}
