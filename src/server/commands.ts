/**
 * Which teacher command the session takes now, as the log entry it becomes, or why not.
 * Pure: it reads the session's status and record, changes nothing.
 */
import { isBotName } from '../bots/personalities';
import { EVENTS } from '../model/data/events';
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
