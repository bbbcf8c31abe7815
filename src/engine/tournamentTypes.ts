/** The shapes of a tournament's options and result (see tournament.ts). */
import type { EndingId, Seat } from '../model/types';
import type { Estimate } from './tournamentStats';

export type Profile = Record<Seat, string>;

export interface TournamentOptions {
  /** Every profile plays the seeds seed, seed + 1, … (the same seeds, so profiles differ only by their bots). */
  seed: number;
  /** Games per profile. */
  games: number;
  /** Fewer games for the profiles that include a slow personality: a profile plays the smallest count of its personalities. */
  gamesFor?: Readonly<Record<string, number>>;
  /** The personalities that take part (default: every bot in the registry). */
  personalities?: readonly string[];
  maxTurns?: number;
  /** The scenario version to play (default: the current one). */
  scenarioVersion?: number;
  /** Called after each profile (progress). */
  onProfile?: (p: { index: number; total: number; profile: Profile; games: number }) => void;
}

export interface ProfileResult {
  profile: Profile;
  games: number;
  /** Each seat's score in each game, in the order of the seeds. */
  scores: Record<Seat, number[]>;
  /** Each seat's mean score. */
  means: Record<Seat, number>;
  /** Games per ending. */
  endings: Record<EndingId, number>;
  meanTurns: number;
  /** Each seat's plays of each move, summed over the profile's games. */
  plays: Record<Seat, Record<string, number>>;
}

export interface SeatRow {
  personality: string;
  /** Averaged over every profile of the other two seats. */
  overall: Estimate;
  /** Against each personality of each other seat, averaged over the third seat. */
  against: Partial<Record<Seat, Record<string, Estimate>>>;
}

export interface BestResponse {
  /** The other two seats' personalities. */
  others: Partial<Profile>;
  best: string;
  score: number;
}

export interface TournamentResult {
  seed: number;
  games: number;
  /** The games each personality's profiles played at most. */
  gamesFor: Record<string, number>;
  personalities: string[];
  maxTurns: number | null;
  /** The scenario version the games were played under. */
  scenarioVersion: number;
  totalGames: number;
  /** Mean game length in months, each profile counted once. */
  meanTurns: number;
  profiles: ProfileResult[];
  seats: Record<Seat, SeatRow[]>;
  /** For each profile of the other two seats, the personality that scores best. */
  bestResponses: Record<Seat, BestResponse[]>;
  /** Best response to each personality of one other seat, averaged over the third seat. */
  bestAgainst: Record<Seat, Partial<Record<Seat, Record<string, { best: string; score: number }>>>>;
  /** Each seat's moves as shares of its plays (per game, each profile counted once), largest first. */
  moves: Record<Seat, { id: string; share: number }[]>;
  equilibrium: {
    mix: Record<Seat, Record<string, number>>;
    /** Each seat's expected score at the mix. */
    scores: Record<Seat, number>;
    /** Each seat's gain in points from its best deviation (0: an exact equilibrium). */
    regret: Record<Seat, number>;
    /** Ending shares when every seat plays its mix. */
    endings: Record<EndingId, number>;
    meanTurns: number;
    point: 'last' | 'average';
    iterations: number;
  };
  targets: Target[];
}

/** One design target of issue 9 §2, checked against the tournament. */
export interface Target {
  id: string;
  label: string;
  /** null when the target does not apply (e.g. no strategist took part). */
  met: boolean | null;
  /** The statistic behind the verdict, in words and numbers. */
  statistic: string;
}
