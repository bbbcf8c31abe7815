/**
 * Many bot games in a row, summarized: what `npm run sim` prints and what the causal-claim tests
 * compare. Timing is left to the caller (the core has no clock).
 */
import { scoreGame } from '../model/score';
import type { NewGameInput } from '../model/state';
import {
  ENDING_IDS,
  INDICATOR_IDS,
  SEATS,
  type EndingId,
  type GameState,
  type IndicatorId,
  type Seat,
  type SeatControllers,
} from '../model/types';
import { playBotGame } from './runner';
import type { Action } from './saveFile';

export interface SimOptions {
  games: number;
  seed: number;
  seats: SeatControllers;
  maxTurns?: number;
  overrides?: NewGameInput['overrides'];
  /** The scenario version to play (default: the current one). */
  scenarioVersion?: number;
  /** Called after each game (progress bars, CSV rows, the first game's save). */
  onGame?: (game: { index: number; seed: number; state: GameState; actions: Action[] }) => void;
}

export interface SimSummary {
  games: number;
  seed: number;
  seats: SeatControllers;
  endings: Record<EndingId, number>;
  meanTurns: number;
  scores: Record<Seat, number>;
  meanFinal: Record<IndicatorId, number>;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The sums behind a summary, for seed offsets [from, to): whole numbers only, so the totals of any
 * split of the games add up exactly (`sim --workers N` prints the same summary for every N).
 */
export interface SimTotals {
  games: number;
  endings: Record<EndingId, number>;
  turns: number;
  scores: Record<Seat, number>;
  finals: Record<IndicatorId, number>;
}

export function emptySimTotals(): SimTotals {
  return {
    games: 0,
    endings: Object.fromEntries(ENDING_IDS.map((e) => [e, 0])) as Record<EndingId, number>,
    turns: 0,
    scores: { us: 0, dprk: 0, rok: 0 },
    finals: Object.fromEntries(INDICATOR_IDS.map((i) => [i, 0])) as Record<IndicatorId, number>,
  };
}

export function addSimTotals(a: SimTotals, b: SimTotals): SimTotals {
  const out = emptySimTotals();
  out.games = a.games + b.games;
  out.turns = a.turns + b.turns;
  for (const e of ENDING_IDS) out.endings[e] = a.endings[e] + b.endings[e];
  for (const s of SEATS) out.scores[s] = a.scores[s] + b.scores[s];
  for (const i of INDICATOR_IDS) out.finals[i] = a.finals[i] + b.finals[i];
  return out;
}

/** Plays games `from` to `to − 1` of a run (seeds `seed + from` …). */
export function simulateRange(o: SimOptions, from: number, to: number): SimTotals {
  const t = emptySimTotals();
  for (let i = from; i < to; i++) {
    const seed = (o.seed + i) >>> 0;
    // The bots' reasons are worded only for a caller that sees the game: the totals never read them.
    const { state, actions } = playBotGame(
      {
        seed,
        seats: o.seats,
        maxTurns: o.maxTurns,
        overrides: o.overrides,
        ...(o.scenarioVersion !== undefined ? { scenarioVersion: o.scenarioVersion } : {}),
      },
      { reasons: o.onGame !== undefined },
    );
    t.games++;
    t.endings[state.ending ?? 'statusQuo']++;
    t.turns += state.endedOn ?? state.turn;
    const result = scoreGame(state);
    for (const seat of SEATS) t.scores[seat] += result[seat].score;
    for (const id of INDICATOR_IDS) t.finals[id] += state.indicators[id];
    o.onGame?.({ index: i, seed, state, actions });
  }
  return t;
}

/** The summary of a run from its totals. */
export function summarizeSim(o: Pick<SimOptions, 'games' | 'seed' | 'seats'>, t: SimTotals): SimSummary {
  const n = Math.max(1, o.games);
  return {
    games: o.games,
    seed: o.seed,
    seats: o.seats,
    endings: { ...t.endings },
    meanTurns: round2(t.turns / n),
    scores: { us: round2(t.scores.us / n), dprk: round2(t.scores.dprk / n), rok: round2(t.scores.rok / n) },
    meanFinal: Object.fromEntries(INDICATOR_IDS.map((id) => [id, round2(t.finals[id] / n)])) as Record<IndicatorId, number>,
  };
}

export function simulate(o: SimOptions): SimSummary {
  return summarizeSim(o, simulateRange(o, 0, o.games));
}
