/**
 * Creating a game state and the small pure operations every rule is built from: testing a
 * condition, applying an effect with its cause recorded, and the calendar.
 */
import { seedRng } from './rng';
import type { Chance, Channel, Condition, Effect, Modifier, MoveDef, Target } from './rules';
import { rulesFor } from './ruleset';
import { hasUnrevealedOffers } from './tableRules';
import { DEFAULT_MAX_TURNS, SCENARIO, START_CAPITAL, START_INDICATORS, START_STATUSES, START_TRACKS, START_DATE } from './data/scenario';
import {
  EXERCISE_STATUSES,
  INDICATOR_IDS,
  type Change,
  type GameSettings,
  type GameState,
  type IndicatorId,
  type Indicators,
  type Seat,
  type SeatControllers,
  type Statuses,
  type TrackId,
  type Tracks,
} from './types';

export interface NewGameInput {
  seed: number;
  seats?: Partial<SeatControllers>;
  maxTurns?: number;
  overrides?: GameSettings['overrides'];
  /** The scenario version to play (default: the current one); old saves name theirs. */
  scenarioVersion?: number;
}

export const DEFAULT_SEATS: SeatControllers = { us: 'bot:dealmaker', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' };

/** Tracks that follow from the starting statuses, so `--set` overrides start the statechart in the right stage. */
function tracksFor(statuses: Statuses): Tracks {
  const seoul = statuses.seoulGovernment === 'interim' ? 'trial' : statuses.seoulGovernment === 'liberal' ? 'newGovernment' : 'yoon';
  return { ...START_TRACKS, seoul, ukraine: statuses.ukraine };
}

/** The game state at the start of January 2025 (with any what-if overrides). */
export function createInitialState(input: NewGameInput): GameState {
  const overrides = input.overrides ?? {};
  const indicators = { ...START_INDICATORS };
  for (const id of INDICATOR_IDS) {
    const v = overrides[id];
    if (v !== undefined) indicators[id] = clamp(Math.round(v));
  }
  const statuses: Statuses = {
    seoulGovernment: overrides.seoulGovernment ?? START_STATUSES.seoulGovernment,
    ukraine: overrides.ukraine ?? START_STATUSES.ukraine,
    exercises: overrides.exercises ?? START_STATUSES.exercises,
    troops: overrides.troops ?? START_STATUSES.troops,
  };
  const seed = input.seed >>> 0;
  const scenario = { id: SCENARIO.id as string, version: input.scenarioVersion ?? SCENARIO.version };
  const rules = rulesFor(scenario); // throws for a version this build cannot play
  const state: GameState = {
    scenario,
    seed,
    settings: { maxTurns: input.maxTurns ?? DEFAULT_MAX_TURNS, overrides: { ...overrides } },
    seats: { ...DEFAULT_SEATS, ...input.seats },
    rng: seedRng(seed),
    turn: 1,
    indicators,
    statuses,
    tracks: tracksFor(statuses),
    capital: { us: START_CAPITAL, dprk: START_CAPITAL, rok: START_CAPITAL },
    positions: { us: 'none', dprk: 'none' },
    trackTurns: { negotiation: 0, seoul: 0, ukraine: 0, cabinet: 0 },
    deal: null,
    pending: {},
    used: [],
    injected: [],
    signals: [],
    moves: [],
    changes: [],
    news: [],
    history: [],
    ending: null,
    endedOn: null,
  };
  // Version 2 keeps a record of failed talks; version 1's states stay exactly as they were.
  if (rules.on.hanoiSetback) state.talks = { failures: 0, coolUntil: 0 };
  // Version 3 has the negotiation table; earlier versions' states stay exactly as they were.
  if (rules.on.table) state.table = { offers: [], agreed: null, nextId: 1 };
  return state;
}

export function clamp(v: number, lo = 0, hi = 100): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Month (1–12) and year of a turn: turn 1 is the scenario's start month. */
export function calendar(turn: number, start: Readonly<{ year: number; month: number }> = START_DATE): { year: number; month: number } {
  const m = start.month - 1 + turn - 1;
  return { year: start.year + Math.floor(m / 12), month: (m % 12) + 1 };
}

/** One part of a condition, as a test on a state: true when that part does not hold. */
type Failure = (s: GameState) => boolean;

/** The state's value is not in the list, when the condition names a list. */
function notInList<T>(tests: Failure[], list: readonly T[] | undefined, value: (s: GameState) => T): void {
  if (list !== undefined) tests.push((s) => !list.includes(value(s)));
}

/** Each named indicator (or track) is below its bound (`atLeast`) or above it. */
function outOfBounds<K extends string>(
  tests: Failure[],
  bounds: Partial<Record<K, number>> | undefined,
  read: (s: GameState, k: K) => number,
  atLeast: boolean,
): void {
  if (!bounds) return;
  for (const k in bounds) {
    const bound = bounds[k] as number;
    tests.push(atLeast ? (s) => read(s, k) < bound : (s) => read(s, k) > bound);
  }
}

/** The tests a condition stands for: only the parts it names, in this order. */
function compile(c: Condition): readonly Failure[] {
  const tests: Failure[] = [];
  notInList(tests, c.negotiation, (s) => s.tracks.negotiation);
  notInList(tests, c.seoul, (s) => s.tracks.seoul);
  notInList(tests, c.ukraine, (s) => s.tracks.ukraine);
  notInList(tests, c.cabinet, (s) => s.tracks.cabinet);
  notInList(tests, c.government, (s) => s.statuses.seoulGovernment);
  notInList(tests, c.exercises, (s) => s.statuses.exercises);
  notInList(tests, c.usPosition, (s) => s.positions.us);
  notInList(tests, c.dprkPosition, (s) => s.positions.dprk);
  const { troopsMin, troopsMax, fromTurn, toTurn, unrevealedSecrets, unrevealedOn, recent, alsoRecent, notRecent, cooledDown } = c;
  if (troopsMin !== undefined) tests.push((s) => s.statuses.troops < troopsMin);
  if (troopsMax !== undefined) tests.push((s) => s.statuses.troops > troopsMax);
  if (fromTurn !== undefined) tests.push((s) => s.turn < fromTurn);
  if (toTurn !== undefined) tests.push((s) => s.turn > toTurn);
  if (unrevealedOn !== undefined) tests.push((s) => !hasUnrevealedOn(s, unrevealedOn));
  if (recent !== undefined) tests.push((s) => playsWithin(s, [recent.move], recent.within, true) === 0);
  if (alsoRecent !== undefined) tests.push((s) => playsWithin(s, alsoRecent.moves, alsoRecent.within, true) === 0);
  if (notRecent !== undefined) tests.push((s) => playsWithin(s, [notRecent.move], notRecent.within, true) > 0);
  if (cooledDown !== undefined) tests.push((s) => s.turn >= (s.talks?.coolUntil ?? 0) !== cooledDown);
  notInList(tests, c.months, (s) => calendar(s.turn).month);
  outOfBounds<IndicatorId>(tests, c.min, (s, k) => s.indicators[k], true);
  outOfBounds<IndicatorId>(tests, c.max, (s, k) => s.indicators[k], false);
  outOfBounds<TrackId>(tests, c.minTrackTurns, (s, k) => s.trackTurns[k], true);
  if (unrevealedSecrets !== undefined) tests.push((s) => hasUnrevealedSecrets(s) !== unrevealedSecrets);
  return tests;
}

/**
 * Conditions compiled to their tests, once per condition object: the tables' conditions are
 * built at load and never change, and a month tests each of them many times. (Reading a
 * condition's optional fields directly costs more: the tables' conditions all have other shapes.)
 */
const compiled = new WeakMap<Condition, readonly Failure[]>();

/** Whether every part of a condition holds in a state. Conditions must not be changed once tested. */
export function holds(s: GameState, c: Condition | undefined): boolean {
  if (!c) return true;
  let tests = compiled.get(c);
  if (!tests) {
    tests = compile(c);
    compiled.set(c, tests);
  }
  for (const fails of tests) if (fails(s)) return false;
  return true;
}

export function hasUnrevealedSecrets(s: GameState): boolean {
  return s.moves.some((m) => m.secret && m.revealedOn === undefined) || hasUnrevealedOffers(s);
}

/** True when a secret move on this channel (by the game's rules) has not leaked yet. */
export function hasUnrevealedOn(s: GameState, channel: Channel): boolean {
  const byId = rulesFor(s.scenario).movesById;
  // Version 3: a channel on which only offers travelled can leak too.
  return (
    s.moves.some((m) => m.secret && m.revealedOn === undefined && byId[m.move]?.channel === channel) || hasUnrevealedOffers(s, channel)
  );
}

/**
 * The first month of a window of `within` months seen from month `turn`: the months before it,
 * or, when `thisMonth`, this one and the months before it (a condition tested after the month's
 * moves resolved). Conditions (`playsWithin`) and a card's foreseen answers (answers.ts) share it.
 */
export function windowStart(turn: number, within: number, thisMonth: boolean): number {
  return turn - within + (thisMonth ? 1 : 0);
}

/**
 * How often any of `moves` was played in the `within` months before this one (and in this one,
 * when `thisMonth`: a condition tested after the month's moves resolved).
 */
export function playsWithin(s: GameState, moves: readonly string[], within: number, thisMonth: boolean): number {
  const from = windowStart(s.turn, within, thisMonth);
  let n = 0;
  for (let i = s.moves.length - 1; i >= 0; i--) {
    const m = s.moves[i] as GameState['moves'][number];
    if (m.turn < from) break;
    if ((thisMonth || m.turn < s.turn) && moves.includes(m.move)) n++;
  }
  return n;
}

/**
 * A move's effect as it would resolve now: with diminishing returns when the seat repeated it
 * recently (version 2's `fatigue`). Version 1 and fresh moves keep their table effect.
 */
export function effectiveEffect(s: GameState, def: MoveDef): Effect {
  const f = def.fatigue;
  if (!f || !def.effect.deltas || !rulesFor(s.scenario).on.costsThatBite) return def.effect;
  const k = repeats(s, def);
  if (k === 0) return def.effect;
  const deltas = { ...def.effect.deltas };
  for (const id of f.gains) {
    const v = deltas[id];
    if (v !== undefined) deltas[id] = Math.trunc(v / (1 + k));
  }
  return { ...def.effect, deltas };
}

/** Recent plays that make a move tired (0 without `fatigue` or in version 1). */
function repeats(s: GameState, def: MoveDef): number {
  const f = def.fatigue;
  return f ? playsWithin(s, tiringMoves(def), f.window, false) : 0;
}

/** The moves whose recent plays tire `def`: itself and its `fatigue.counts`, listed once per definition. */
const TIRING = new WeakMap<MoveDef, readonly string[]>();
function tiringMoves(def: MoveDef): readonly string[] {
  let list = TIRING.get(def);
  if (!list) TIRING.set(def, (list = [def.id, ...(def.fatigue?.counts ?? [])]));
  return list;
}

/**
 * A move's capital cost now (version 2): the table cost, plus any surcharge whose condition holds,
 * plus one for each recent repeat — a move that keeps being played costs more political capital.
 */
export function costOf(s: GameState, def: MoveDef): number {
  if (!(def.surcharge || def.fatigue) || !rulesFor(s.scenario).on.costsThatBite) return def.cost;
  const extra = def.surcharge && holds(s, def.surcharge.when) ? def.surcharge.cost : 0;
  return def.cost + extra + repeats(s, def);
}

/** `base + Σ per[i] · (indicator − 50)`, clamped to [0, max]. */
export function chanceOf(s: GameState, c: Chance): number {
  let p = c.base;
  if (c.per) for (const k in c.per) p += (c.per[k as IndicatorId] as number) * (s.indicators[k as IndicatorId] - 50);
  return clamp(p, 0, c.max ?? 1);
}

export function targetOf(ind: Indicators, t: Target): number {
  let v = t.base;
  if (t.per) for (const k in t.per) v += (t.per[k as IndicatorId] as number) * ind[k as IndicatorId];
  return v;
}

/** Who caused a change, for the record. */
export interface Cause {
  cause: string;
  seat?: Seat;
  secret?: boolean;
}

/**
 * Applies an effect to a draft state (a fresh copy owned by the caller), recording every
 * indicator change with its cause. Deltas are clamped so indicators stay within 0–100.
 */
export function applyEffect(d: GameState, e: Effect | undefined, cause: Cause): void {
  if (!e) return;
  if (e.deltas) {
    for (const k in e.deltas) addDelta(d, k as IndicatorId, e.deltas[k as IndicatorId] as number, cause);
  }
  if (e.exercises) {
    const i = EXERCISE_STATUSES.indexOf(d.statuses.exercises) - e.exercises;
    d.statuses.exercises = EXERCISE_STATUSES[Math.max(0, Math.min(EXERCISE_STATUSES.length - 1, i))] ?? d.statuses.exercises;
  }
  if (e.troops) d.statuses.troops = Math.max(0, d.statuses.troops + e.troops);
  if (e.usPosition) d.positions.us = e.usPosition;
  if (e.dprkPosition) d.positions.dprk = e.dprkPosition;
  if (e.capital) {
    for (const k in e.capital) d.capital[k as Seat] = Math.max(0, d.capital[k as Seat] + (e.capital[k as Seat] as number));
  }
}

export function applyModifiers(d: GameState, mods: readonly Modifier[] | undefined, cause: Cause): void {
  if (!mods) return;
  // Conditions are tested against the state before any modifier applies, so order does not matter.
  const hits = mods.filter((m) => holds(d, m.when));
  for (const m of hits) applyEffect(d, m.effect, cause);
}

export function addDelta(d: GameState, id: IndicatorId, delta: number, cause: Cause): void {
  const before = d.indicators[id];
  const after = clamp(before + delta);
  if (after === before) return;
  d.indicators[id] = after;
  const change: Change = { turn: d.turn, indicator: id, delta: after - before, cause: cause.cause };
  if (cause.seat) change.seat = cause.seat;
  if (cause.secret) change.secret = true;
  d.changes.push(change);
}

type ListKey = 'used' | 'injected' | 'signals' | 'moves' | 'changes' | 'news' | 'history';

/**
 * A copy of a state whose nested records may be changed freely by one rule, and whose named
 * lists are fresh copies it may append to. Lists not named stay shared and must not be touched,
 * which keeps a month's resolution from copying the whole game's history several times.
 */
export function draft(s: GameState, lists: readonly ListKey[]): GameState {
  const d: GameState = {
    ...s,
    rng: [...s.rng],
    indicators: { ...s.indicators },
    statuses: { ...s.statuses },
    tracks: { ...s.tracks },
    capital: { ...s.capital },
    positions: { ...s.positions },
    trackTurns: { ...s.trackTurns },
    pending: { ...s.pending },
  };
  for (const k of lists) (d[k] as unknown[]) = s[k].slice();
  return d;
}
