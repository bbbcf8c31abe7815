/**
 * The machine's events. Players and adapters send `move.play` and (teachers, tests)
 * `event.inject`; everything else is raised by the machine itself from the model's signals.
 */
import type { Seat } from '../model/types';

/** Signals the model raises during a month's resolution; the statechart's tracks react to them. */
export const SIGNAL_TYPES = [
  'channel.envoy',
  'channel.public',
  'channel.response',
  'channel.exposed',
  'channel.stale',
  'talks.upgrade',
  'talks.summit',
  'talks.deal',
  'talks.vague',
  'talks.walkOut',
  'talks.breakdown',
  'deal.step',
  'deal.broken',
  'deal.done',
  'seoul.ruling',
  'seoul.election',
  'ukraine.talks',
  'ukraine.push',
  'ukraine.settle',
  'ukraine.collapse',
  'cabinet.clash',
  'cabinet.hawkOut',
  'cabinet.reconcile',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export interface SignalEvent {
  type: SignalType;
  [key: string]: string | number | boolean;
}

export type PlayEvent = { type: 'move.play'; seat: Seat; move: string; reason: string };
export type InjectEvent = { type: 'event.inject'; event: string };

export type GameEvent = PlayEvent | InjectEvent | { type: 'turn.resolved' } | SignalEvent;

/** What the machine emits for views, audio and logs; the CLI listens to none of it. */
export type GameEmitted =
  | { type: 'move.accepted'; seat: Seat; move: string }
  | { type: 'turn.resolved'; turn: number }
  | { type: 'stage.entered'; track: string; stage: string }
  | { type: 'game.ended'; ending: string };

const signalSet: ReadonlySet<string> = new Set(SIGNAL_TYPES);
export function isSignal(e: { type: string }): e is SignalEvent {
  return signalSet.has(e.type);
}
