/**
 * What a term is worth to a seat (scenario version 3), in score points, derived from the seat's
 * own objectives (the score's measures, src/model/score.ts) and the term's effect (data/terms.ts):
 *
 *  - each indicator the term moves counts as much as the seat's objective on it weighs: an
 *    objective of weight w on `high` alliance values +1 alliance at w/100 points;
 *  - a term that makes a deal kind (roadmap, freeze, recognition) counts half of what that ending
 *    is worth to the seat against the status quo (the other half is the other side's part of the
 *    package), times its weight (a test moratorium is half a freeze) — so Washington values the
 *    roadmap most and a freeze less (claims 5, 6a), Pyongyang recognition most and the roadmap
 *    least (claim 7), and Seoul fears recognition (claim 11);
 *  - a term that touches Seoul's security carries its alliance cost unless Seoul consulted
 *    Washington in the last six months (claim 10): Seoul dislikes it less when it was asked;
 *  - Pyongyang values relief more the higher the sanctions (claim 7: the US is the key to relief),
 *    scaled by sanctions / 70 (their level at the start).
 *
 * The value is private to the seat: the view gives each seat only its own.
 */
import { FULL_TROOPS } from './data/scenario';
import { TERMS } from './data/terms';
import type { Condition, Objective } from './rules';
import { rulesFor, tableNumbers } from './ruleset';
import { holds } from './state';
import type { TermId } from './table';
import type { GameState, IndicatorId, Seat } from './types';

const CONSULTED: Condition = { recent: { move: 'rok.consultWashington', within: 6 } };
/** The share of a deal kind's ending value one side's term carries. */
const HALF = 0.5;

function objectivePart(
  o: Objective,
  deltas: Partial<Record<IndicatorId, number>>,
  troops: number,
  kind: string | undefined,
  weight: number,
): number {
  const m = o.measure;
  switch (m.kind) {
    case 'high':
      return ((deltas[m.indicator] ?? 0) / 100) * o.weight;
    case 'low':
      return (-(deltas[m.indicator] ?? 0) / 100) * o.weight;
    case 'troops':
      return (troops / FULL_TROOPS) * o.weight;
    case 'below':
      return (-(deltas[m.indicator] ?? 0) / (m.to - m.from)) * o.weight;
    case 'ending':
      return kind ? (m.values[kind as keyof typeof m.values] - m.values.statusQuo) * o.weight * HALF * weight : 0;
  }
}

/**
 * Each seat's objectives under a ruleset and their summed weight, found once (every view values
 * every term), with the term values found so far: a value depends only on the term, whether Seoul
 * consulted, and for Pyongyang on a sanctions term the sanctions level.
 */
type SeatObjectives = { objectives: Objective[]; total: number; values: Map<TermId, [Map<number, number>, Map<number, number>]> };
const OBJECTIVES = new WeakMap<object, Map<Seat, SeatObjectives>>();
function objectivesOf(s: Pick<GameState, 'scenario'>, seat: Seat): SeatObjectives {
  const rules = rulesFor(s.scenario);
  let bySeat = OBJECTIVES.get(rules);
  if (!bySeat) OBJECTIVES.set(rules, (bySeat = new Map<Seat, SeatObjectives>()));
  let found = bySeat.get(seat);
  if (!found) {
    const objectives = rules.objectives.filter((o) => o.seat === seat);
    found = { objectives, total: objectives.reduce((n, o) => n + o.weight, 0) || 1, values: new Map() };
    bySeat.set(seat, found);
  }
  return found;
}

/** A term's value to a seat given whether Seoul consulted (the pure part of `termValue`). */
export function valueOfTerm(s: Pick<GameState, 'scenario' | 'indicators'>, seat: Seat, term: TermId, consulted: boolean): number {
  const def = TERMS[term];
  const bySanctions = seat === 'dprk' && def.effect.deltas?.sanctions !== undefined;
  const { objectives, total, values } = objectivesOf(s, seat);
  let byConsulted = values.get(term);
  if (!byConsulted) values.set(term, (byConsulted = [new Map<number, number>(), new Map<number, number>()]));
  const cache = byConsulted[consulted ? 1 : 0];
  const key = bySanctions ? s.indicators.sanctions : -1;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const deltas: Partial<Record<IndicatorId, number>> = { ...def.effect.deltas };
  if (def.touchesSeoul && !consulted) deltas.alliance = (deltas.alliance ?? 0) + tableNumbers(s).seoulTermAlliance;
  if (bySanctions && deltas.sanctions !== undefined) deltas.sanctions = (deltas.sanctions * s.indicators.sanctions) / 70;
  let v = 0;
  for (const o of objectives) v += objectivePart(o, deltas, def.effect.troops ?? 0, def.kind, def.weight ?? 0);
  const value = Math.round((v / total) * 100 * 10) / 10;
  cache.set(key, value);
  return value;
}

/** What a term is worth to `seat` now, in score points, if a signed deal implements it. */
export function termValue(s: GameState, seat: Seat, term: TermId): number {
  return valueOfTerm(s, seat, term, seoulConsulted(s));
}

/** Whether Seoul consulted Washington recently enough that terms touching its security cost the alliance nothing (the test `termValue` makes). */
export function seoulConsulted(s: GameState): boolean {
  return holds(s, CONSULTED);
}
