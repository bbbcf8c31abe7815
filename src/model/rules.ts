/**
 * The vocabulary the data tables are written in: conditions on the state and effects on it.
 * Moves, events and stages are all described with these, so the tables stay declarative and
 * another scenario can reuse the engine with different tables.
 */
import type { SignalType } from './signals';
import type {
  CabinetStage,
  DprkPosition,
  EndingId,
  ExerciseStatus,
  IndicatorId,
  Indicators,
  NegotiationStage,
  Seat,
  SeoulGovernment,
  SeoulStage,
  TrackId,
  UkraineStatus,
  UsPosition,
  Signal,
} from './types';

/** A test on the state; every listed part must hold. */
export interface Condition {
  negotiation?: readonly NegotiationStage[];
  seoul?: readonly SeoulStage[];
  ukraine?: readonly UkraineStatus[];
  cabinet?: readonly CabinetStage[];
  government?: readonly SeoulGovernment[];
  exercises?: readonly ExerciseStatus[];
  usPosition?: readonly UsPosition[];
  dprkPosition?: readonly DprkPosition[];
  /** Inclusive bounds on indicators. */
  min?: Partial<Indicators>;
  max?: Partial<Indicators>;
  /** Troop level bounds. */
  troopsMin?: number;
  troopsMax?: number;
  /** Month of the year (1–12) in which it holds. */
  months?: readonly number[];
  /** Earliest turn. */
  fromTurn?: number;
  /** Latest turn (version 2's starting facts). */
  toTurn?: number;
  /** Turns the named tracks have spent in their current stage, at least. */
  minTrackTurns?: Partial<Record<TrackId, number>>;
  /** True when some secret move has not leaked yet. */
  unrevealedSecrets?: boolean;
  /** True when a secret move on this channel has not leaked yet (scenario version 2). */
  unrevealedOn?: Channel;
  /** The named move was played (by its seat) within the last `within` months, this month included. */
  recent?: { move: string; within: number };
  /** Version 5: one of these moves (by their seats) was also played within the last `within` months, this month included. */
  alsoRecent?: { moves: readonly string[]; within: number };
  /** The named move was not played within the last `within` months. */
  notRecent?: { move: string; within: number };
  /** The negotiation track's cool-down after a failed summit is over (scenario version 2). */
  cooledDown?: boolean;
}

/**
 * The channel a secret travels on (scenario version 2): the US–DPRK backchannel, Seoul's own
 * line to Pyongyang, Seoul's consultations with Washington, Pyongyang's dealings with Moscow.
 * A leak exposes one channel's secrets; a channel nobody used has nothing to leak.
 */
export type Channel = 'backchannel' | 'interKorean' | 'alliance' | 'moscow';

/** The scenario versions a table entry belongs to: from `since` (default 1) to `until` (default: every later one). */
export interface Versioned {
  since?: number;
  until?: number;
}

/** A change to the state. Indicator deltas are clamped to 0–100 when applied. */
export interface Effect {
  deltas?: Partial<Record<IndicatorId, number>>;
  /** Move the exercise status one step down (`-1`, toward suspended) or up (`+1`, toward held). */
  exercises?: -1 | 1;
  troops?: number;
  usPosition?: UsPosition;
  dprkPosition?: DprkPosition;
  /** Capital gained (or lost) by a seat. */
  capital?: Partial<Record<Seat, number>>;
}

/** An extra effect that applies only when its condition holds (e.g. a liberal government in Seoul). */
export interface Modifier {
  when: Condition;
  effect: Effect;
}

/** Tags tell bots and the UI what a move is for. */
export type MoveTag = 'engage' | 'pressure' | 'deal' | 'alliance' | 'concede' | 'provoke' | 'signal' | 'hold';

export interface MoveDef extends Versioned {
  /** Seat-prefixed id: `us.sendEnvoy`. */
  id: string;
  seat: Seat;
  /** Secret moves stay hidden from the other seats until leaked or the game ends. */
  visibility: 'public' | 'secret';
  /**
   * Who besides the mover learns of a secret move at once: a message through the channel reaches
   * its counterpart (Washington's envoy is received in Pyongyang). Everyone else waits for a leak.
   */
  audience?: readonly Seat[];
  /** Political capital it costs. */
  cost: number;
  /** Can be played only once a game. */
  once?: boolean;
  /** When it is legal, beyond having the capital. */
  requires?: Condition;
  effect: Effect;
  modifiers?: readonly Modifier[];
  /** Signal raised to the statechart when it resolves. */
  signal?: SignalType;
  tags: readonly MoveTag[];
  /** The channel a secret move travels on, and so the leak that can expose it (version 2). */
  channel?: Channel;
  /**
   * Diminishing returns (version 2): the deltas of the listed indicators shrink to `1/(1+k)`, where
   * k counts plays of this move (and of the `counts` moves) by its seat in the last `window`
   * months; the move's other deltas, its costs, stay whole.
   */
  fatigue?: { gains: readonly IndicatorId[]; window: number; counts?: readonly string[] };
  /** Extra political capital the move costs while a condition holds (version 2: the loyal circle). */
  surcharge?: { when: Condition; cost: number };
  /** GAME-BRIEF.md claim number(s) or a historical fact. */
  source: string;
}

/** `p = base + Σ per[i] · (indicator i − 50)`, clamped to [0, max]. */
export interface Chance {
  base: number;
  per?: Partial<Record<IndicatorId, number>>;
  max?: number;
}

/** One of several ways an event can turn out, picked by weight. */
export interface Outcome {
  id: string;
  weight: number;
  /** Extra weight per indicator point above 50 (may be negative). */
  per?: Partial<Record<IndicatorId, number>>;
  effect?: Effect;
  signal?: Signal;
}

export interface EventDef extends Versioned {
  /** Event id without the `event.` prefix. */
  id: string;
  /** Who acts: the scripted outside actors and institutions. */
  actor: 'washington' | 'congress' | 'pyongyang' | 'seoul' | 'court' | 'voters' | 'beijing' | 'moscow' | 'press' | 'calendar';
  when?: Condition;
  chance: Chance;
  /** Scheduled events (calendar, court, election) do not count toward the per-turn cap. */
  scheduled?: boolean;
  effect?: Effect;
  modifiers?: readonly Modifier[];
  outcomes?: readonly Outcome[];
  signal?: Signal;
  /** A leak: reveals the secret moves that have not leaked yet (only those on one channel, if named). */
  reveals?: boolean | Channel;
  source: string;
}

/** What entering a track stage does to the world. */
export interface StageDef {
  track: TrackId;
  stage: string;
  effect?: Effect;
  modifiers?: readonly Modifier[];
  source: string;
}

/** A target for an indicator to drift toward: `base + Σ per[i] · indicator i`. */
export interface Target {
  base: number;
  per?: Partial<Record<IndicatorId, number>>;
}

/** The world's own movement each month, without anyone choosing it. */
export interface DriftDef extends Versioned {
  id: string;
  when?: Condition;
  effect?: Effect;
  modifiers?: readonly Modifier[];
  /** Move an indicator a fraction `rate` of the way toward a target (rounded). */
  toward?: { indicator: IndicatorId; target: Target; rate: number };
  source: string;
}

/** How well a final state meets one of a seat's objectives, from 0 to 1. */
export type Measure =
  | { kind: 'high'; indicator: IndicatorId }
  | { kind: 'low'; indicator: IndicatorId }
  | { kind: 'troops' }
  | { kind: 'ending'; values: Readonly<Record<EndingId, number>> }
  /** 1 up to `from`, falling linearly to 0 at `to` (version 2: Seoul's nuclear debate). */
  | { kind: 'below'; indicator: IndicatorId; from: number; to: number };

export interface Objective extends Versioned {
  id: string;
  seat: Seat;
  weight: number;
  measure: Measure;
  source: string;
}
