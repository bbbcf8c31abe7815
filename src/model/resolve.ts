/**
 * A month's resolution: the sealed moves in fixed seat order, then the month's events, then the
 * world's drift, then the negotiation pipeline. The result carries `signals` for the statechart,
 * which decides which track stages change (see src/machine).
 */
import {
  BREAKDOWN_TRUST,
  CAPITAL_PER_TURN,
  CRISIS_TENSION,
  DEAL_BREAK_TRUST,
  ENVOY_PATIENCE,
  MAX_CAPITAL,
  RUPTURE_ALLIANCE,
  RUPTURE_TROOPS,
} from './data/scenario';
import { RngCursor } from './rng';
import type { Channel, EventDef, Outcome } from './rules';
import { rulesFor, tableNumbers } from './ruleset';
import { clearTable, implementationMonths, implementStep, signDeal, spoilers, summitAtTable } from './tableDeal';
import { revealOffers } from './tableLeaks';
import { resolveTable } from './tableResolve';
import type { TableAction } from './table';
import { addDelta, applyEffect, applyModifiers, chanceOf, costOf, draft, effectiveEffect, holds, targetOf } from './state';
import {
  SEATS,
  type DealKind,
  type GameState,
  type IndicatorId,
  type NewsItem,
  type Seat,
  type Signal,
  type TrackId,
  type Tracks,
} from './types';

/**
 * Claims 1 and 6b: hawks in the cabinet and a hostile Congress can wreck a signed deal while it
 * is carried out; the chance grows with opposition and with the cabinet's division.
 */
const SABOTAGE = { base: 0.1, per: { usOpposition: 0.004, cabinetCohesion: -0.003 }, max: 0.5 } as const;
/** Version 2: a longer implementation, each month a smaller chance of a spoiler. */
const SABOTAGE_V2 = { base: 0.05, per: { usOpposition: 0.003, cabinetCohesion: -0.002 }, max: 0.4 } as const;

/** Moves resolve in this order every month, whatever order they were chosen in. */
export const SEAT_ORDER: readonly Seat[] = SEATS;

/** Seals a seat's move for this month. The caller has checked it is legal. */
export function commitMove(s: GameState, seat: Seat, move: string, reason: string, table?: TableAction): GameState {
  return { ...s, pending: { ...s.pending, [seat]: table ? { move, reason, table } : { move, reason } } };
}

/** Queues an event from the scenario's list to fire first in this month's resolution. */
export function injectEvent(s: GameState, eventId: string): GameState {
  return { ...s, injected: [...s.injected, eventId] };
}

function pushNews(d: GameState, item: Omit<NewsItem, 'turn'>): void {
  d.news.push({ turn: d.turn, ...item });
}

/**
 * Reveals every secret move that has not leaked yet, or only those on one channel (list items are
 * replaced, never mutated).
 */
function revealSecrets(d: GameState, channel?: Channel): number {
  let n = 0;
  const byId = rulesFor(d.scenario).movesById;
  d.moves = d.moves.map((m) => {
    if (!m.secret || m.revealedOn !== undefined) return m;
    if (channel !== undefined && byId[m.move]?.channel !== channel) return m;
    n++;
    return { ...m, revealedOn: d.turn };
  });
  return n;
}

function pickOutcome(d: GameState, outcomes: readonly Outcome[], rng: RngCursor): Outcome {
  const weights = outcomes.map((o) => {
    let w = o.weight;
    if (o.per) for (const k in o.per) w += (o.per[k as IndicatorId] as number) * (d.indicators[k as IndicatorId] - 50);
    return Math.max(0, w);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.float() * total;
  for (let i = 0; i < outcomes.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return outcomes[i] as Outcome;
  }
  return outcomes[outcomes.length - 1] as Outcome;
}

function fireEvent(d: GameState, def: EventDef, rng: RngCursor, injected: boolean): void {
  const cause = { cause: `event.${def.id}` };
  const outcome = def.outcomes ? pickOutcome(d, def.outcomes, rng) : undefined;
  const params: Record<string, string | number> = {};
  if (outcome) params.outcome = outcome.id;
  if (injected) params.injected = 1;
  if (def.reveals) {
    const channel = def.reveals === true ? undefined : def.reveals;
    // Version 3: the channel's secret offers come out with its secret moves (tableLeaks.ts).
    params.revealed = revealSecrets(d, channel) + revealOffers(d, channel, cause.cause);
  }
  pushNews(d, { id: `event.${def.id}`, source: def.source, ...(Object.keys(params).length ? { params } : {}) });
  applyModifiers(d, def.modifiers, cause);
  applyEffect(d, def.effect, cause);
  if (outcome) applyEffect(d, outcome.effect, cause);
  const signal = outcome?.signal ?? def.signal;
  if (signal) d.signals.push(signal);
}

function resolveMoves(d: GameState): void {
  const byId = rulesFor(d.scenario).movesById;
  for (const seat of SEAT_ORDER) {
    const chosen = d.pending[seat];
    if (!chosen) continue;
    const def = byId[chosen.move];
    if (!def) continue;
    const secret = def.visibility === 'secret';
    const cause = { cause: def.id, seat, ...(secret ? { secret } : {}) };
    // Cost and effect as they stand before this move changes anything (version 2: surcharges, repeats).
    const cost = costOf(d, def);
    const effect = effectiveEffect(d, def);
    d.capital[seat] = Math.max(0, d.capital[seat] - cost);
    applyModifiers(d, def.modifiers, cause);
    applyEffect(d, effect, cause);
    if (def.once) d.used.push(def.id);
    d.moves.push({ turn: d.turn, seat, move: def.id, secret, reason: chosen.reason });
    if (def.signal) d.signals.push({ type: def.signal, seat });
  }
  d.pending = {};
}

function resolveEvents(d: GameState, rng: RngCursor): void {
  const rules = rulesFor(d.scenario);
  const injected = d.injected;
  for (const id of injected) {
    const def = rules.eventsById[id];
    if (def) fireEvent(d, def, rng, true);
  }
  d.injected = [];
  let random = 0;
  for (const def of rules.events) {
    if (injected.includes(def.id) || !holds(d, def.when)) continue;
    if (!def.scheduled && random >= rules.n.maxRandomEvents) continue;
    const p = chanceOf(d, def.chance);
    if (p <= 0 || (p < 1 && rng.float() >= p)) continue;
    fireEvent(d, def, rng, false);
    if (!def.scheduled) random++;
  }
}

function resolveDrift(d: GameState): void {
  for (const drift of rulesFor(d.scenario).drifts) {
    if (!holds(d, drift.when)) continue;
    const cause = { cause: `drift.${drift.id}` };
    applyModifiers(d, drift.modifiers, cause);
    applyEffect(d, drift.effect, cause);
    if (drift.toward) {
      const { indicator, target, rate } = drift.toward;
      const delta = Math.round((targetOf(d.indicators, target) - d.indicators[indicator]) * rate);
      if (delta !== 0) addDelta(d, indicator, delta, cause);
    }
  }
}

/** What a summit ends in, given what each side has put on the table (claims 4, 5 and 11). */
export function summitOutcome(d: GameState, rng: RngCursor): Signal {
  const { us, dprk } = d.positions;
  const trust = d.indicators.trust;
  const deal = (kind: DealKind): Signal => ({ type: 'talks.deal', deal: kind });
  const roll = rng.float();
  if (trust < 25) return { type: 'talks.walkOut' };
  if (us === 'recognition') return deal('recognition');
  if (dprk === 'roadmap') return deal('roadmap');
  if (us === 'freeze' && dprk === 'freeze') return deal('freeze');
  // Hanoi: Washington asks for everything, Pyongyang offers a part.
  if (us === 'cvid' && dprk === 'freeze') return roll < (trust - 45) / 50 ? deal('freeze') : { type: 'talks.walkOut' };
  if (dprk === 'recognition') return roll < 0.6 ? { type: 'talks.walkOut' } : { type: 'talks.vague' };
  if (us === 'freeze') return roll < trust / 120 ? deal('freeze') : { type: 'talks.vague' };
  if (us === 'cvid') return roll < 0.5 ? { type: 'talks.walkOut' } : { type: 'talks.vague' };
  // Singapore 2018: a summit without positions ends in a vague statement.
  return { type: 'talks.vague' };
}

function resolvePipeline(d: GameState, rng: RngCursor): void {
  const stage = d.tracks.negotiation;
  const t = d.trackTurns.negotiation;
  const trust = d.indicators.trust;
  if (stage === 'secretEnvoy' && t >= ENVOY_PATIENCE) d.signals.push({ type: 'channel.stale' });
  if ((stage === 'exploratory' || stage === 'formal') && trust < BREAKDOWN_TRUST) d.signals.push({ type: 'talks.breakdown' });
  const rules = rulesFor(d.scenario);
  if (stage === 'summit' && t >= 1) d.signals.push(rules.on.table ? summitAtTable(d) : summitOutcome(d, rng));
  if (stage === 'agreement') d.signals.push({ type: 'deal.step' });
  if (stage === 'implementation' && rules.on.table) implementAtTable(d, rng, t);
  else if (stage === 'implementation') {
    const tested = d.moves.some((m) => m.turn === d.turn && m.move === 'dprk.testMissile');
    const spoilers = rules.n.implementationTurns > 2 ? SABOTAGE_V2 : SABOTAGE;
    const sabotage = rng.chance(chanceOf(d, spoilers));
    const cause = tested
      ? 'test'
      : sabotage
        ? 'sabotage'
        : trust < DEAL_BREAK_TRUST
          ? 'trust'
          : d.indicators.tension >= 85
            ? 'tension'
            : null;
    if (cause !== null) {
      d.signals.push({ type: 'deal.broken' });
      // Version 2 names what broke the deal, and how likely a spoiler was this month.
      if (rules.on.namedBreaks) {
        pushNews(d, {
          id: `note.dealBroken.${cause}`,
          params: { chance: Math.round(chanceOf(d, spoilers) * 100) },
          source: 'Claim 4: every earlier agreement collapsed in implementation.',
        });
      }
    } else if (t >= rules.n.implementationTurns) d.signals.push({ type: 'deal.done' });
  }
}

/**
 * A month of a signed deal's implementation at the table (version 3): a missile test or a spoiler
 * (the hawks, Congress, Pyongyang cheating) breaks it, as do low trust and high tension; otherwise
 * the next term is implemented, and the deal is done once every term is and the months are served.
 */
function implementAtTable(d: GameState, rng: RngCursor, t: number): void {
  const tested = d.moves.some((m) => m.turn === d.turn && m.move === 'dprk.testMissile');
  const spoiled = spoilers(d, rng);
  const cause = tested
    ? 'test'
    : (spoiled.cause ?? (d.indicators.trust < DEAL_BREAK_TRUST ? 'trust' : d.indicators.tension >= 85 ? 'tension' : null));
  if (cause !== null) {
    d.signals.push({ type: 'deal.broken' });
    pushNews(d, {
      id: `note.dealBroken.${cause}`,
      params: { chance: Math.round(spoiled.chance * 100) },
      source: 'Claims 4, 6b and 7: every earlier agreement collapsed in implementation.',
    });
    return;
  }
  for (let k = 0; k < tableNumbers(d).termsPerMonth; k++) implementStep(d);
  const deal = d.table?.deal;
  if (deal && deal.done >= deal.terms.length && t >= implementationMonths(d)) d.signals.push({ type: 'deal.done' });
}

/** Resolves the month: moves, events, drift and the negotiation pipeline. */
export function resolveTurn(s: GameState): GameState {
  const d = draft(s, ['used', 'injected', 'moves', 'changes', 'news']);
  d.signals = [];
  const rng = new RngCursor(d.rng);
  // Version 3: table actions were sealed with the cards and resolve after them, in seat order.
  const tableActions: Partial<Record<Seat, TableAction>> = {};
  for (const seat of SEAT_ORDER) {
    const a = d.pending[seat]?.table;
    if (a) tableActions[seat] = a;
  }
  resolveMoves(d);
  if (d.table) resolveTable(d, tableActions);
  resolveEvents(d, rng);
  resolveDrift(d);
  resolvePipeline(d, rng);
  d.rng = rng.state;
  return d;
}

/** Enters a track stage: what the statechart decided, the tables turn into effects and news. */
export function enterStage(s: GameState, track: TrackId, stage: string, signal?: Signal): GameState {
  const d = draft(s, ['changes', 'news']);
  (d.tracks as Record<TrackId, string>)[track] = stage;
  d.trackTurns[track] = 0;
  const cause = { cause: `stage.${track}.${stage}` };
  const params: Record<string, string | number> = {};
  if (track === 'seoul') {
    if (stage === 'snapElection') d.statuses.seoulGovernment = 'interim';
    if (stage === 'yoon') d.statuses.seoulGovernment = 'conservative';
    if (stage === 'newGovernment' && signal && typeof signal.winner === 'string') {
      d.statuses.seoulGovernment = signal.winner === 'liberal' ? 'liberal' : 'conservative';
      params.winner = signal.winner;
    }
  }
  if (track === 'ukraine') d.statuses.ukraine = stage as Tracks['ukraine'];
  const rules = rulesFor(d.scenario);
  const def = rules.stagesByKey[`${track}.${stage}`];
  applyModifiers(d, def?.modifiers, cause);
  applyEffect(d, def?.effect, cause);
  if (track === 'negotiation') {
    if (stage === 'agreement' && signal && typeof signal.deal === 'string') {
      const kind = signal.deal as DealKind;
      d.deal = kind;
      params.deal = kind;
      if (rules.on.table) {
        // Version 3: the deal is its terms, applied one a month in implementation (tableDeal.ts).
        signDeal(d);
      } else {
        applyEffect(d, rules.deals[kind].effect, cause);
        applyModifiers(d, rules.deals[kind].modifiers, cause);
      }
    }
    if (stage === 'collapsed') d.ending = 'collapse';
    if (stage === 'noContact') {
      d.deal = null;
      if (rules.on.table) clearTable(d);
    }
  }
  if (signal) {
    params.signal = signal.type;
    // A stage entered because of a seat's move is as secret as that move (see playerView).
    if (typeof signal.seat === 'string') params.seat = signal.seat;
  }
  pushNews(d, { id: `stage.${track}.${stage}`, source: def?.source ?? '', params });
  return d;
}

/**
 * Whether a failed summit or a broken deal ends the game in collapse. Version 1: always. Version 2
 * (Hanoi as it happened): only a second failure, or one after the President's determination is spent.
 */
export function failureIsFinal(s: GameState): boolean {
  const rules = rulesFor(s.scenario);
  if (!rules.on.hanoiSetback) return true;
  const failures = s.talks?.failures ?? 0;
  return failures + 1 >= rules.n.failuresToCollapse || s.indicators.determination < rules.n.determinationSpent;
}

/** What a first failure costs (version 2): trust and determination, and a cool-down before a new envoy. */
const SETBACK = { deltas: { trust: -6, determination: -6 } } as const;

/**
 * A first failure in version 2: as after Hanoi in February 2019, the channel goes dark with lower
 * trust, and only after a cool-down can a new envoy try (the DMZ meeting came in June 2019).
 * The statechart then enters `noContact`.
 */
export function setBack(s: GameState): GameState {
  const d = draft(s, ['changes', 'news']);
  const rules = rulesFor(d.scenario);
  const failures = (d.talks?.failures ?? 0) + 1;
  d.talks = { failures, coolUntil: d.turn + 1 + rules.n.coolDown };
  applyEffect(d, SETBACK, { cause: 'note.hanoiSetback' });
  pushNews(d, {
    id: 'note.hanoiSetback',
    params: { months: rules.n.coolDown },
    source: 'Claims 2 and 4: after the Hanoi walk-out of February 2019 talks resumed only at the DMZ in June 2019.',
  });
  return d;
}

/** A signal that the statechart did not act on, recorded so the player learns why. */
export function noteRefused(s: GameState, signal: Signal, reason: string): GameState {
  const params: Record<string, string | number> = { signal: signal.type };
  if (typeof signal.seat === 'string') params.seat = signal.seat;
  return { ...s, news: [...s.news, { turn: s.turn, id: `note.${reason}`, params, source: '' }] };
}

/** The signed deal has held through implementation: the game ends in it. */
export function concludeDeal(s: GameState): GameState {
  return s.deal ? { ...s, ending: s.deal } : s;
}

/** Closes the month: endings, the turn record, capital, and the next turn. */
export function finishTurn(s: GameState): GameState {
  const d = draft(s, ['history']);
  d.signals = [];
  for (const k in d.trackTurns) d.trackTurns[k as TrackId] += 1;
  if (d.ending === null) {
    if (d.indicators.tension >= CRISIS_TENSION) d.ending = 'crisis';
    else if (d.statuses.troops < RUPTURE_TROOPS || d.indicators.alliance <= RUPTURE_ALLIANCE) d.ending = 'rupture';
    else if (d.turn >= d.settings.maxTurns) d.ending = 'statusQuo';
  }
  d.history.push({
    turn: d.turn,
    indicators: { ...d.indicators },
    statuses: { ...d.statuses },
    tracks: { ...d.tracks },
  });
  if (d.ending !== null) {
    d.endedOn = d.turn;
    return d;
  }
  d.turn += 1;
  for (const seat of SEAT_ORDER) d.capital[seat] = Math.min(MAX_CAPITAL, d.capital[seat] + CAPITAL_PER_TURN);
  return d;
}
