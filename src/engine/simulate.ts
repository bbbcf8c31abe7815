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

export function simulate(o: SimOptions): SimSummary {
  const endings = Object.fromEntries(ENDING_IDS.map((e) => [e, 0])) as Record<EndingId, number>;
  const scores = { us: 0, dprk: 0, rok: 0 };
  const finals = Object.fromEntries(INDICATOR_IDS.map((i) => [i, 0])) as Record<IndicatorId, number>;
  let turns = 0;
  for (let i = 0; i < o.games; i++) {
    const seed = (o.seed + i) >>> 0;
    const { state, actions } = playBotGame({
      seed,
      seats: o.seats,
      maxTurns: o.maxTurns,
      overrides: o.overrides,
      ...(o.scenarioVersion !== undefined ? { scenarioVersion: o.scenarioVersion } : {}),
    });
    endings[state.ending ?? 'statusQuo']++;
    turns += state.endedOn ?? state.turn;
    const result = scoreGame(state);
    for (const seat of SEATS) scores[seat] += result[seat].score;
    for (const id of INDICATOR_IDS) finals[id] += state.indicators[id];
    o.onGame?.({ index: i, seed, state, actions });
  }
  const n = Math.max(1, o.games);
  return {
    games: o.games,
    seed: o.seed,
    seats: o.seats,
    endings,
    meanTurns: round2(turns / n),
    scores: { us: round2(scores.us / n), dprk: round2(scores.dprk / n), rok: round2(scores.rok / n) },
    meanFinal: Object.fromEntries(INDICATOR_IDS.map((id) => [id, round2(finals[id] / n)])) as Record<IndicatorId, number>,
  };
}
