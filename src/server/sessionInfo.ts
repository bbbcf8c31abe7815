/**
 * What a classroom session says about itself: the session around the game that every message
 * carries, the moves sealed this month (for the teacher), and what the debrief shows.
 */
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import type { LoggedAction, SessionInfo, TeacherStateMessage } from '../net/protocol';
import type { SessionConfig } from './entries';
import { endedBy, statusOf } from './lifecycle';
import type { SessionRecord } from './reducer';
import type { TurnTimer } from './timer';

/** Everything the debrief shows, for the teacher (and the teams once released). */
export interface DebriefData {
  session: SessionInfo;
  /** The whole game, secrets revealed. Results and explanation are filled in even when the teacher ended it early. */
  view: PlayerView;
  actions: LoggedAction[];
  injections: { turn: number; event: string }[];
}

export interface InfoParts {
  code: string;
  config: SessionConfig;
  rec: SessionRecord;
  timer: TurnTimer;
  connected: Record<Seat, number>;
  committed: Record<Seat, boolean>;
}

/** The session around the game; computed on every call, since the timer's remaining time changes. */
export function sessionInfo({ code, config, rec, timer, connected, committed }: InfoParts): SessionInfo {
  const status = statusOf(rec.lifecycle);
  const seats = Object.fromEntries(
    SEATS.map((seat) => [
      seat,
      {
        controller: rec.controllers[seat],
        team: rec.roster.teams[seat]?.name ?? null,
        connected: connected[seat],
        committed: committed[seat],
      },
    ]),
  ) as SessionInfo['seats'];
  return {
    code,
    status,
    endedBy: endedBy(rec.lifecycle),
    remainingMs: !timer.enabled || status === 'ended' || status === 'lobby' ? null : timer.remainingMs(status === 'paused'),
    turnSeconds: config.turnSeconds,
    seats,
    debriefReleased: rec.debriefReleased,
    title: config.title,
  };
}

/** Moves sealed in month `turn` (from the log: the teacher sees them before they resolve); none once the game is over. */
export function sealedMoves(rec: SessionRecord, turn: number, ended: boolean): TeacherStateMessage['sealed'] {
  const out: TeacherStateMessage['sealed'] = {};
  if (ended) return out;
  for (const a of rec.actions)
    if (a.turn === turn) out[a.seat] = { move: a.move, reason: a.reason, ...(a.table ? { table: a.table } : {}) };
  return out;
}
