/**
 * A session's lifecycle as a small statechart: lobby → playing ⇄ paused → ended. The teacher
 * starts, pauses, resumes and ends it; the game ends it by reaching an ending. Used as pure logic
 * (`initialTransition` / `transition`), so the session's reducer stays a function of its log.
 */
import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import type { SessionStatus } from '../net/protocol';

export type LifecycleEvent = { type: 'start' } | { type: 'pause' } | { type: 'resume' } | { type: 'end'; by: 'game' | 'teacher' };

export const lifecycleMachine = setup({
  types: { context: {} as { endedBy: 'game' | 'teacher' | null }, events: {} as LifecycleEvent },
  actions: { noteEnd: assign({ endedBy: ({ event }) => (event.type === 'end' ? event.by : null) }) },
}).createMachine({
  id: 'classroomSession',
  initial: 'lobby',
  context: { endedBy: null },
  on: { end: { target: '.ended', actions: 'noteEnd' } },
  states: {
    lobby: { on: { start: 'playing' } },
    playing: { on: { pause: 'paused' } },
    paused: { on: { resume: 'playing' } },
    ended: { type: 'final' },
  },
});

export type Lifecycle = SnapshotFrom<typeof lifecycleMachine>;

export function initialLifecycle(): Lifecycle {
  return initialTransition(lifecycleMachine)[0];
}

/** The lifecycle after `event`; an event the state does not take leaves it as it is. */
export function nextLifecycle(l: Lifecycle, event: LifecycleEvent): Lifecycle {
  if (l.status === 'done') return l;
  return transition(lifecycleMachine, l, event)[0];
}

export function statusOf(l: Lifecycle): SessionStatus {
  return l.value;
}

/** Who ended the session, or null while it runs. */
export function endedBy(l: Lifecycle): 'game' | 'teacher' | null {
  return l.context.endedBy;
}
