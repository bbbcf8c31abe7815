/** Each seat's score against its own objectives (GAME-BRIEF.md: the same ending can be a win for one seat and a loss for another). */
import { DRAW_SCORE, FULL_TROOPS, OBJECTIVES, WIN_SCORE } from './data/scenario';
import type { Measure } from './rules';
import { SEATS, type EndingId, type GameState, type Seat } from './types';

export type Verdict = 'win' | 'draw' | 'loss';

export interface ObjectiveResult {
  id: string;
  weight: number;
  /** 0–1: how far the objective was met. */
  met: number;
  source: string;
}

export interface SeatResult {
  score: number;
  verdict: Verdict;
  objectives: ObjectiveResult[];
}

function measure(s: GameState, ending: EndingId, m: Measure): number {
  switch (m.kind) {
    case 'high': return s.indicators[m.indicator] / 100;
    case 'low': return 1 - s.indicators[m.indicator] / 100;
    case 'troops': return Math.min(1, s.statuses.troops / FULL_TROOPS);
    case 'ending': return m.values[ending];
  }
}

export function verdictFor(score: number): Verdict {
  return score >= WIN_SCORE ? 'win' : score >= DRAW_SCORE ? 'draw' : 'loss';
}

/** Scores one seat; before the end it scores the game as if it ended in the status quo now. */
export function scoreSeat(s: GameState, seat: Seat): SeatResult {
  const ending = s.ending ?? 'statusQuo';
  const objectives = OBJECTIVES.filter((o) => o.seat === seat).map((o) => ({
    id: o.id, weight: o.weight, met: Math.round(measure(s, ending, o.measure) * 100) / 100, source: o.source,
  }));
  const total = objectives.reduce((a, o) => a + o.weight, 0);
  const score = Math.round(objectives.reduce((a, o) => a + o.weight * o.met, 0) / total * 100);
  return { score, verdict: verdictFor(score), objectives };
}

export function scoreGame(s: GameState): Record<Seat, SeatResult> {
  return Object.fromEntries(SEATS.map((seat) => [seat, scoreSeat(s, seat)])) as Record<Seat, SeatResult>;
}
