/**
 * The machine's events. Players and adapters send `move.play` and (teachers, tests)
 * `event.inject`; everything else is raised by the machine itself from the model's signals.
 */
import type { SignalType } from '../model/signals';
import type { TableAction } from '../model/table';
import type { Seat } from '../model/types';

export interface SignalEvent {
  type: SignalType;
  [key: string]: string | number | boolean;
}

/** A seat's play for the month: its card and (scenario version 3) an optional table action sealed with it. */
export type PlayEvent = { type: 'move.play'; seat: Seat; move: string; reason: string; table?: TableAction };
export type InjectEvent = { type: 'event.inject'; event: string };

export type GameEvent = PlayEvent | InjectEvent | { type: 'turn.resolved' } | SignalEvent;

/** What the machine emits for views, audio and logs; the CLI listens to none of it. */
export type GameEmitted =
  | { type: 'move.accepted'; seat: Seat; move: string }
  | { type: 'turn.resolved'; turn: number }
  | { type: 'stage.entered'; track: string; stage: string }
  | { type: 'game.ended'; ending: string };
