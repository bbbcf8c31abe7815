/**
 * The strategist: a bot that thinks ahead with the engine. From its own player view only, it
 * samples worlds consistent with what it knows (see determinize.ts) and plays the future forward
 * in each of them with the fixed personalities as the other seats (rollout.ts). It first picks a
 * plan: the personality whose way of playing its own seat does best from here. Then it plays every
 * card in its hand forward, followed by that plan, and plays the card with the best mean score for
 * its seat (the plan's own card unless another beats it by the budget's margin). The same sampled
 * worlds serve every card, so cards are compared on the same futures. All chance comes from the view's decision seed,
 * which the game's generator determines: the same view gives the same move.
 */
import { mix32, RngCursor, seedRng } from '../model/rng';
import type { EndingId, Seat } from '../model/types';
import type { TableAction } from '../model/table';
import type { PlayerView } from '../model/view';
import { actionCost, bestAcceptable } from './bargain';
import { determinize, type Policy, type World } from './determinize';
import { PERSONALITY_NAMES, type BotName } from './personalities';
import type { BotChoice, BotReason } from './reasons';
import { rollout } from './rollout';

/**
 * How hard the strategist thinks: sampled worlds per card and months played ahead, and how many
 * points another card must beat its plan's own card by, so that noise in a few sampled futures
 * does not talk it out of a sound plan.
 */
export interface Budget {
  samples: number;
  horizon: number;
  margin: number;
}

/**
 * Sized for a decision of about 100 ms on one core in Node (see `npm run bench`); measured with
 * the fixed personalities in the other seats, fewer samples or a shorter horizon played worse.
 */
export const STRATEGIST_BUDGET: Readonly<Budget> = { samples: 8, horizon: 8, margin: 3 };

/** What a card (and the table action sealed with it) came to over the sampled futures. */
export interface Forecast {
  move: string;
  table: TableAction | null;
  futures: number;
  meanScore: number;
  deals: number;
  endings: Partial<Record<EndingId, number>>;
}

/**
 * What the strategist expects of the card it plays, as a structured reason (src/i18n words it):
 * a deal in how many futures, else the likeliest ending other than the status quo.
 */
export function forecastReason(seat: Seat, f: Forecast, plan: BotName): BotReason {
  const table = f.table
    ? { code: 'forecastTable' as const, kind: f.table.kind, futures: f.futures, expected: Math.round(f.meanScore) }
    : null;
  let risk: EndingId | null = null;
  for (const e of Object.keys(f.endings) as EndingId[]) {
    if (e !== 'statusQuo' && (risk === null || (f.endings[e] ?? 0) > (f.endings[risk] ?? 0))) risk = e;
  }
  const why = {
    code: 'forecast' as const,
    move: f.move,
    futures: f.futures,
    deals: f.deals,
    risk,
    riskCount: risk ? (f.endings[risk] ?? 0) : 0,
    expected: Math.round(f.meanScore),
    plan,
  };
  return { seat, bot: 'strategist', why, ...(table ? { table } : {}) };
}

/** Plays one card (with a table action) forward in every world, the seat then playing as `then`, and sums up what came of it. */
function forecast(
  move: string,
  table: TableAction | null,
  worlds: readonly World[],
  me: Seat,
  budget: Budget,
  policy: Policy,
  then: BotName,
): Forecast {
  const f: Forecast = { move, table, futures: worlds.length, meanScore: 0, deals: 0, endings: {} };
  for (const w of worlds) {
    const future = rollout(w, me, { move, table }, budget.horizon, policy, then);
    f.meanScore += future.score / worlds.length;
    if (future.deal) f.deals++;
    if (future.ending) f.endings[future.ending] = (f.endings[future.ending] ?? 0) + 1;
  }
  return f;
}

/**
 * Chooses a move for the view's seat by planning ahead. `policy` is how the fixed bots choose
 * (passed in so that this module does not import the bots' dispatcher, which imports it).
 */
export function planMove(view: PlayerView, policy: Policy, budget: Budget = STRATEGIST_BUDGET): BotChoice & { forecasts: Forecast[] } {
  if (view.seat === 'all') throw new Error('a bot plays a seat, not the overview');
  const me = view.seat;
  const hand = view.legal;
  if (hand.length === 0) throw new Error(`${me} has no legal move`);
  const rng = new RngCursor(seedRng(mix32(view.decisionSeed, 0x57a7)));
  const worlds: World[] = [];
  for (let i = 0; i < budget.samples; i++) worlds.push(determinize(view, rng, policy));
  // First the plan: which personality's way of playing does best from here, its card and table action included.
  let plan: BotName = PERSONALITY_NAMES[0];
  let planForecast: Forecast | null = null;
  for (const p of PERSONALITY_NAMES) {
    const c = policy(view, p);
    const f = forecast(c.move, c.table ?? null, worlds, me, budget, policy, p);
    if (!planForecast || f.meanScore > planForecast.meanScore) {
      plan = p;
      planForecast = f;
    }
  }
  const planned = planForecast as Forecast;
  const capital = view.capital[me] ?? 0;
  const affordable = (move: string, t: TableAction | null) =>
    t === null || actionCost(view, t) <= capital - (hand.find((o) => o.id === move)?.cost ?? 0);
  // Then every card of the hand with the plan's table action (or none where the card leaves too little capital).
  const forecasts = hand.map((o) => {
    if (o.id === planned.move) return planned;
    const t = affordable(o.id, planned.table) ? planned.table : null;
    return forecast(o.id, t, worlds, me, budget, policy, plan);
  });
  const value = (f: Forecast) => f.meanScore + (f === planned ? budget.margin : 0);
  const ranked = [...forecasts].sort((a, b) => value(b) - value(a));
  // Then, for the two best cards, the other table actions: none, and accepting the best offer it may accept.
  if (view.table) {
    const accept = bestAcceptable(view);
    const alternatives: (TableAction | null)[] = [null, ...(accept ? [accept] : [])];
    for (const top of ranked.slice(0, 2)) {
      for (const t of alternatives) {
        if (sameAction(t, top.table) || !affordable(top.move, t)) continue;
        forecasts.push(forecast(top.move, t, worlds, me, budget, policy, plan));
      }
    }
  }
  let best = forecasts[0] as Forecast;
  for (const f of forecasts) if (value(f) > value(best)) best = f;
  return { move: best.move, reason: forecastReason(me, best, plan), forecasts, ...(best.table ? { table: best.table } : {}) };
}

function sameAction(a: TableAction | null, b: TableAction | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
