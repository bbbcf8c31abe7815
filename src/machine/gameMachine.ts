/**
 * The Quiet Channel statechart. It decides *when*: the turn cycle, which moves are legal, and
 * which stage each parallel track is in. The model (src/model) decides *what*: every action here
 * is a one-line `assign` around one pure model function.
 *
 * Regions of `playing`:
 *   turn         planning (sealed moves) → resolving → planning …
 *   negotiation  noContact → secretEnvoy → exploratory → formal → summit → agreement → implementation, or collapsed
 *   seoul        trial → snapElection → newGovernment (or yoon, if the Court dismisses)
 *   ukraine      war → ceasefireTalks → settled
 *   cabinet      loyal → clash → hawkOut
 */
import { and, assertEvent, assign, emit, raise, setup } from 'xstate';
import { isLegalPlay } from '../model/legal';
import {
  commitMove,
  concludeDeal,
  enterStage,
  failureIsFinal,
  finishTurn,
  injectEvent,
  noteRefused,
  resolveTurn,
  setBack,
} from '../model/resolve';
import { rulesFor } from '../model/ruleset';
import { createInitialState, type NewGameInput } from '../model/state';
import type { SignalType } from '../model/signals';
import { SEATS, type GameState, type Signal, type TrackId } from '../model/types';
import type { GameEmitted, GameEvent } from './events';
import * as g from '../model/conditions';

type StageParams = { track: TrackId; stage: string; signal?: SignalType };
type SignalMatch = { signal: SignalType; field?: string; value?: string | number | boolean };

function findSignal(signals: readonly Signal[], p: SignalMatch): Signal | undefined {
  return signals.find((x) => x.type === p.signal && (p.field === undefined || x[p.field] === p.value));
}

const game = setup({
  types: {
    context: {} as GameState,
    events: {} as GameEvent,
    input: {} as NewGameInput,
    emitted: {} as GameEmitted,
  },
  guards: {
    isLegalMove: ({ context, event }) => {
      assertEvent(event, 'move.play');
      return isLegalPlay(context, event.seat, event.move, event.table);
    },
    isKnownEvent: ({ context, event }) => {
      assertEvent(event, 'event.inject');
      return context.ending === null && rulesFor(context.scenario).eventsById[event.event] !== undefined;
    },
    /** The move completes the month: every other seat has already sealed its move. */
    completesMonth: ({ context, event }) => {
      assertEvent(event, 'move.play');
      return SEATS.every((seat) => seat === event.seat || context.pending[seat] !== undefined);
    },
    hasEnded: ({ context }) => context.endedOn !== null,
    stageIs: ({ context }, p: StageParams) => context.tracks[p.track] === p.stage,
    presidentDetermined: ({ context }) => g.presidentDetermined(context),
    publicTalksFeasible: ({ context }) => g.publicTalksFeasible(context),
    pyongyangReceptive: ({ context }) => g.pyongyangReceptive(context),
    readyForFormalTalks: ({ context }) => g.readyForFormalTalks(context),
    readyForSummit: ({ context }) => g.readyForSummit(context),
    exposureFatal: ({ context }) => g.exposureFatal(context),
    ukraineTalksMatured: ({ context }) => g.ukraineTalksMatured(context),
    failureIsFinal: ({ context }) => failureIsFinal(context),
    /** True when this month's resolution produced the signal (with matching fields, if given). */
    signalled: ({ context }, p: SignalMatch) => findSignal(context.signals, p) !== undefined,
  },
  actions: {
    commitMove: assign(({ context, event }) => {
      assertEvent(event, 'move.play');
      return commitMove(context, event.seat, event.move, event.reason, event.table);
    }),
    announceMove: emit(({ event }) => {
      assertEvent(event, 'move.play');
      return { type: 'move.accepted' as const, seat: event.seat, move: event.move };
    }),
    injectEvent: assign(({ context, event }) => {
      assertEvent(event, 'event.inject');
      return injectEvent(context, event.event);
    }),
    resolveTurn: assign(({ context }) => resolveTurn(context)),
    raiseResolved: raise({ type: 'turn.resolved' }),
    enterStage: assign(({ context }, p: StageParams) =>
      enterStage(context, p.track, p.stage, p.signal ? findSignal(context.signals, { signal: p.signal }) : undefined),
    ),
    announceStage: emit((_, p: StageParams) => ({ type: 'stage.entered' as const, track: p.track, stage: p.stage })),
    refuse: assign(({ context }, p: { reason: string; signal: SignalType }) =>
      noteRefused(context, findSignal(context.signals, { signal: p.signal }) ?? { type: p.signal }, p.reason),
    ),
    concludeDeal: assign(({ context }) => concludeDeal(context)),
    setBack: assign(({ context }) => setBack(context)),
    finishTurn: assign(({ context }) => finishTurn(context)),
    announceTurn: emit(({ context }) => ({ type: 'turn.resolved' as const, turn: context.history.length })),
    announceEnding: emit(({ context }) => ({ type: 'game.ended' as const, ending: context.ending ?? 'statusQuo' })),
  },
});

/** Guards that take no parameters and may gate a stage transition. */
type Condition =
  | 'presidentDetermined'
  | 'publicTalksFeasible'
  | 'pyongyangReceptive'
  | 'readyForFormalTalks'
  | 'readyForSummit'
  | 'exposureFatal'
  | 'ukraineTalksMatured'
  | 'failureIsFinal';

/**
 * At the end of a month, on `turn.resolved`: if the resolution produced `signal` (and `condition`
 * holds), the track enters `stage`. Each region takes at most one transition a month, the first
 * that matches in its list.
 */
function on(signal: SignalType, track: TrackId, stage: string, condition?: Condition, match?: Omit<SignalMatch, 'signal'>) {
  const when = { type: 'signalled' as const, params: { signal, ...match } };
  return {
    target: stage,
    guard: condition ? and([when, condition]) : when,
    actions: [
      { type: 'enterStage' as const, params: { track, stage, signal } },
      { type: 'announceStage' as const, params: { track, stage } },
    ],
  };
}

/** A failure that is not final (scenario version 2): back to no contact, with a cool-down. */
function setBackOn(signal: SignalType) {
  return {
    target: 'noContact',
    guard: { type: 'signalled' as const, params: { signal } },
    actions: [
      { type: 'setBack' as const },
      { type: 'enterStage' as const, params: { track: 'negotiation' as const, stage: 'noContact', signal } },
      { type: 'announceStage' as const, params: { track: 'negotiation' as const, stage: 'noContact' } },
    ],
  };
}

/** When a condition refuses a signal, the month's news says why. */
function refuse(signal: SignalType, reason: string) {
  return {
    guard: { type: 'signalled' as const, params: { signal } },
    actions: { type: 'refuse' as const, params: { reason, signal } },
  };
}

/** Transient entry state that routes a region to the stage the context starts in (what-if overrides). */
function routeInitial(track: TrackId, stages: readonly string[]) {
  return {
    always: stages.map((stage) => ({ guard: { type: 'stageIs' as const, params: { track, stage } }, target: stage })),
  };
}

export const gameMachine = game.createMachine({
  id: 'quietChannel',
  context: ({ input }) => createInitialState(input),
  initial: 'playing',
  states: {
    playing: {
      type: 'parallel',
      always: { guard: 'hasEnded', target: 'ended' },
      // Document order matters: the tracks' stage actions run before the turn region's `finishTurn`.
      states: {
        negotiation: {
          initial: 'noContact',
          states: {
            noContact: {
              on: {
                'turn.resolved': [
                  on('channel.envoy', 'negotiation', 'secretEnvoy', 'presidentDetermined'),
                  refuse('channel.envoy', 'envoyRefused'),
                  on('channel.public', 'negotiation', 'exploratory', 'publicTalksFeasible'),
                  refuse('channel.public', 'publicTalksBlocked'),
                ],
              },
            },
            secretEnvoy: {
              on: {
                'turn.resolved': [
                  on('channel.exposed', 'negotiation', 'noContact', 'exposureFatal'),
                  on('channel.response', 'negotiation', 'exploratory', 'pyongyangReceptive'),
                  refuse('channel.response', 'responseTooWeak'),
                  on('channel.stale', 'negotiation', 'noContact'),
                ],
              },
            },
            exploratory: {
              on: {
                'turn.resolved': [
                  on('talks.walkOut', 'negotiation', 'noContact'),
                  on('talks.breakdown', 'negotiation', 'noContact'),
                  on('channel.exposed', 'negotiation', 'noContact', 'exposureFatal'),
                  on('talks.upgrade', 'negotiation', 'formal', 'readyForFormalTalks'),
                  refuse('talks.upgrade', 'formalTalksTooEarly'),
                ],
              },
            },
            formal: {
              on: {
                'turn.resolved': [
                  on('talks.walkOut', 'negotiation', 'noContact'),
                  on('talks.breakdown', 'negotiation', 'noContact'),
                  on('talks.summit', 'negotiation', 'summit', 'readyForSummit'),
                  refuse('talks.summit', 'summitTooEarly'),
                ],
              },
            },
            summit: {
              on: {
                'turn.resolved': [
                  on('talks.walkOut', 'negotiation', 'collapsed', 'failureIsFinal'),
                  setBackOn('talks.walkOut'),
                  on('talks.deal', 'negotiation', 'agreement'),
                  on('talks.vague', 'negotiation', 'formal'),
                ],
              },
            },
            agreement: { on: { 'turn.resolved': on('deal.step', 'negotiation', 'implementation') } },
            implementation: {
              on: {
                'turn.resolved': [
                  on('deal.broken', 'negotiation', 'collapsed', 'failureIsFinal'),
                  setBackOn('deal.broken'),
                  { guard: { type: 'signalled', params: { signal: 'deal.done' } }, actions: 'concludeDeal' },
                ],
              },
            },
            collapsed: {},
          },
        },
        seoul: {
          initial: 'init',
          states: {
            init: routeInitial('seoul', ['yoon', 'trial', 'snapElection', 'newGovernment']),
            yoon: {},
            trial: {
              on: {
                'turn.resolved': [
                  on('seoul.ruling', 'seoul', 'snapElection', undefined, { field: 'upheld', value: true }),
                  on('seoul.ruling', 'seoul', 'yoon'),
                ],
              },
            },
            snapElection: { on: { 'turn.resolved': on('seoul.election', 'seoul', 'newGovernment') } },
            newGovernment: {},
          },
        },
        ukraine: {
          initial: 'init',
          states: {
            init: routeInitial('ukraine', ['war', 'ceasefireTalks', 'settled']),
            war: {
              on: { 'turn.resolved': [on('ukraine.talks', 'ukraine', 'ceasefireTalks'), on('ukraine.push', 'ukraine', 'ceasefireTalks')] },
            },
            ceasefireTalks: {
              on: {
                'turn.resolved': [
                  on('ukraine.settle', 'ukraine', 'settled'),
                  on('ukraine.push', 'ukraine', 'settled', 'ukraineTalksMatured'),
                  on('ukraine.collapse', 'ukraine', 'war'),
                ],
              },
            },
            settled: {},
          },
        },
        cabinet: {
          initial: 'loyal',
          states: {
            loyal: { on: { 'turn.resolved': on('cabinet.clash', 'cabinet', 'clash') } },
            clash: {
              on: { 'turn.resolved': [on('cabinet.hawkOut', 'cabinet', 'hawkOut'), on('cabinet.reconcile', 'cabinet', 'loyal')] },
            },
            hawkOut: {},
          },
        },
        turn: {
          initial: 'planning',
          states: {
            planning: {
              on: {
                'move.play': [
                  // The cheap test first: the first two moves of a month test legality only once.
                  { guard: and(['completesMonth', 'isLegalMove']), target: 'resolving', actions: ['commitMove', 'announceMove'] },
                  { guard: 'isLegalMove', actions: ['commitMove', 'announceMove'] },
                ],
                'event.inject': { guard: 'isKnownEvent', actions: 'injectEvent' },
              },
            },
            resolving: {
              entry: ['resolveTurn', 'raiseResolved'],
              on: { 'turn.resolved': { target: 'planning', actions: ['finishTurn', 'announceTurn'] } },
            },
          },
        },
      },
    },
    ended: { type: 'final', entry: 'announceEnding' },
  },
});

export type GameMachine = typeof gameMachine;
