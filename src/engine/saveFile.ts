/**
 * A game's record as a save file: what it started from (scenario, seed, settings, seats) and its
 * log (accepted actions, injected events, the state hash after each month). The codec
 * (src/codec/save.ts) checks and writes the text; this module builds the record from a game and
 * reads the game's input back out of it.
 */
import { SAVE_VERSION, type SaveFile } from '../codec/save';
import type { NewGameInput } from '../model/state';
import type { Letter } from '../model/letters';
import type { TableAction } from '../model/table';
import type { GameState, Seat } from '../model/types';

/** An accepted action, as the save file records it. */
export interface Action {
  turn: number;
  seat: Seat;
  move: string;
  reason: string;
  /** The table action sealed with the card (scenario version 3; save format 2). */
  table?: TableAction;
}

/** The state hash after month `turn` was resolved. */
export interface Checkpoint {
  turn: number;
  hash: string;
}

/** An event queued (by a teacher or an experiment) at the start of month `turn`. */
export interface Injection {
  turn: number;
  event: string;
}

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

/** A game's log as a save file: its input, actions, injected events and checkpoints, and its result once it has ended. */
export function saveFromLog(
  input: NewGameInput,
  log: { actions: readonly Action[]; checkpoints: readonly Checkpoint[]; injections: readonly Injection[]; letters?: readonly Letter[] },
  final: GameState,
  finalHash: string,
  meta?: SaveFile['meta'],
): SaveFile {
  const save: SaveFile = {
    format: 'quiet-channel-save',
    version: SAVE_VERSION,
    scenario: { id: final.scenario.id, version: final.scenario.version },
    seed: final.seed,
    settings: { maxTurns: final.settings.maxTurns, overrides: { ...(input.overrides ?? {}) } },
    seats: { ...final.seats },
    actions: log.actions.map((a) => ({
      turn: a.turn,
      seat: a.seat,
      move: a.move,
      reason: a.reason.slice(0, 300),
      ...(a.table ? { table: a.table } : {}),
    })),
    checkpoints: log.checkpoints.map((c) => ({ ...c })),
  };
  if (log.injections.length) save.injections = log.injections.map((i) => ({ ...i }));
  if (log.letters?.length) save.letters = log.letters.map((l) => ({ ...l }));
  if (final.ending !== null) save.result = { ending: final.ending, turn: final.endedOn ?? final.turn, hash: finalHash };
  if (meta) save.meta = meta;
  return save;
}
