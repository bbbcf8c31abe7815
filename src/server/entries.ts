/**
 * What a classroom session is made of on disk: its settings and the entries of its log. Shared by
 * the session (which writes and folds them) and the store (which keeps them), so neither imports
 * the other. Also the clock a session reads time from.
 */
import type { LoggedAction } from '../net/protocol';
import type { Criterion, Deadline } from '../net/course';
import type { LetterTo } from '../model/letters';
import type { OfferLine, TableAction } from '../model/table';
import type { Seat, SeatControllers } from '../model/types';

/** Time as the session sees it; tests pass a fake one and drive it. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface SessionConfig {
  code: string;
  title: string;
  seats: SeatControllers;
  /** Seconds per month; 0: no timer. */
  turnSeconds: number;
  seed: number;
  /** Start once every human seat has a team. */
  autoStart: boolean;
  maxTurns?: number;
  createdAt: string;
  /**
   * The scenario version whose rules the session plays. Sessions stored before it was recorded
   * played version 1, and restore under version 1: a log is never replayed under other rules.
   */
  scenarioVersion?: number;
  /** Play over days: each month resolves at this deadline (course.ts); absent, the turn timer (if any) runs. */
  deadline?: Deadline;
  /** False: letters between seats are off from the start (the teacher can turn them on). Absent: on. */
  letters?: boolean;
}

/** The rules a stored session plays (its config's version; version 1 when none was recorded). */
export function scenarioVersionOf(config: Pick<SessionConfig, 'scenarioVersion'>): number {
  return config.scenarioVersion ?? 1;
}

export type EntryBody =
  | { kind: 'play'; seat: Seat; move: string; reason: string; turn: number; by: LoggedAction['by']; table?: TableAction }
  | { kind: 'inject'; event: string; turn: number }
  | { kind: 'start' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'extend'; seconds: number }
  | { kind: 'bot'; seat: Seat; bot: string }
  | { kind: 'release'; seat: Seat }
  | { kind: 'join'; seat: Seat; team: string; member: string; tokenHash: string; pin?: string; name?: string }
  | { kind: 'end' }
  | { kind: 'debrief' }
  // The course (coursePart.ts): a sealed move a team may still change, memos, the memo plan, grades, a rubric, resolving now.
  | { kind: 'seal'; seat: Seat; move: string; reason: string; turn: number; table?: TableAction }
  | { kind: 'memo'; seat: Seat; turn: number; text: string }
  | { kind: 'memos'; months: number[]; prompts: Partial<Record<Seat, string>> }
  | { kind: 'grade'; seat: Seat; criterion: string; points: number }
  // The seat's rubric as the teacher edited it (a reset writes the defaults, so the log says which criteria were graded).
  | { kind: 'rubric'; seat: Seat; criteria: Criterion[] }
  | { kind: 'resolve'; turn: number }
  // Letters (letterPart.ts): a team's letter, the teacher's switch, a letter hidden by the teacher.
  | { kind: 'letter'; seat: Seat; turn: number; to: LetterTo; line: OfferLine; text: string; offer?: number }
  | { kind: 'letters'; on: boolean }
  | { kind: 'hideLetter'; letter: number };

/** One line of a session's log. `at` is the server's clock when it was written (for the record only). */
export type LogEntry = { seq: number; id: string; at: number } & EntryBody;
