/**
 * The course around a session's game as a pure fold of its log (like reducer.ts): when the month
 * began and how far pauses and extensions pushed its deadline, the moves teams sealed but may still
 * change (sessions with deadlines), the memo plan and every memo, the rubric the teacher edited and its grades. Times
 * come from the entries' `at`, so a restored session arrives at the same deadline.
 */
import type { TableAction } from '../model/table';
import { SEATS, type Seat } from '../model/types';
import type { Criterion, Memo } from '../net/course';
import type { LogEntry } from './entries';

export interface CourseRecord {
  /** When the current month began (server clock, ms), or null before the game starts. */
  monthStart: number | null;
  /** How far extensions and finished pauses pushed this month's deadline, ms. */
  shiftMs: number;
  /** When the running pause began, or null. */
  pausedAt: number | null;
  /** Moves sealed this month and not yet handed to the game (sessions with deadlines). */
  sealed: Partial<Record<Seat, { move: string; reason: string; turn: number; at: number; table?: TableAction }>>;
  memoMonths: readonly number[];
  prompts: Partial<Record<Seat, string>>;
  memos: readonly Memo[];
  /** How many memos each `turn/seat` sent (each replaces the one before; the number is limited). */
  memoSends: Readonly<Record<string, number>>;
  grades: Record<Seat, Readonly<Record<string, number>>>;
  /** Each seat's rubric as the teacher last saved it; a seat left out has the defaults (coursePart.ts). */
  rubrics: Partial<Record<Seat, readonly Criterion[]>>;
}

export function initialCourse(): CourseRecord {
  return {
    monthStart: null,
    shiftMs: 0,
    pausedAt: null,
    sealed: {},
    memoMonths: [],
    prompts: {},
    memos: [],
    memoSends: {},
    grades: { us: {}, dprk: {}, rok: {} },
    rubrics: {},
  };
}

/** The course after `e`; `turnBefore`/`turnAfter`: the game's month before and after the entry. */
export function reduceCourse(c: CourseRecord, e: LogEntry, turnBefore: number, turnAfter: number): CourseRecord {
  let next = c;
  switch (e.kind) {
    case 'start':
      next = { ...c, monthStart: e.at, shiftMs: 0 };
      break;
    case 'pause':
      next = { ...c, pausedAt: e.at };
      break;
    case 'resume':
      next = c.pausedAt === null ? c : { ...c, pausedAt: null, shiftMs: c.shiftMs + Math.max(0, e.at - c.pausedAt) };
      break;
    case 'extend':
      next = { ...c, shiftMs: c.shiftMs + e.seconds * 1000 };
      break;
    case 'seal':
      next = {
        ...c,
        sealed: {
          ...c.sealed,
          [e.seat]: { move: e.move, reason: e.reason, turn: e.turn, at: e.at, ...(e.table ? { table: e.table } : {}) },
        },
      };
      break;
    case 'memo': {
      const others = c.memos.filter((m) => !(m.turn === e.turn && m.seat === e.seat));
      const key = `${e.turn}/${e.seat}`;
      next = {
        ...c,
        memos: [...others, { turn: e.turn, seat: e.seat, text: e.text, at: e.at }],
        memoSends: { ...c.memoSends, [key]: (c.memoSends[key] ?? 0) + 1 },
      };
      break;
    }
    case 'memos':
      next = { ...c, memoMonths: [...new Set(e.months)].sort((a, b) => a - b), prompts: { ...e.prompts } };
      break;
    case 'grade':
      next = { ...c, grades: { ...c.grades, [e.seat]: { ...c.grades[e.seat], [e.criterion]: e.points } } };
      break;
    case 'rubric':
      next = {
        ...c,
        rubrics: { ...c.rubrics, [e.seat]: e.criteria },
        grades: { ...c.grades, [e.seat]: regrade(c.grades[e.seat], e.criteria) },
      };
      break;
    default:
      break;
  }
  // A new month: a fresh deadline, nothing sealed.
  if (turnAfter !== turnBefore && e.kind !== 'start') next = { ...next, monthStart: e.at, shiftMs: 0, sealed: {} };
  return next;
}

/** A seat's grades under a new rubric: those of criteria it no longer has are dropped, those above a lowered maximum lowered to it. */
export function regrade(grades: Readonly<Record<string, number>>, rubric: readonly Criterion[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of rubric) if (grades[k.id] !== undefined) out[k.id] = Math.min(k.max, grades[k.id]!);
  return out;
}

/** The moves sealed for month `turn` and not yet handed to the game. */
export function sealedNow(c: CourseRecord, turn: number): Partial<Record<Seat, { move: string; reason: string; table?: TableAction }>> {
  const out: Partial<Record<Seat, { move: string; reason: string; table?: TableAction }>> = {};
  for (const seat of SEATS) {
    const s = c.sealed[seat];
    if (s && s.turn === turn) out[seat] = { move: s.move, reason: s.reason, ...(s.table ? { table: s.table } : {}) };
  }
  return out;
}

/**
 * When the month is due, given `base` (the deadline computed from its start): pushed on by
 * extensions and finished pauses; while paused, the time left stays as it was when the pause began.
 */
export function dueAt(c: CourseRecord, base: number | null, now: number): number | null {
  if (base === null) return null;
  const at = base + c.shiftMs;
  return c.pausedAt === null ? at : now + Math.max(0, at - c.pausedAt);
}
