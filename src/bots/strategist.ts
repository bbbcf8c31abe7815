/**
 * The strategist: a bot that thinks ahead with the engine. From its own player view only, it
 * samples worlds consistent with what it knows (see determinize.ts) and plays the future forward
 * in each of them with the fixed personalities as the other seats (rollout.ts), comparing its
 * candidate moves on the same sampled futures. All chance comes from the view's decision seed,
 * which the game's generator determines: the same view gives the same move.
 *
 * From scenario version 4 it keeps a steady plan, the personality that answers the other seats'
 * bots best (public in the view; its seat's best personality against people; Pyongyang's plan
 * bargains its own way, HELD_PLANS), and plays that
 * plan's move unless another candidate (another personality's card, accepting an offer, late in
 * the game any card) does better in the same futures by a margin and beyond the futures' noise
 * (`planSteadily`). It spends a budget of simulated months: more worlds where the game has few
 * months left. Before,
 * it chose a plan and a card each month by the best mean (`planByCards`); measured under version
 * 4, that flipped between plans on noise and played no better than its best fixed personality.
 */
import { mix32, RngCursor, seedRng } from '../model/rng';
import type { EndingId, Seat } from '../model/types';
import type { TableAction } from '../model/table';
import type { PlayerView } from '../model/view';
import { answerWorth, cardAnswers } from '../model/answers';
import { actionCost, bestAcceptable } from './bargain';
import { determinize, type Policy, type World } from './determinize';
import { PERSONALITY_NAMES, type BotName, type PersonalityName } from './personalities';
import type { BotChoice, BotReason } from './reasons';
import { rollout, type FirstMove } from './rollout';
import { HELD_PLANS, steadyPlan } from './plans';

export { HELD_PLANS, steadyPlan } from './plans';

/**
 * How hard the strategist thinks: sampled worlds per candidate and months played ahead, and how
 * many points another move must beat its plan's own move by, so that noise in a few sampled
 * futures does not talk it out of a sound plan.
 */
export interface Budget {
  samples: number;
  horizon: number;
  margin: number;
  /** Version 4: how many standard errors of the paired differences a move must also be ahead by. */
  confidence?: number;
  /** Version 4: further sampled worlds a move ahead of the plan's is played in before it replaces it. */
  confirm?: number;
  /**
   * Version 4: months of play a decision may simulate. Where the game has fewer months left, the
   * same budget buys more sampled worlds (up to `maxSamples`) and, once it pays for `samples`
   * worlds of every legal card, every card of the hand is a candidate.
   */
  months?: number;
  maxSamples?: number;
  /** Every candidate's future in a world meets the same chance month by month (rollout.ts). */
  commonChance?: boolean;
  /**
   * Version 4: a seat's own search where it differs from the others': its margin and confidence,
   * and whether other cards than its plan's are candidates (`cards: false`: only table actions).
   * `lines`: another personality's whole move (card and table action) is also weighed with that
   * personality playing on in its futures (its line), not the plan.
   */
  gates?: Partial<Record<Seat, { margin?: number; confidence?: number; cards?: boolean; lines?: boolean }>>;
}

/**
 * Version 4: at least 10 worlds played to the end of a 24-month game, up to 20 where 200 months of
 * play pay for them, and 5 more for a move ahead of the plan's; every candidate's future in
 * a world meets the same chance month by month (`commonChance`), and a move replaces the plan's
 * when it is ahead by a point and by one standard error of the paired differences, in the first
 * worlds and again with the further ones. Measured with paired games (64 a seat, the same seeds
 * and opponents for every variant, the other seats every pair of fixed bots, named in the game's
 * seats as the tournament names them), strategist minus its seat's best fixed personality with
 * 95% intervals: Washington +6.4 ± 3.5 (dealmaker), Pyongyang −0.8 ± 2.7 (dealmaker), Seoul
 * +5.4 ± 3.9 (dove); decision median 91.5 ms, p95 179 ms over `npm run bench`'s 60 decisions
 * (idle machine). Common chance cut the variance of two first moves' paired differences by
 * about 30% (tests/bots/rollout.test.ts); with it the looser gate pays, without it the gate had to
 * be 2 points and 2 standard errors. Tried: the same with a half-point margin and half a standard
 * error (Washington +3.8 ± 3.2, Pyongyang −0.8 ± 2.9, Seoul +4.7 ± 3.7: it chases noise); common
 * chance with the old gate (32 games: Washington and Seoul as without it). Before (no common
 * chance, 2 points and 2 standard errors): Washington +2.7 ± 2.1, Pyongyang +0.4 ± 2.7, Seoul
 * +2.9 ± 3.4; the seat's best personality as the plan whatever the other seats, 10 worlds
 * (Washington +0.5 ± 1.4, Pyongyang +0.0 ± 1.6, Seoul +1.3 ± 1.1); the other personalities'
 * whole moves (card and table action) as candidates too, with 700 months (Washington +3.5 ± 1.8,
 * Pyongyang −0.0 ± 2.7, Seoul +3.7 ± 3.5, twice the decision time); every card and a plan chosen
 * each month by the best mean (version 3's search: flipped plans on noise, 450–650 ms); 8 months
 * ahead (dropped offers whose deal lay beyond the horizon). A random search over 30 variants of
 * Pyongyang's personalities' card values found none that answered the fixed bots better than the
 * best of the three (+1.5 against +1.7 points over its best personality, on fresh seeds); one over
 * its bargainers' settings did (HELD_PLANS).
 *
 * Pyongyang's own search (`gates`): with its held plan (HELD_PLANS) it weighs only table actions
 * (accepting the best offer it may accept), never another card. On the same 64 paired games,
 * minus its best personality: table actions only +3.7 ± 3.3; the plan alone +3.1 ± 3.3; every
 * candidate, ahead by a point and one standard error +0.5 ± 3.2, by 2 and 2 +1.0 ± 3.2, by 4 and
 * 3 +2.3 ± 3.1, by 6 and 3 +2.3 ± 3.1; cards but no offer to accept +0.0 ± 3.2. Its other cards
 * did worse than its sampled futures said (about one month in 28, mostly mid-game); accepting an
 * offer did better.
 *
 * The budget's size: the strength comes from the plan and the first 10 worlds, not from more. On
 * the same paired games, minus each seat's best personality, this budget (half the earlier 400
 * months, 40 worlds and 10 more to confirm): Washington +7.4 ± 3.4, Pyongyang +3.3 ± 3.3, Seoul
 * +5.6 ± 3.6; the earlier one +6.4 ± 3.5, +3.7 ± 3.3, +5.4 ± 3.9; twice it Washington +5.3 ± 2.9,
 * Seoul +5.3 ± 4.2; 6 worlds (150 months, 16, 6 more) Washington +3.3 ± 2.8. The decision's median
 * over the bench's 60 fell from about 120 ms to 75 ms (p95 about 220 ms; runs in turn; 95-117 later).
 * Seoul's search, on 192 paired games against fixed bots (docs/model.md): table actions only −2.3,
 * a looser gate +0.3, no gate +0.9, twice this budget +0.4 (±0.7 to 1.7); Washington's looser gate −0.1.
 * Seoul's lines (`gates`, not in this budget): a single card of Seoul's is worth little, since
 * drift wears its effect away, but a line kept keeps its worth. Against the same search without
 * lines, on 256 games (the 16 profiles of fixed bots in the other seats, seeds 5001–5016): Seoul
 * +1.0 ± 1.2 (56.5 → 57.5; its dealmaker 54.6), Washington +0.3 ± 0.7; the tournament gave Seoul's
 * strategist +2.3 over its best personality against +1.4. But Seoul's decisions took 75% longer and the
 * bench's median rose from 78 to 105–125 ms (target 100 ms), so lines are left out.
 */
export const STRATEGIST_BUDGET: Readonly<Budget> = {
  samples: 10,
  horizon: 24,
  margin: 1,
  confidence: 1,
  confirm: 5,
  months: 200,
  maxSamples: 20,
  commonChance: true,
  gates: { dprk: { cards: false } },
};

/** Versions 2 and 3: the budget the strategist was sized with before version 4. */
export const EARLY_BUDGET: Readonly<Budget> = { samples: 8, horizon: 8, margin: 3 };

function sampleWorlds(view: PlayerView, policy: Policy, samples: number): World[] {
  const rng = new RngCursor(seedRng(mix32(view.decisionSeed, 0x57a7)));
  const worlds: World[] = [];
  for (let i = 0; i < samples; i++) worlds.push(determinize(view, rng, policy));
  return worlds;
}

/** Whether the seat's capital pays for a table action after the card. */
function affordable(view: PlayerView, move: string, t: TableAction | null): boolean {
  const cost = view.legal.find((o) => o.id === move)?.cost ?? 0;
  return t === null || actionCost(view, t) <= (view.capital[view.seat as Seat] ?? 0) - cost;
}

/**
 * Version 5: the card whose news (answers.ts) is worth most to the seat this month, where that is
 * more than the plan's card's and the news is good, or the plan's card's news is bad (null if none).
 * The search still weighs the plan's card and the others against it, so the answer must only not be
 * worse. Measured against the search that weighs such cards like any other (the same games: 8 for
 * each of the 16 profiles of fixed bots in the other seats): Seoul's strategist scored +2.3 ± 0.9
 * more on seeds from 5001 and +1.0 ± 1.0 on seeds from 7001, its lead over its best fixed
 * personality on those games +5.1 and +5.0 against +2.8 and +4.0. Playing the answer without
 * the search scored +0.3 ± 1.0 (seeds 5001): it lost 4 to 10 points against Washington's random
 * bot. Tried beside it, on the seeds from 5001: another personality's whole line as a candidate
 * (`gates.lines`) +0.0 ± 0.4; sampled worlds that carry the last six months' seen moves, so that a
 * repeated move's fatigue and the partner events count from the first month, Seoul −0.1 ± 0.7 and
 * Washington −0.2 ± 0.7.
 */
function bestAnswer(view: PlayerView, planned: string): string | null {
  const me = view.seat as Seat;
  const own = answerWorth(view, planned, me);
  let best: string | null = null;
  let worth = own;
  for (const o of view.legal) {
    const w = answerWorth(view, o.id, me);
    if (w > worth) [best, worth] = [o.id, w];
  }
  return best !== null && (worth > 0 || own < 0) ? best : null;
}

/**
 * How far a forecast is ahead of a reference on the same futures, in standard errors of the mean
 * of the paired differences, once it is ahead by more than `margin` points (else -Infinity).
 */
function evidence(f: Forecast, ref: Forecast, margin: number): number {
  const n = f.scores.length;
  const d = f.scores.map((x, i) => x - (ref.scores[i] ?? 0));
  const mean = d.reduce((a, x) => a + x, 0) / n;
  if (n < 2 || mean <= margin) return -Infinity;
  const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return sd === 0 ? Infinity : mean / (sd / Math.sqrt(n));
}

/**
 * Version 4: the steady plan's move (its personality's card and table action, that personality
 * playing on), against the other personalities' cards with the plan's table action and accepting
 * the best offer it may accept, each followed by the plan. Another move replaces the plan's only
 * when it is ahead by the margin and by `confidence` standard errors of the paired differences.
 * (Dropping the plan's offer is no candidate: the futures' score counts what an offer gives up
 * before the deal it leads to, and measured, the strategist dropped offers it should have made.)
 */
function planSteadily(view: PlayerView, fixed: Policy, budget: Budget): Plan {
  const me = view.seat as Seat;
  const rng = new RngCursor(seedRng(mix32(view.decisionSeed, 0x57a7)));
  const plan = steadyPlan(view);
  // A held plan (steadyPlan returns it) bargains its own way, now and in every future the seat plays it in.
  const way = HELD_PLANS[me]?.way;
  const policy: Policy = way ? (v, b, w) => fixed(v, b, w ?? (v.seat === me && b === plan ? way : undefined)) : fixed;
  const draw = (n: number) => Array.from({ length: n }, () => determinize(view, rng, policy));
  const own = policy(view, plan);
  const planTable = own.table ?? null;
  // A candidate: a first move, and the personality the seat plays on as in its futures (the plan unless named).
  const moves: (FirstMove & { then?: PersonalityName })[] = [{ move: own.move, table: planTable }];
  // Version 5 on: a card whose news answers a partner's move better than the plan's card does leads, the plan's card its challenger.
  const answer = bestAnswer(view, own.move);
  if (answer) moves.unshift({ move: answer, table: affordable(view, answer, planTable) ? planTable : null });
  const add = (move: string, table: TableAction | null, then?: PersonalityName) => {
    if (moves.some((m) => m.move === move && sameAction(m.table, table) && m.then === then) || !affordable(view, move, table)) return;
    moves.push({ move, table, ...(then ? { then } : {}) });
  };
  const gate = budget.gates?.[me];
  const cards = gate?.cards ?? true;
  // Another personality's card with the plan's table action (none without one), where the card leaves the capital for it.
  for (const p of cards ? PERSONALITY_NAMES : []) {
    const c = policy(view, p);
    add(c.move, planTable);
    if (gate?.lines && p !== plan) add(c.move, c.table ?? null, p);
  }
  const accept = view.table ? bestAcceptable(view) : null;
  if (accept) add(own.move, accept);
  // How many worlds the budget pays for, and every card of the hand where it pays for enough of them.
  const left = Math.max(1, Math.min(budget.horizon, view.maxTurns - view.turn + 1));
  const worldsFor = (n: number) => Math.floor((budget.months ?? 0) / (n * left));
  if (cards && budget.months && worldsFor(moves.length + view.legal.length) >= budget.samples) {
    for (const o of view.legal) add(o.id, affordable(view, o.id, planTable) ? planTable : null);
  }
  const n = Math.max(budget.samples, Math.min(budget.maxSamples ?? budget.samples, worldsFor(moves.length)));
  const worlds = draw(n);
  const run = (m: (typeof moves)[number], ws: readonly World[]) => {
    const f = forecast(m.move, m.table, ws, me, budget, policy, m.then ?? plan);
    return m.then ? { ...f, then: m.then } : f;
  };
  const forecasts = moves.map((m) => run(m, worlds));
  let planned = forecasts[0] as Forecast;
  let best = planned;
  const margin = gate?.margin ?? budget.margin;
  const confidence = gate?.confidence ?? budget.confidence ?? 0;
  let strength = confidence;
  for (const f of forecasts) {
    const e = evidence(f, planned, margin);
    if (e > strength) [best, strength] = [f, e];
  }
  // A move ahead of the plan's is played in further worlds too, and must still be ahead in all of them.
  if (best !== planned && budget.confirm) {
    const more = draw(Math.max(budget.confirm, n));
    const i = forecasts.indexOf(best);
    planned = merged(planned, run(moves[0]!, more));
    best = merged(best, run(moves[i]!, more));
    forecasts[0] = planned;
    forecasts[i] = best;
    if (!(evidence(best, planned, margin) > confidence)) best = planned;
  }
  const news = cardAnswers(view, best.move).map((a) => a.event);
  return {
    move: best.move,
    reason: forecastReason(me, best, best.then ?? plan, news),
    forecasts,
    ...(best.table ? { table: best.table } : {}),
  };
}

function merged(a: Forecast, b: Forecast): Forecast {
  const endings = { ...a.endings };
  for (const e of Object.keys(b.endings) as EndingId[]) endings[e] = (endings[e] ?? 0) + (b.endings[e] ?? 0);
  const futures = a.futures + b.futures;
  const meanScore = (a.meanScore * a.futures + b.meanScore * b.futures) / futures;
  return { ...a, futures, meanScore, deals: a.deals + b.deals, endings, scores: [...a.scores, ...b.scores] };
}

/** What a card (and the table action sealed with it) came to over the sampled futures. */
export interface Forecast {
  move: string;
  table: TableAction | null;
  futures: number;
  meanScore: number;
  deals: number;
  endings: Partial<Record<EndingId, number>>;
  /** The seat's score in each sampled future, in the worlds' order. */
  scores: number[];
  /** The personality the seat played on as in these futures, where it was not the plan (a line, `gates`). */
  then?: PersonalityName;
}

/**
 * What the strategist expects of the card it plays, as a structured reason (src/i18n words it):
 * a deal in how many futures, else the likeliest ending other than the status quo.
 */
export function forecastReason(seat: Seat, f: Forecast, plan: BotName, answers: readonly string[] = []): BotReason {
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
    ...(answers.length > 0 ? { answers: [...answers] } : {}),
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
  const f: Forecast = { move, table, futures: worlds.length, meanScore: 0, deals: 0, endings: {}, scores: [] };
  for (const w of worlds) {
    const future = rollout(w, me, { move, table }, budget.horizon, policy, then, budget.commonChance ?? false);
    f.meanScore += future.score / worlds.length;
    f.scores.push(future.score);
    if (future.deal) f.deals++;
    if (future.ending) f.endings[future.ending] = (f.endings[future.ending] ?? 0) + 1;
  }
  return f;
}

/**
 * Chooses a move for the view's seat by planning ahead. `policy` is how the fixed bots choose
 * (passed in so that this module does not import the bots' dispatcher, which imports it).
 */
export function planMove(view: PlayerView, policy: Policy, budget?: Budget): Plan {
  if (view.seat === 'all') throw new Error('a bot plays a seat, not the overview');
  if (view.legal.length === 0) throw new Error(`${view.seat} has no legal move`);
  return view.scenario.version >= 4
    ? planSteadily(view, policy, budget ?? STRATEGIST_BUDGET)
    : planByCards(view, policy, budget ?? EARLY_BUDGET);
}

export type Plan = BotChoice & { forecasts: Forecast[] };

/** Versions 2 and 3: the plan that does best, then every card of the hand followed by that plan. */
function planByCards(view: PlayerView, policy: Policy, budget: Budget): Plan {
  const me = view.seat as Seat;
  const hand = view.legal;
  const worlds = sampleWorlds(view, policy, budget.samples);
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
  // Then every card of the hand with the plan's table action (or none where the card leaves too little capital).
  const forecasts = hand.map((o) => {
    if (o.id === planned.move) return planned;
    const t = affordable(view, o.id, planned.table) ? planned.table : null;
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
        if (sameAction(t, top.table) || !affordable(view, top.move, t)) continue;
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
