/** Each seat's score against its own objectives (GAME-BRIEF.md: the same ending can be a win for one seat and a loss for another). */
import { DRAW_SCORE, FULL_TROOPS, WIN_SCORE } from './data/scenario';
import type { Measure } from './rules';
import { rulesFor } from './ruleset';
import { playsWithin } from './state';
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
    case 'high':
      return s.indicators[m.indicator] / 100;
    case 'low':
      return 1 - s.indicators[m.indicator] / 100;
    case 'troops':
      return Math.min(1, s.statuses.troops / FULL_TROOPS);
    case 'ending':
      return m.values[ending];
    case 'below': {
      const v = s.indicators[m.indicator];
      return v <= m.from ? 1 : v >= m.to ? 0 : (m.to - v) / (m.to - m.from);
    }
  }
}

export function verdictFor(score: number): Verdict {
  return score >= WIN_SCORE ? 'win' : score >= DRAW_SCORE ? 'draw' : 'loss';
}

/**
 * Whether Seoul shaped the way the game ended (version 2): it consulted Washington within the last
 * months before the end, so its concerns were on the table (claim 10).
 */
export function shapedBySeoul(s: GameState): boolean {
  const window = rulesFor(s.scenario).n.shapedWindow;
  return playsWithin(s, ['rok.consultWashington'], window, true) > 0;
}

/** Scores one seat; before the end it scores the game as if it ended in the status quo now. */
export function scoreSeat(s: GameState, seat: Seat): SeatResult {
  const rules = rulesFor(s.scenario);
  const ending = s.ending ?? 'statusQuo';
  const objectives = rules.objectives
    .filter((o) => o.seat === seat)
    .map((o) => ({
      id: o.id,
      weight: o.weight,
      met: Math.round(measure(s, ending, o.measure) * 100) / 100,
      source: o.source,
    }));
  const total = objectives.reduce((a, o) => a + o.weight, 0);
  let score = Math.round((objectives.reduce((a, o) => a + o.weight * o.met, 0) / total) * 100);
  // Version 2: an ending the seat fears most is a loss unless the seat shaped it (claims 10, 11).
  if (rules.on.unshapedLosses && rules.unshaped[seat]?.includes(ending) && !shapedBySeoul(s)) score = Math.min(score, DRAW_SCORE - 1);
  return { score, verdict: verdictFor(score), objectives };
}

export function scoreGame(s: GameState): Record<Seat, SeatResult> {
  return Object.fromEntries(SEATS.map((seat) => [seat, scoreSeat(s, seat)])) as Record<Seat, SeatResult>;
}
