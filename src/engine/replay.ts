/**
 * The log is the save file and replay is a fold: a save's actions are sent, in order, through
 * one long-lived actor, and the state hash after each month is compared with the save's
 * checkpoints so a divergence is caught at the month it happens.
 */
import { createActor } from 'xstate';
import { createHashChain } from './hash';
import type { SaveFile } from '../codec/save';
import { SCENARIO } from '../model/data/scenario';
import { supportsScenario } from '../model/ruleset';
import { gameMachine } from '../machine/gameMachine';
import { chooseMove } from '../bots/choose';
import { whyIllegal } from '../model/legal';
import { playerView } from '../model/view';
import type { NewGameInput } from '../model/state';
import type { GameState, Seat } from '../model/types';
import type { Action } from './runner';

export interface ReplayOptions {
  /** Stop once this month has been resolved (0: the starting state). */
  to?: number;
  /** Compare every checkpoint with the replayed state's hash. */
  verify?: boolean;
  /**
   * Recompute the reason of every bot move saved without one (share links drop reasons): a bot
   * chooses deterministically from its view, so asking it again gives the reason it gave.
   */
  botReasons?: boolean;
  /** Hash every month and return the hashes (to rebuild a save's checkpoints). */
  record?: boolean;
}

export interface Divergence {
  turn: number;
  seat?: Seat;
  move?: string;
  message: string;
}

export type ReplayResult =
  | { ok: true; state: GameState; hash: string; checked: number; checkpoints: { turn: number; hash: string }[] }
  | { ok: false; divergence: Divergence; state: GameState };

/** The new-game input a save describes. */
export function inputOf(save: SaveFile): NewGameInput {
  return {
    seed: save.seed,
    seats: save.seats,
    maxTurns: save.settings.maxTurns,
    overrides: save.settings.overrides,
    scenarioVersion: save.scenario.version,
  };
}

/**
 * Replays a save's actions. Refuses a save of another scenario, an illegal move, an action for a
 * month the game never reached, and (with `verify`) any checkpoint whose hash differs.
 */
export function replaySave(save: SaveFile, options: ReplayOptions = {}): ReplayResult {
  // A save replays only under the rules of the scenario version it was made with.
  if (!supportsScenario(save.scenario)) {
    const start = createActor(gameMachine, { input: { ...inputOf(save), scenarioVersion: SCENARIO.version } }).getSnapshot().context;
    return { ok: false, divergence: { turn: 0, message: `the save is for scenario ${save.scenario.id} v${save.scenario.version}, this game plays ${SCENARIO.id} v${SCENARIO.version}` }, state: start };
  }
  const actor = createActor(gameMachine, { input: inputOf(save) });
  actor.start();
  const state = () => actor.getSnapshot().context;
  const fail = (d: Divergence): ReplayResult => {
    const s = state();
    actor.stop();
    return { ok: false, divergence: d, state: s };
  };
  const checkpoints = new Map(save.checkpoints.map((c) => [c.turn, c.hash]));
  const to = options.to ?? Infinity;
  let checked = 0;
  const recorded: { turn: number; hash: string }[] = [];
  const chain = createHashChain(state());
  const injections = save.injections ?? [];
  let nextInjection = 0;
  /** Injected events are queued at the start of their month, before its moves resolve. */
  const inject = (): Divergence | null => {
    const s = state();
    while (nextInjection < injections.length && (injections[nextInjection] as { turn: number }).turn <= s.turn) {
      const { turn, event } = injections[nextInjection++] as { turn: number; event: string };
      if (turn < s.turn) return { turn, message: `the injected event ${event} is for month ${turn}, which had already passed` };
      const before = s.injected.length;
      actor.send({ type: 'event.inject', event });
      if (state().injected.length === before) return { turn, message: `the injected event "${event}" does not exist in this scenario` };
    }
    return null;
  };
  if (to > 0) {
    for (const a of save.actions) {
      const bad = inject();
      if (bad) return fail(bad);
      const s = state();
      if (s.ending !== null) return fail({ turn: a.turn, seat: a.seat, move: a.move, message: 'the game had already ended' });
      if (a.turn !== s.turn) {
        return fail({ turn: a.turn, seat: a.seat, move: a.move, message: `the action is for month ${a.turn} but the game is in month ${s.turn}` });
      }
      const why = whyIllegal(s, a.seat, a.move);
      if (why) return fail({ turn: a.turn, seat: a.seat, move: a.move, message: why });
      let reason = a.reason;
      const controller = s.seats[a.seat];
      if (options.botReasons && reason === '' && controller.startsWith('bot:')) {
        const choice = chooseMove(playerView(s, a.seat, { brief: true }), controller.slice(4));
        if (choice.move === a.move) reason = choice.reason;
      }
      actor.send({ type: 'move.play', seat: a.seat, move: a.move, reason });
      const resolved = state().history.length;
      if (resolved > s.history.length) {
        const expected = options.verify ? checkpoints.get(resolved) : undefined;
        const actual = expected !== undefined || options.record ? chain.hash(state()) : '';
        if (options.record) recorded.push({ turn: resolved, hash: actual });
        if (expected !== undefined) {
          checked++;
          if (actual !== expected) {
            return fail({ turn: resolved, message: `the state after month ${resolved} differs from the save's checkpoint` });
          }
        }
        if (resolved >= to) break;
      }
    }
  }
  if (to === Infinity && state().ending === null) {
    const bad = inject();
    if (bad) return fail(bad);
  }
  const final = state();
  const finalHash = chain.hash(final);
  if (options.verify && options.to === undefined) {
    const missed = save.checkpoints.find((c) => c.turn > final.history.length);
    if (missed) return fail({ turn: missed.turn, message: `the save has a checkpoint for month ${missed.turn}, which the replay never reached` });
    if (save.result && (save.result.hash !== finalHash || save.result.ending !== final.ending)) {
      return fail({ turn: final.history.length, message: `the replay ends in ${final.ending ?? 'an unfinished game'}, not the save's recorded result (${save.result.ending ?? 'unfinished'})` });
    }
  }
  actor.stop();
  return { ok: true, state: final, hash: finalHash, checked, checkpoints: recorded };
}

/** Builds a save file from a game's input and log, with a checkpoint hash after every month. */
export function makeSaveFile(
  input: NewGameInput,
  actions: readonly Action[],
  checkpoints: readonly { turn: number; hash: string }[],
  injections: readonly { turn: number; event: string }[],
  final: GameState,
  finalHash: string,
  meta?: SaveFile['meta'],
): SaveFile {
  const save: SaveFile = {
    format: 'quiet-channel-save',
    version: 1,
    scenario: { ...final.scenario },
    seed: final.seed,
    settings: { maxTurns: final.settings.maxTurns, overrides: { ...(input.overrides ?? {}) } },
    seats: { ...final.seats },
    actions: actions.map((a) => ({ turn: a.turn, seat: a.seat, move: a.move, reason: a.reason.slice(0, 300) })),
    checkpoints: checkpoints.map((c) => ({ ...c })),
  };
  if (injections.length) save.injections = injections.map((i) => ({ ...i }));
  if (final.ending !== null) save.result = { ending: final.ending, turn: final.endedOn ?? final.turn, hash: finalHash };
  if (meta) save.meta = meta;
  return save;
}
