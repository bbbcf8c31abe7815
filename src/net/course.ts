/**
 * The course parts of the classroom protocol (issue 11): cohorts (one world played by several
 * classes), month deadlines in hours or on a schedule, position memos, and the rubric. Shared by
 * the server, which checks every message against these schemas, and the classroom pages.
 *
 * Plain TypeScript and zod: no DOM, no Node. It imports nothing from protocol.ts (which imports
 * the teacher commands from here), so the two never import each other.
 */
import * as z from 'zod';
import { objectiveLabel, t, type Language } from '../i18n';
import { SEATS, type EndingId, type Indicators, type Seat } from '../model/types';

const actionId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'expected an action id of 8 to 64 letters, digits, - or _' });
const seat = z.enum(SEATS);

/** Longest memo a team may send, and how many times a seat may send one per month. */
export const MAX_MEMO = 1200;
export const MEMOS_PER_MONTH = 5;
/** Longest memo prompt the teacher may write. */
export const MAX_PROMPT = 300;
/** Most criteria a seat's rubric may have, the longest label of one, and the most points one may give. */
export const MAX_CRITERIA = 12;
export const MAX_CRITERION_LABEL = 80;
export const MAX_CRITERION_POINTS = 100;

/** Whether `tz` is a time zone this runtime knows (e.g. "Europe/Berlin"). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * A month's deadline when play is spread over days: a number of hours after the month began, or a
 * schedule (the month resolves at `time` on each of `days`, 0 = Sunday … 6 = Saturday, in the
 * teacher's time zone). In such a session a month resolves at its deadline (or when the teacher
 * resolves it); until then a team may change its sealed move.
 */
export const deadlineSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('hours'),
    hours: z
      .int()
      .min(1)
      .max(24 * 14),
  }),
  z.strictObject({
    kind: z.literal('schedule'),
    days: z.array(z.int().min(0).max(6)).min(1).max(7),
    time: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'expected a time such as 09:00' }),
    timeZone: z.string().max(64).refine(isTimeZone, { error: 'not a time zone this server knows' }),
  }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;

/** `POST /api/cohorts`: N sessions with the same scenario, seed and settings, one teacher key. */
export const createCohortSchema = z.strictObject({
  name: z.string().min(1).max(60),
  sessions: z.int().min(2).max(12),
  seed: z.int().min(0).max(4294967295).optional(),
  seats: z.strictObject({
    us: z.union([z.literal('human'), z.string().regex(/^bot:[a-z]{1,20}$/)]),
    dprk: z.union([z.literal('human'), z.string().regex(/^bot:[a-z]{1,20}$/)]),
    rok: z.union([z.literal('human'), z.string().regex(/^bot:[a-z]{1,20}$/)]),
  }),
  turnSeconds: z.int().min(0).max(3600).default(0),
  months: z.int().min(1).max(48).optional(),
  deadline: deadlineSchema.optional(),
  autoStart: z.boolean().default(true),
  /** False: letters between seats are off in every session (the teacher can turn them on). */
  letters: z.boolean().optional(),
});
export type CreateCohortRequest = z.input<typeof createCohortSchema>;

export interface CreateCohortResponse {
  id: string;
  teacherKey: string;
  sessions: { code: string; joinUrl: string }[];
}

/** Cohort ids: 12 letters and digits of the join codes' alphabet. */
export const cohortIdSchema = z.string().regex(/^[A-Z2-9]{12}$/);

// ── Teacher commands (joined into protocol.ts's teacherCommandSchema) ──────────────────────────

const prompts = z.strictObject({
  us: z.string().max(MAX_PROMPT).optional(),
  dprk: z.string().max(MAX_PROMPT).optional(),
  rok: z.string().max(MAX_PROMPT).optional(),
});

const criterionId = z.string().regex(/^[a-zA-Z0-9-]{1,40}$/, { error: 'a criterion id is 1 to 40 letters, digits or -' });
const pointsError = { error: `a criterion gives 1 to ${MAX_CRITERION_POINTS} whole points` };

/** One criterion of a rubric the teacher edited: a default criterion's id keeps its origin; `label` renames it. */
export const criterionInputSchema = z.strictObject({
  id: criterionId,
  label: z
    .string()
    .trim()
    .min(1, { error: 'a criterion’s label cannot be empty' })
    .max(MAX_CRITERION_LABEL, { error: `a criterion’s label has at most ${MAX_CRITERION_LABEL} characters` })
    .optional(),
  max: z.int(pointsError).min(1, pointsError).max(MAX_CRITERION_POINTS, pointsError),
});
export type CriterionInput = z.infer<typeof criterionInputSchema>;

export const COURSE_COMMANDS = [
  /** Ask every team for a memo in each of `months` (replaces the plan; empty: no memos). Prompts left out use the defaults. */
  z.strictObject({
    id: actionId,
    action: z.literal('memos'),
    months: z.array(z.int().min(1).max(48)).max(48),
    prompts: prompts.optional(),
  }),
  /** Fill in one rubric criterion for one seat's team. */
  z.strictObject({
    id: actionId,
    action: z.literal('grade'),
    seat,
    criterion: criterionId,
    points: z.int().min(0).max(MAX_CRITERION_POINTS),
  }),
  /**
   * Replace one seat's rubric with `criteria` (in this order), or go back to the defaults (null).
   * Grades of criteria no longer in it are dropped; a grade above a lowered maximum is lowered to it.
   */
  z.strictObject({
    id: actionId,
    action: z.literal('rubric'),
    seat,
    criteria: z
      .array(criterionInputSchema)
      .min(1, { error: 'a rubric needs at least one criterion' })
      .max(MAX_CRITERIA, { error: `a rubric has at most ${MAX_CRITERIA} criteria` })
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { error: 'two criteria have the same id' })
      .nullable(),
  }),
  /** Resolve this month now (a session with deadlines): sealed moves are played, the others hold. */
  z.strictObject({ id: actionId, action: z.literal('resolve') }),
] as const;

// ── Team → server ─────────────────────────────────────────────────────────────────────────────

/** A team's position memo for month `turn` (a later one in the same month replaces it). */
export const memoSchema = z.strictObject({
  id: actionId,
  turn: z.int().min(1).max(200),
  text: z.string().min(1).max(MAX_MEMO),
});
export type MemoMessage = z.infer<typeof memoSchema>;
export const MSG_MEMO = 'memo';

// ── Server → client ───────────────────────────────────────────────────────────────────────────

export interface Memo {
  turn: number;
  seat: Seat;
  text: string;
  /** Server clock, ms. */
  at: number;
}

/** What every client knows of the course around the month (in SessionInfo). */
export interface CourseInfo {
  /** The month's deadline (server clock, ms) in a session with deadlines, or null. */
  deadlineAt: number | null;
  deadline: Deadline | null;
  /** This month's memo request: the prompt for each seat and which seats have sent one. */
  memo: { turn: number; prompts: Record<Seat, string>; sent: Record<Seat, boolean> } | null;
}

/** A rubric criterion: what is judged, for how many points at most, and where it comes from. */
export interface Criterion {
  id: string;
  max: number;
  /** The teacher's own wording; absent: the label of `from`, in the reader's language. */
  label?: string;
  /** An objective's id (its label is the game's text) or a claim number of the article; absent for one the teacher added. */
  from?: { objective: string } | { claim: number };
}

/** A criterion's label as it was before the teacher renamed it (its origin's, in `lang`), or its id. */
export function defaultCriterionLabel(lang: Language, c: Pick<Criterion, 'id' | 'from'>): string {
  if (!c.from) return c.id;
  return 'objective' in c.from ? objectiveLabel(lang, c.from.objective) : t(lang, `course.rubric.claim.${c.from.claim}`);
}

/** What a criterion is called: the teacher's label, or its origin's in `lang`. */
export function criterionLabel(lang: Language, c: Criterion): string {
  return c.label ?? defaultCriterionLabel(lang, c);
}

/** What the teacher sees of the course: the memo plan, every memo, the rubric and the grades. */
export interface TeacherCourse {
  memoMonths: number[];
  prompts: Record<Seat, string>;
  memos: Memo[];
  rubric: Record<Seat, Criterion[]>;
  grades: Record<Seat, Record<string, number>>;
}

// ── Comparing a cohort ─────────────────────────────────────────────────────────────────────────

export interface ComparedSession {
  code: string;
  title: string;
  /** False when the session has expired from the server's memory (its log is still stored). */
  available: boolean;
  status: string;
  ending: EndingId | null;
  endedBy: 'game' | 'teacher' | null;
  monthsPlayed: number;
  scores: Record<Seat, number> | null;
  /** Indicator values at the end of each month played (month 1 first). */
  indicators: ({ turn: number } & Indicators)[];
  /** The moves of each month played: `moves[m - 1][seat]`. */
  moves: Partial<Record<Seat, string>>[];
  /** Events the teacher injected, by month. */
  injections: { turn: number; event: string }[];
}

/** The first month two sessions' worlds differ, and by which moves (or injected events). */
export interface Divergence {
  a: string;
  b: string;
  /** Null while the two have played the same moves in every month both played. */
  month: number | null;
  moves: { seat: Seat; a: string | null; b: string | null }[];
  events: { a: string[]; b: string[] } | null;
}

export interface CohortReport {
  id: string;
  name: string;
  seed: number;
  createdAt: string;
  sessions: ComparedSession[];
  divergences: Divergence[];
}
