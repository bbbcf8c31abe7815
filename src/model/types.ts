/**
 * The shapes of Quiet Channel's game state. Everything here is plain, JSON-safe data: no classes,
 * Maps, Sets or Dates, so that a state can be hashed, saved, sent over a network and compared.
 */
import type { Seat } from './seats';
import type { SignalType } from './signals';
import type { TableAction, TableState } from './table';

/** The three playable seats (seats.ts). */
export { SEATS, type Seat } from './seats';

/** Indicator ids are a public interface (saves, CLI, classroom): never rename one. */
export const INDICATOR_IDS = [
  'determination',
  'usOpposition',
  'cabinetCohesion',
  'trust',
  'sanctions',
  'dprkCapability',
  'dprkConfidence',
  'russiaTies',
  'interKorean',
  'alliance',
  'costSharing',
  'rokNukeSupport',
  'tension',
  'secrecy',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];
export type Indicators = Record<IndicatorId, number>;

export const SEOUL_GOVERNMENTS = ['conservative', 'interim', 'liberal'] as const;
export type SeoulGovernment = (typeof SEOUL_GOVERNMENTS)[number];
export const UKRAINE_STATUSES = ['war', 'ceasefireTalks', 'settled'] as const;
export type UkraineStatus = (typeof UKRAINE_STATUSES)[number];
export const EXERCISE_STATUSES = ['held', 'scaledDown', 'suspended'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/** Statuses are the non-numeric facts of the world; ids are a public interface like indicators. */
export interface Statuses {
  seoulGovernment: SeoulGovernment;
  ukraine: UkraineStatus;
  exercises: ExerciseStatus;
  /** US troops stationed in South Korea (persons). */
  troops: number;
}
export type StatusId = keyof Statuses;
export const STATUS_IDS = ['seoulGovernment', 'ukraine', 'exercises', 'troops'] as const satisfies readonly StatusId[];

/** Stages of the statechart's parallel tracks, mirrored into the state by the machine. */
export const NEGOTIATION_STAGES = [
  'noContact',
  'secretEnvoy',
  'exploratory',
  'formal',
  'summit',
  'agreement',
  'implementation',
  'collapsed',
] as const;
export type NegotiationStage = (typeof NEGOTIATION_STAGES)[number];
export const SEOUL_STAGES = ['yoon', 'trial', 'snapElection', 'newGovernment'] as const;
export type SeoulStage = (typeof SEOUL_STAGES)[number];
export const UKRAINE_STAGES = UKRAINE_STATUSES;
export const CABINET_STAGES = ['loyal', 'clash', 'hawkOut'] as const;
export type CabinetStage = (typeof CABINET_STAGES)[number];

export interface Tracks {
  negotiation: NegotiationStage;
  seoul: SeoulStage;
  ukraine: UkraineStatus;
  cabinet: CabinetStage;
}
export type TrackId = keyof Tracks;

/** What each side has put on the table; a summit's outcome depends on whether they fit. */
export type UsPosition = 'none' | 'cvid' | 'freeze' | 'recognition';
export type DprkPosition = 'none' | 'roadmap' | 'freeze' | 'recognition';
export type DealKind = 'roadmap' | 'freeze' | 'recognition';

export const ENDING_IDS = ['roadmap', 'freeze', 'recognition', 'collapse', 'crisis', 'rupture', 'statusQuo'] as const;
export type EndingId = (typeof ENDING_IDS)[number];

/** Who plays a seat: a person, or a bot personality. */
export type Controller = 'human' | `bot:${string}`;
export type SeatControllers = Record<Seat, Controller>;

/** A change to one indicator, with its cause, so the dashboard can explain every number. */
export interface Change {
  turn: number;
  indicator: IndicatorId;
  delta: number;
  /** A move id (`us.sendEnvoy`), an event id (`event.leak`), a stage (`stage.summit`) or `drift`. */
  cause: string;
  /** Seat that caused it when the cause is a move; secret moves' changes are hidden from others until leaked. */
  seat?: Seat;
  /** True when the cause is a secret move that has not leaked yet. */
  secret?: boolean;
}

/** A move as it was played. */
export interface PlayedMove {
  turn: number;
  seat: Seat;
  move: string;
  secret: boolean;
  /** Turn on which a secret move became public (by a leak or at the end), if it did. */
  revealedOn?: number;
  /** The one-line reason the bot (or person) gave. */
  reason: string;
}

/** Something that happened in a turn's resolution: an event or a stage change. */
export interface NewsItem {
  turn: number;
  /** `event.<id>` or `stage.<track>.<stage>` or `note.<id>`. */
  id: string;
  /** Values for the text template (e.g. who won the election). */
  params?: Record<string, string | number>;
  /** Claim number in GAME-BRIEF.md or a historical fact. */
  source: string;
}

/** A snapshot at the end of each turn, for charts and the replay timeline (moves and news are in their own lists). */
export interface TurnRecord {
  turn: number;
  /** Indicator values at the end of the turn. */
  indicators: Indicators;
  statuses: Statuses;
  tracks: Tracks;
}

export interface GameSettings {
  maxTurns: number;
  /** Starting overrides for what-if runs (`--set ukraine=settled`). */
  overrides: Partial<Indicators> & Partial<Statuses>;
}

/** A signal from the model to the statechart: "this happened, decide whether a stage changes". */
export interface Signal {
  type: SignalType;
  [key: string]: string | number | boolean;
}

export interface GameState {
  scenario: { id: string; version: number };
  seed: number;
  settings: GameSettings;
  seats: SeatControllers;
  /** sfc32 generator state: four unsigned 32-bit words. */
  rng: [number, number, number, number];
  /** Current turn, 1-based; turn 1 is January 2025. */
  turn: number;
  indicators: Indicators;
  statuses: Statuses;
  tracks: Tracks;
  /** Political capital per seat: moves cost it, each turn restores some. */
  capital: Record<Seat, number>;
  positions: { us: UsPosition; dprk: DprkPosition };
  /** Turns each track has spent in its current stage (implementation, stalls, the 60-day election). */
  trackTurns: Record<TrackId, number>;
  /** Agreement reached at the summit, if any. */
  deal: DealKind | null;
  /** Moves chosen this turn and not yet resolved (sealed). */
  pending: Partial<Record<Seat, { move: string; reason: string; table?: TableAction }>>;
  /** One-shot moves already used (by id). */
  used: string[];
  /** Events queued for this month by a teacher or a test (`event.inject`), fired first. */
  injected: string[];
  /** Signals produced by the last resolution, consumed by the machine. */
  signals: Signal[];
  /** Every move played, with secrecy and reveal turn. */
  moves: PlayedMove[];
  /** Every indicator change, with its cause. */
  changes: Change[];
  /** Every news item (events and stage changes). */
  news: NewsItem[];
  /** One record per finished turn. */
  history: TurnRecord[];
  ending: EndingId | null;
  /** Turn the game ended on (the last resolved turn). */
  endedOn: number | null;
  /**
   * Scenario version 2 only (absent in version-1 games, so their hashes stay): failed summits or
   * broken deals so far, and the first turn on which a new envoy may be sent after one.
   */
  talks?: { failures: number; coolUntil: number };
  /** Scenario version 3 only (absent before, so earlier hashes stay): the negotiation table (model/table.ts). */
  table?: TableState;
}
