/**
 * The session's record as a pure fold over its log: lifecycle, who plays each seat, the roster,
 * the moves and injections as the teacher's log shows them, which moves the timer made, the ids
 * already used, and the times expiry looks at. The game itself lives in the runner, which the
 * session feeds the same entries; `reduce` is told whether the game has ended.
 */
import type { LoggedAction } from '../net/protocol';
import type { Controller, SeatControllers } from '../model/types';
import type { LogEntry, SessionConfig } from './entries';
import { endedBy, initialLifecycle, nextLifecycle, type Lifecycle } from './lifecycle';
import { emptyRoster, joined, released, type RosterState } from './roster';

export interface SessionRecord {
  lifecycle: Lifecycle;
  controllers: SeatControllers;
  roster: RosterState;
  actions: readonly LoggedAction[];
  injections: readonly { turn: number; event: string }[];
  /** `turn/seat` of the moves the turn timer made. */
  timedOut: ReadonlySet<string>;
  /** Ids of the logged entries (namespaced: see session.ts). */
  accepted: ReadonlySet<string>;
  debriefReleased: boolean;
  /** The clock time of the last entry (or of the creation): idle sessions expire from it. */
  lastActivity: number;
  /** When the session ended (clock ms), or null. */
  endedAt: number | null;
}

export function initialRecord(config: SessionConfig, now: number): SessionRecord {
  return {
    lifecycle: initialLifecycle(),
    controllers: { ...config.seats },
    roster: emptyRoster(),
    actions: [],
    injections: [],
    timedOut: new Set(),
    accepted: new Set(),
    debriefReleased: false,
    lastActivity: Date.parse(config.createdAt) || now,
    endedAt: null,
  };
}

/** The record after `e`. `gameEnded`: the game has reached its ending (after this entry, if a move). */
export function reduce(r: SessionRecord, e: LogEntry, gameEnded: boolean): SessionRecord {
  let next: SessionRecord = { ...r, accepted: new Set(r.accepted).add(e.id), lastActivity: Math.max(r.lastActivity, e.at) };
  switch (e.kind) {
    case 'play':
      next.actions = [
        ...r.actions,
        { seq: e.seq, turn: e.turn, seat: e.seat, move: e.move, reason: e.reason, by: e.by, ...(e.table ? { table: e.table } : {}) },
      ];
      if (e.by === 'timer') next.timedOut = new Set(r.timedOut).add(`${e.turn}/${e.seat}`);
      if (gameEnded) next.lifecycle = nextLifecycle(r.lifecycle, { type: 'end', by: 'game' });
      break;
    case 'inject':
      next.injections = [...r.injections, { turn: e.turn, event: e.event }];
      break;
    case 'start':
    case 'pause':
    case 'resume':
      next.lifecycle = nextLifecycle(r.lifecycle, { type: e.kind });
      break;
    case 'end':
      next.lifecycle = nextLifecycle(r.lifecycle, { type: 'end', by: 'teacher' });
      break;
    case 'extend':
      break;
    case 'bot':
      next.controllers = { ...r.controllers, [e.seat]: `bot:${e.bot}` as Controller };
      break;
    case 'release':
      next.roster = released(r.roster, e.seat);
      break;
    case 'join':
      next.roster = joined(r.roster, e);
      break;
    case 'debrief':
      next.debriefReleased = true;
      break;
  }
  if (endedBy(next.lifecycle) !== null && next.endedAt === null) next = { ...next, endedAt: e.at };
  return next;
}
