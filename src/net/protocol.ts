/**
 * The classroom wire protocol, shared by the server (src/server), the browser client (src/net)
 * and the teacher console (src/classroom). Every message a client sends is checked against these
 * schemas on the server before anything else looks at it; messages are small (at most
 * MAX_MESSAGE_BYTES), and each action carries an id so that a resend is applied once.
 *
 * Plain TypeScript and zod: no DOM, no Node.
 */
import * as z from 'zod';
import type { TableAction } from '../model/table';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { COURSE_COMMANDS, deadlineSchema, type CourseInfo, type TeacherCourse } from './course';
import { LETTER_COMMANDS } from './letters';

/** Largest message a client may send, in bytes (the WebSocket and HTTP bodies are capped too). */
export const MAX_MESSAGE_BYTES = 4096;
/** Longest team name, in characters. */
export const MAX_TEAM_NAME = 40;
/** Longest reason a team may give for a move (the save format's limit). */
export const MAX_REASON = 300;

/** Join codes use letters and digits that cannot be confused when read aloud or off a projector. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const codeSchema = z
  .string()
  .regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), { error: 'expected a join code of 6 letters and digits' });

/** Normalizes what someone typed as a join code: upper case, no spaces or dashes. */
export function normalizeCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * A client-made id for an action: a resend with the same id is applied once. The server keeps it
 * in the sender's own namespace (`<seat>:<id>` or `teacher:<id>`), and its own actions (bots,
 * the timer) use ids with no `:`, so no client can ever produce or block a server-made id.
 */
export const actionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'expected an action id of 8 to 64 letters, digits, - or _' });
const seatSchema = z.enum(SEATS);
const botSchema = z.string().regex(/^[a-z]{1,20}$/);
export const controllerSchema = z.union([z.literal('human'), z.string().regex(/^bot:[a-z]{1,20}$/)]);
const moveIdSchema = z.string().regex(/^(us|dprk|rok)\.[a-zA-Z]{1,40}$/);

/** A team's name: trimmed, inner whitespace collapsed, 1–40 characters, no control characters. */
export function normalizeTeamName(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
export const teamNameSchema = z
  .string()
  .max(200)
  .transform(normalizeTeamName)
  .pipe(
    z
      .string()
      .min(1, { error: 'enter a team name' })
      .max(MAX_TEAM_NAME, { error: `a team name has at most ${MAX_TEAM_NAME} characters` }),
  );

// ── Client → server over the room ──────────────────────────────────────────────────────────────

/** A team seals its move for this month. */
export const intentSchema = z.strictObject({
  id: actionIdSchema,
  type: z.literal('move.play'),
  move: moveIdSchema,
  reason: z.string().max(MAX_REASON).optional(),
  /** The month the team chose for; a move that arrives after its month resolved is refused, not carried over. */
  turn: z.int().min(1).max(200).optional(),
  /**
   * Scenario version 3: the table action sealed with the card. Its shape depends on the team's seat,
   * so the session checks it (`tableActionProblem`) and refuses a malformed one with what is wrong.
   */
  table: z
    .custom<TableAction>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'expected a table action object' })
    .optional(),
});
export type IntentMessage = z.infer<typeof intentSchema>;

/** What a teacher may do to a running session. */
export const teacherCommandSchema = z.discriminatedUnion('action', [
  z.strictObject({ id: actionIdSchema, action: z.literal('start') }),
  z.strictObject({ id: actionIdSchema, action: z.literal('pause') }),
  z.strictObject({ id: actionIdSchema, action: z.literal('resume') }),
  z.strictObject({ id: actionIdSchema, action: z.literal('extend'), seconds: z.int().min(10).max(1800) }),
  z.strictObject({ id: actionIdSchema, action: z.literal('inject'), event: z.string().regex(/^[a-zA-Z]{1,40}$/) }),
  z.strictObject({ id: actionIdSchema, action: z.literal('bot'), seat: seatSchema, bot: botSchema }),
  z.strictObject({ id: actionIdSchema, action: z.literal('release'), seat: seatSchema }),
  z.strictObject({ id: actionIdSchema, action: z.literal('end') }),
  z.strictObject({ id: actionIdSchema, action: z.literal('debrief') }),
  ...COURSE_COMMANDS,
  ...LETTER_COMMANDS,
]);
export type TeacherCommand = z.infer<typeof teacherCommandSchema>;

/** Options a client passes when it joins a session's room. */
export const roomJoinSchema = z.union([
  z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
  z.strictObject({ teacherKey: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/) }),
]);
export type RoomJoinOptions = z.infer<typeof roomJoinSchema>;

// ── HTTP bodies ────────────────────────────────────────────────────────────────────────────────

export const createSessionSchema = z.strictObject({
  seats: z.strictObject({ us: controllerSchema, dprk: controllerSchema, rok: controllerSchema }),
  turnSeconds: z.int().min(0).max(3600).default(0),
  seed: z.int().min(0).max(4294967295).optional(),
  autoStart: z.boolean().default(true),
  maxTurns: z.int().min(1).max(48).optional(),
  title: z.string().max(80).optional(),
  /** Play over days: each month resolves at its deadline (see course.ts). */
  deadline: deadlineSchema.optional(),
  /** Letters between seats (letters.ts); false turns them off from the start. Default: on. */
  letters: z.boolean().optional(),
});
export type CreateSessionRequest = z.input<typeof createSessionSchema>;

/** A team's PIN: shown to the device that founded the team and to the teacher; other devices need it to join. */
export const PIN_LENGTH = 4;
export const pinSchema = z
  .string()
  .trim()
  .regex(new RegExp(`^[0-9]{${PIN_LENGTH}}$`), { error: `expected the team's PIN of ${PIN_LENGTH} digits` });

/** What a student may call themselves on the teacher's console (optional; "device 2" otherwise). */
export const memberNameSchema = z
  .string()
  .max(200)
  .transform(normalizeTeamName)
  .pipe(z.string().max(MAX_TEAM_NAME, { error: `a name has at most ${MAX_TEAM_NAME} characters` }));

export const joinRequestSchema = z.strictObject({
  code: z.string().max(20).transform(normalizeCode).pipe(codeSchema),
  team: teamNameSchema,
  seat: seatSchema.optional(),
  /** Needed to join a team that already has a seat. */
  pin: pinSchema.optional(),
  /** The student's name for the teacher's console. */
  name: memberNameSchema.optional(),
});
export type JoinRequest = z.input<typeof joinRequestSchema>;

export interface JoinResponse {
  code: string;
  seat: Seat;
  team: string;
  token: string;
  /** The team's PIN, for teammates joining on other devices. */
  pin: string;
  /** True when this join founded the team (its device shows the PIN to the others). */
  founded: boolean;
}

export interface CreateSessionResponse {
  code: string;
  teacherKey: string;
  joinUrl: string;
}

// ── Server → client ────────────────────────────────────────────────────────────────────────────

export type SessionStatus = 'lobby' | 'playing' | 'paused' | 'ended';

/** A seat as everyone may see it: who plays it, the team's name, how many devices are there. */
export interface SeatInfo {
  controller: string;
  team: string | null;
  connected: number;
  committed: boolean;
}

/** What every client knows about the session around the game. */
export interface SessionInfo {
  code: string;
  status: SessionStatus;
  /** Who ended it: the game's own ending, or the teacher. */
  endedBy: 'game' | 'teacher' | null;
  /** Milliseconds left on this month's timer, or null without one (frozen while paused). */
  remainingMs: number | null;
  turnSeconds: number;
  seats: Record<Seat, SeatInfo>;
  debriefReleased: boolean;
  title: string;
  /** Deadlines and memos (course.ts). */
  course?: CourseInfo;
  /** Whether teams may send letters now (the teacher can turn them off). */
  letters?: boolean;
}

/** A team's message: the session and its own seat's view, nothing else. */
export interface SeatStateMessage {
  seat: Seat;
  session: SessionInfo;
  view: PlayerView;
  /** The version of the seat's record (`RECORD_FIELDS` of the view) this view goes with. */
  record: number;
  /**
   * True when `view` leaves the record out (empty lists) because this connection already holds
   * that version: within a month only the small parts change, so only they travel.
   */
  recordKept?: true;
  /** Set when `view`'s record lists hold only their tails: see RecordTail. */
  recordTail?: RecordTail;
}

/** Per record list, the index its first entry sent has (the entries before it are the held version's). */
export type RecordFrom = Partial<Record<RecordField, number>>;

/**
 * For a connection that holds the record version `base` (the one before the message's): each of
 * the view's record lists holds only its entries from `from[list]` on, and the connection keeps
 * the entries before that from what it holds. Within a game the record only grows by a month's
 * entries (or changes from a leaked move on), so this is a few entries where the whole record is
 * tens of kilobytes.
 */
export interface RecordTail {
  base: number;
  from: RecordFrom;
}

/**
 * The reason logged with a move the server made for a seat whose month timed out. It is only
 * text: whether a move timed out travels as the move's `timedOut` flag (see `SeenMove`).
 */
export const TIMER_REASON = 'Time ran out: the team held its position.';

/**
 * The parts of a view that change only when a month resolves (or the game ends, a move leaks, a
 * letter comes, the seat seals its own move): the game's record, the cards the seat holds this
 * month, and the negotiation table (its terms' sources are most of a month's small message). They
 * travel only when they changed: the lists from their first changed entry on (RecordTail), the
 * table as three entries, its terms, its offers and the rest (`entriesOf`).
 */
export const RECORD_FIELDS = ['moves', 'changes', 'news', 'history', 'letters', 'legal', 'table'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * The teacher's record: the game's record and the table (the overview has no cards). Its moves
 * change with every sealed move (the console sees them as they come): the tail from the month's
 * first changed move travels, not the game's moves again.
 */
export const TEACHER_RECORD_FIELDS = ['moves', 'changes', 'news', 'history', 'letters', 'table'] as const;

/**
 * A record part's entries: a list's own; the table as three, its terms, its offers and the rest of
 * it (the terms and offers change about once a month, the rest with every move the seat seals, so
 * a tail from the rest on leaves the others out); no table as one entry, null.
 */
export function entriesOf(view: PlayerView, f: RecordField): readonly unknown[] {
  const v: unknown = view[f];
  if (f === 'table' && view.table) {
    const { terms, offers, ...rest } = view.table;
    return [terms, offers, rest];
  }
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

/** Where each part's tail would start if the client held all of `view`'s record: every entry held (a `recordKept` message). */
export function heldWhole(view: PlayerView, fields: readonly RecordField[]): RecordFrom {
  return Object.fromEntries(fields.map((f) => [f, entriesOf(view, f).length]));
}

/** A `recordKept` view completed with the record (`fields`) of the view the client holds. */
export function withRecordOf(view: PlayerView, holder: PlayerView, fields: readonly RecordField[]): PlayerView {
  return withRecordTailOf(view, holder, fields, heldWhole(holder, fields));
}

/**
 * The view with each record list in `fields` cut to its entries from `from` on (see RecordTail),
 * and a single part left out when `from` says the client holds it.
 */
export function recordTailOf(view: PlayerView, fields: readonly RecordField[], from: RecordFrom): PlayerView {
  const cut: Record<string, unknown> = { ...view };
  for (const f of fields) {
    const v: unknown = view[f];
    const held = from[f] ?? 0;
    if (Array.isArray(v)) cut[f] = v.slice(held);
    // Some of the table's entries held, not all: the others travel (a table without what is held).
    else if (f === 'table' && view.table && held > 0 && held < entriesOf(view, f).length) cut[f] = tableFrom(view.table, held);
    else if (held > 0) delete cut[f];
  }
  return cut as unknown as PlayerView;
}

/** The table without its first `held` entries (`entriesOf`: terms, offers, the rest). */
function tableFrom(table: NonNullable<PlayerView['table']>, held: number): Partial<NonNullable<PlayerView['table']>> {
  const { terms: _terms, offers, ...rest } = table;
  return held === 1 ? { offers, ...rest } : rest;
}

/** A RecordTail view completed with the entries before each tail (and the single parts left out) from the view the client holds. */
export function withRecordTailOf(view: PlayerView, holder: PlayerView, fields: readonly RecordField[], from: RecordFrom): PlayerView {
  const whole: Record<string, unknown> = {};
  for (const f of fields) {
    const tail: unknown = view[f];
    if (Array.isArray(tail)) {
      const held = entriesOf(holder, f);
      const n = from[f] ?? 0;
      // Nothing new in a list the client holds whole (most lists of most messages): its own list, not a copy.
      whole[f] = tail.length === 0 && n === held.length ? held : [...held.slice(0, n), ...(tail as unknown[])];
    } else if (f === 'table' && view.table && holder.table && (from[f] ?? 0) > 0) whole[f] = { ...holder.table, ...view.table };
    else if (!Array.isArray(holder[f]) && (from[f] ?? 0) > 0) whole[f] = holder[f];
  }
  return { ...view, ...whole };
}

/** An action as the teacher's log shows it. */
export interface LoggedAction {
  seq: number;
  turn: number;
  seat: Seat;
  move: string;
  reason: string;
  by: 'team' | 'timer' | 'bot';
  /** The table action sealed with the move (scenario version 3). */
  table?: TableAction;
}

/** A team as the teacher sees it: its PIN and who joined it (oldest first). */
export interface TeamRoster {
  name: string;
  /** Null for a team from before PINs (it cannot be joined by name; release the seat instead). */
  pin: string | null;
  members: { name: string; joinedAt: number }[];
}

/** The teacher's message: the whole game, including sealed moves and secrets. */
export interface TeacherStateMessage {
  session: SessionInfo;
  view: PlayerView;
  /** Moves sealed this month and not yet resolved. */
  sealed: Partial<Record<Seat, { move: string; reason: string; table?: TableAction }>>;
  /** The action log; with `actionsFrom`, only its entries from that index on (the console holds those before). */
  actions: LoggedAction[];
  actionsFrom?: number;
  joinUrl: string;
  /** Each seat's team, its PIN and its members. */
  teams: Partial<Record<Seat, TeamRoster>>;
  /** Memos, the rubric and grades (course.ts). */
  course?: TeacherCourse;
  /** The version of the teacher's record (TEACHER_RECORD_FIELDS) this view goes with; `recordKept` as in SeatStateMessage. */
  record: number;
  recordKept?: true;
  /** As in SeatStateMessage, over TEACHER_RECORD_FIELDS. */
  recordTail?: RecordTail;
}

/** The answer to an intent or a teacher command, sent only after the action is durable. */
export type AckMessage = { id: string; ok: true; duplicate?: boolean } | { id: string; ok: false; error: string };

/** Message type names on the room. */
export const MSG = {
  intent: 'intent',
  teacher: 'teacher',
  state: 'state',
  teacherState: 'teacherState',
  ack: 'ack',
  error: 'error',
  /** A team asks for its whole view again (it holds a record older than the one the server kept). */
  resync: 'resync',
} as const;

/** Makes an action id (browser or Node): 16 random base-36 characters after a prefix. */
export function newActionId(prefix = 'a'): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += (b % 36).toString(36);
  return `${prefix}-${s}`;
}
