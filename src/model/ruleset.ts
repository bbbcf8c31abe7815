/**
 * Rules change, saves stay. A game state names its scenario and the scenario's version; every
 * rule that differs between versions is read from the `Ruleset` that `rulesFor` selects for that
 * version, so a version-1 save always replays under the version-1 rules. Version 2 is the same
 * tables with a few entries added, retired (`since`/`until`) or patched (data/v2.ts), a few
 * numbers, and switches for the mechanics version 1 did not have.
 */
import { DEALS, STAGES } from './data/stages';
import { EVENTS, MAX_RANDOM_EVENTS } from './data/events';
import { MOVES } from './data/moves';
import { DRIFTS, IMPLEMENTATION_TURNS, OBJECTIVES, SCENARIO, SCENARIO_ID } from './data/scenario';
import { V2 } from './data/v2';
import { V3, type TableNumbers } from './data/v3';
import { V4 } from './data/v4';
import type { DriftDef, Effect, EventDef, Modifier, MoveDef, Objective, StageDef, Versioned } from './rules';
import type { DealKind, EndingId, Seat } from './types';

/** Numbers that differ between versions. */
export interface RuleNumbers {
  /** Months a signed deal must hold in implementation before the game ends in it. */
  implementationTurns: number;
  maxRandomEvents: number;
  /** Months the track stays closed to a new envoy after a failed summit or a broken deal. */
  coolDown: number;
  /** A failure ends the game in collapse once this many have happened (or determination is spent). */
  failuresToCollapse: number;
  /** Below this determination a failure ends the game at once. */
  determinationSpent: number;
  /** Months before the ending in which Seoul must have consulted Washington to have shaped it. */
  shapedWindow: number;
}

/** Mechanics that a version has or has not. */
export interface RuleSwitches {
  /** Moves with `fatigue` give diminishing returns when repeated; `surcharge` costs apply. */
  costsThatBite: boolean;
  /** A first failed summit or broken deal sends the track back to no contact with a cool-down. */
  hanoiSetback: boolean;
  /** Endings that are a loss for a seat unless it shaped them (Seoul: recognition, rupture). */
  unshapedLosses: boolean;
  /** A broken deal names what broke it. */
  namedBreaks: boolean;
  /** Version 3: the negotiation table (offers over terms) replaces the position cards and the summit's roll. */
  table: boolean;
}

export interface Ruleset {
  readonly scenario: { readonly id: string; readonly version: number };
  readonly moves: readonly MoveDef[];
  readonly movesById: Readonly<Record<string, MoveDef>>;
  readonly movesBySeat: Readonly<Record<Seat, readonly MoveDef[]>>;
  readonly events: readonly EventDef[];
  readonly eventsById: Readonly<Record<string, EventDef>>;
  readonly drifts: readonly DriftDef[];
  readonly objectives: readonly Objective[];
  readonly stagesByKey: Readonly<Record<string, StageDef>>;
  readonly deals: Readonly<Record<DealKind, { effect: Effect; source: string; modifiers?: readonly Modifier[] }>>;
  /** Endings that are a loss for a seat unless it shaped them. */
  readonly unshaped: Partial<Record<Seat, readonly EndingId[]>>;
  readonly n: RuleNumbers;
  readonly on: RuleSwitches;
  /** The negotiation table's numbers (versions 3 and later; null before). */
  readonly table: TableNumbers | null;
}

/**
 * The version new games are played with unless they ask for another: version 6, version 4's
 * negotiation table with Seoul's public line (version 5) and Washington's (version 6) read against
 * their partners' moves (four events each, data/events.ts; docs/balance.md). Version 5, version 4
 * (the table retuned), version 3 (the table's first numbers) and version 2 (position cards, no
 * table) stay playable and replayable.
 */
export const CURRENT_VERSION: number = SCENARIO.version;
export const SUPPORTED_VERSIONS = [1, 2, 3, 4, 5, 6] as const;

/** Whether a table entry (a move, an event, a drift) is in the rules of version `v`. */
export function inVersion(x: Versioned, v: number): boolean {
  return (x.since ?? 1) <= v && (x.until ?? Infinity) >= v;
}

function patched<T extends { id: string }>(list: readonly T[], v: number, patches: Readonly<Record<string, Partial<T>>>): T[] {
  return list.filter((x) => inVersion(x as Versioned, v)).map((x) => (patches[x.id] ? { ...x, ...patches[x.id] } : x));
}

/** Version 3's patches on top of version 2's, entry by entry (a field of a later patch wins). */
function layered<T>(a: Readonly<Record<string, Partial<T>>>, b: Readonly<Record<string, Partial<T>>>): Record<string, Partial<T>> {
  const out: Record<string, Partial<T>> = { ...a };
  for (const k in b) out[k] = { ...a[k], ...b[k] };
  return out;
}

function build(version: number): Ruleset {
  const v2 = version >= 2;
  const v3 = version >= 3;
  const v4 = version >= 4;
  const moves = patched(MOVES, version, v2 ? V2.moves : {});
  const eventPatches = v4 ? layered(layered(V2.events, V3.events), V4.events) : v3 ? layered(V2.events, V3.events) : v2 ? V2.events : {};
  const events = patched(EVENTS, version, eventPatches);
  const stages = STAGES.map((s) => {
    const p = v2 ? V2.stages[`${s.track}.${s.stage}`] : undefined;
    return p ? { ...s, ...p } : s;
  });
  return {
    scenario: { id: SCENARIO_ID, version },
    moves,
    movesById: Object.fromEntries(moves.map((m) => [m.id, m])),
    movesBySeat: {
      us: moves.filter((m) => m.seat === 'us'),
      dprk: moves.filter((m) => m.seat === 'dprk'),
      rok: moves.filter((m) => m.seat === 'rok'),
    },
    events,
    eventsById: Object.fromEntries(events.map((e) => [e.id, e])),
    drifts: patched(DRIFTS, version, v2 ? V2.drifts : {}),
    objectives: patched(OBJECTIVES, version, v2 ? V2.objectives : {}),
    stagesByKey: Object.fromEntries(stages.map((s) => [`${s.track}.${s.stage}`, s])),
    deals: v2 ? { ...DEALS, ...V2.deals } : DEALS,
    unshaped: v2 ? V2.unshaped : {},
    n: {
      implementationTurns: v2 ? V2.implementationTurns : IMPLEMENTATION_TURNS,
      maxRandomEvents: MAX_RANDOM_EVENTS,
      coolDown: V2.coolDown,
      failuresToCollapse: v2 ? 2 : 1,
      determinationSpent: v2 ? V2.determinationSpent : 101,
      shapedWindow: V2.shapedWindow,
    },
    on: { costsThatBite: v2, hanoiSetback: v2, unshapedLosses: v2, namedBreaks: v2, table: v3 },
    table: v4 ? V4.table : v3 ? V3.table : null,
  };
}

const BUILT = new Map<number, Ruleset>();

/**
 * The rules a game of this scenario and version is played by — the one place that selects them.
 * Throws for a scenario or version this build cannot play: a save is never replayed under rules
 * it was not made with.
 */
export function rulesFor(scenario: { id: string; version: number }): Ruleset {
  if (!supportsScenario(scenario)) {
    throw new Error(`this build plays ${SCENARIO_ID} versions ${SUPPORTED_VERSIONS.join(', ')}, not ${scenario.id} v${scenario.version}`);
  }
  let r = BUILT.get(scenario.version);
  if (!r) {
    r = build(scenario.version);
    BUILT.set(scenario.version, r);
  }
  return r;
}

/** The negotiation table's numbers for a game's version (only asked of versions with the table). */
export function tableNumbers(s: { scenario: { id: string; version: number } }): TableNumbers {
  const t = rulesFor(s.scenario).table;
  if (!t) throw new Error(`version ${s.scenario.version} of the scenario has no negotiation table`);
  return t;
}

/** Whether this build can play (and replay) a scenario version. */
export function supportsScenario(scenario: { id: string; version: number }): boolean {
  return scenario.id === SCENARIO_ID && (SUPPORTED_VERSIONS as readonly number[]).includes(scenario.version);
}
