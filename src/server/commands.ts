/**
 * Which teacher command the session takes now, as the log entry it becomes, or why not; and a
 * team's table action as its entry's field. Pure: it reads the session's status and record, changes nothing.
 */
import type { BotChoice } from '../bots/choose';
import type { GameRunner } from '../engine/runner';
import { isBotName } from '../bots/personalities';
import { logReason } from '../i18n/log';
import { EVENTS } from '../model/data/events';
import type { TableAction } from '../model/table';
import { normalTableAction, tableActionProblem } from '../model/tableShape';
import type { Seat } from '../model/types';
import type { AckMessage, SessionStatus, TeacherCommand } from '../net/protocol';
import type { CoursePart } from './coursePart';
import type { EntryBody } from './entries';
import type { SessionRecord } from './reducer';

const INJECTABLE: ReadonlySet<string> = new Set(EVENTS.map((e) => e.id));

export function commandEntry(
  cmd: TeacherCommand,
  status: SessionStatus,
  record: SessionRecord,
  turn: number,
  turnSeconds: number,
  course: Pick<CoursePart, 'command' | 'paced'>,
): EntryBody | string {
  const over = status === 'ended';
  switch (cmd.action) {
    case 'start':
      return over || status !== 'lobby' ? 'The game has already started.' : { kind: 'start' };
    case 'pause':
      if (over || status === 'lobby') return 'Only a running game can be paused.';
      return status === 'paused' ? 'The game is already paused.' : { kind: 'pause' };
    case 'resume':
      return status !== 'paused' ? 'The game is not paused.' : { kind: 'resume' };
    case 'extend':
      return over || (turnSeconds === 0 && !course.paced) ? 'This session has no turn timer.' : { kind: 'extend', seconds: cmd.seconds };
    case 'inject':
      if (over) return 'The game is over.';
      return INJECTABLE.has(cmd.event) ? { kind: 'inject', event: cmd.event, turn } : `There is no event "${cmd.event}" in this scenario.`;
    case 'bot':
      if (over) return 'The game is over.';
      return isBotName(cmd.bot) ? { kind: 'bot', seat: cmd.seat, bot: cmd.bot } : `There is no bot "${cmd.bot}".`;
    case 'release':
      return record.roster.teams[cmd.seat] === null ? 'No team holds this seat.' : { kind: 'release', seat: cmd.seat };
    case 'end':
      return over ? 'The game is already over.' : { kind: 'end' };
    case 'debrief':
      if (!over) return 'The debrief opens once the game is over.';
      return record.debriefReleased ? 'The debrief is already open to the teams.' : { kind: 'debrief' };
    default:
      return course.command(cmd, status, turn);
  }
}

/** The answers of refused actions, remembered so a resend gets the same answer (bounded: they are not logged). */
export class Refusals {
  private readonly answers = new Map<string, AckMessage>();

  seen(scoped: string): AckMessage | null {
    return this.answers.get(scoped) ?? null;
  }

  refuse(scoped: string, id: string, error: string): AckMessage {
    const ack: AckMessage = { id, ok: false, error };
    if (this.answers.size > 2000) this.answers.clear();
    this.answers.set(scoped, ack);
    return ack;
  }
}

/**
 * A team's table action (scenario version 3) as the log entry's field: nothing when it sent none,
 * the action in its normal form when it is well-formed for the seat, or why it is not (a message
 * for the team). Whether it is allowed now is the runner's question.
 */
export function checkedTable(seat: Seat, table: unknown): { table: TableAction } | Record<string, never> | string {
  if (table === undefined) return {};
  const problem = tableActionProblem(seat, table);
  return problem ? `Invalid table action: ${problem}.` : { table: normalTableAction(table as TableAction) };
}

/**
 * A team's move (and, in scenario version 3, its table action) as the log entry it becomes, or why
 * not: with deadlines (`paced`) the move stays sealed (and may change) until the month is due.
 */
export function playEntry(
  seat: Seat,
  p: { move: string; reason: string; forTurn: number | undefined; table: unknown },
  at: { status: SessionStatus; human: boolean; turn: number; paced: boolean },
  runner: Pick<GameRunner, 'whyIllegal'>,
): EntryBody | string {
  if (at.status === 'ended') return 'The game is over.';
  if (at.status === 'lobby') return 'The game has not started yet.';
  if (at.status === 'paused') return 'The game is paused.';
  if (!at.human) return 'A bot plays this seat now.';
  if (p.forTurn !== undefined && p.forTurn !== at.turn) return 'That month is already over: choose again for this month.';
  const action = checkedTable(seat, p.table);
  if (typeof action === 'string') return action;
  const why = runner.whyIllegal(seat, p.move, action.table);
  if (why) return `You cannot play that now: ${why}.`;
  const sealed = { seat, move: p.move, reason: p.reason.slice(0, 300), turn: at.turn, ...action };
  return at.paced ? { kind: 'seal', ...sealed } : { kind: 'play', ...sealed, by: 'team' };
}

/** A bot's choice as the log entry it becomes, its reason in the log's words and its table action, if any. */
export function botPlay(seat: Seat, choice: BotChoice, turn: number): EntryBody {
  return {
    kind: 'play',
    seat,
    move: choice.move,
    reason: logReason(choice.reason),
    turn,
    by: 'bot',
    ...(choice.table ? { table: choice.table } : {}),
  };
}
