/**
 * The log is the save file, and loading a save is a fold: its actions, with the events injected
 * at the start of their months, are played in order through one runner under the rules the save
 * names. Replay, the viewer's timeline, resuming a game and taking one over are all this fold;
 * it refuses a save that does not replay with a typed reason, at the month it happens.
 */
import { chooseMove } from '../bots/choose';
import { logReason } from '../i18n/log';
import { EVENTS_BY_ID } from '../model/data/events';
import { whyIllegalPlay } from '../model/legal';
import type { TableAction } from '../model/table';
import { normalTableAction } from '../model/tableShape';
import type { EndingId, GameState, Seat, SeatControllers } from '../model/types';
import { playerView } from '../model/view';
import type { SaveFile } from '../codec/save';
import { createGame, type GameRunner } from './runner';
import { CURRENT_RULESET, RULESETS, rulesetFor, scenarioName, type ScenarioRef } from './rulesets';
import { inputOf } from './saveFile';

export interface FoldOptions {
  /** Stop once this month has been resolved (0: the starting position). Without it, fold the whole save. */
  to?: number;
  /**
   * Refuse at the first checkpoint the state differs from. When the whole save is folded (no stop
   * at `to`), also refuse a checkpoint the game never reached and a result it does not end in.
   */
  verify?: boolean;
  /** Called with the starting position (month 0) and after every month resolved, with the state's hash. */
  onMonth?: (month: number, state: GameState, hash: string) => void;
  /**
   * Recompute the reason of every bot move saved without one (share links drop reasons): a bot
   * chooses deterministically from its view, so asking it again gives the reason it gave.
   */
  botReasons?: boolean;
  /**
   * Play the save's moves with these controllers in the seats (a take-over): the game is the
   * save's in every respect but who sits where, so its hashes are its own and `verify` is refused.
   */
  seats?: SeatControllers;
  /** Let the runner keep a checkpoint after every month, for a game that goes on and is saved. */
  checkpoints?: boolean;
}

/** Why a save does not fold; `turn` is the month it happened in (0: before the game started). */
export type FoldRefusal =
  | { kind: 'unknownScenario'; turn: 0; scenario: ScenarioRef }
  | { kind: 'afterEnding'; turn: number; seat: Seat; move: string }
  | { kind: 'wrongMonth'; turn: number; seat: Seat; move: string; gameTurn: number }
  | { kind: 'illegalMove'; turn: number; seat: Seat; move: string; why: string }
  | { kind: 'lateInjection'; turn: number; event: string; gameTurn: number }
  | { kind: 'unknownEvent'; turn: number; event: string }
  | { kind: 'letterRefused'; turn: number; letter: number; why: string }
  | { kind: 'checkpointDiffers'; turn: number }
  | { kind: 'checkpointUnreached'; turn: number }
  | { kind: 'resultDiffers'; turn: number; saved: EndingId | null; reached: EndingId | null };

export interface Folded {
  /** The game where the fold stopped, still running: the caller plays on or stops it. */
  game: GameRunner;
  /** The state hash where the fold stopped. */
  hash: string;
  /** Checkpoints compared (with `verify`). */
  checked: number;
  /** The month the fold stopped after, because of `to`; null when it played the whole save. */
  stoppedAt: number | null;
}

export type FoldResult = { ok: true; value: Folded } | { ok: false; refusal: FoldRefusal; state: GameState };

/** Plays a save's log through a new runner. */
export function foldSave(save: SaveFile, options: FoldOptions = {}): FoldResult {
  if (options.seats && options.verify) throw new Error('foldSave: a game with other seats has other hashes; it cannot verify the save');
  const ruleset = rulesetFor(save.scenario);
  // A save of a scenario this build does not have is refused; its state is the start of the same
  // game under the current rules, so that a caller always has a state to show beside the refusal.
  const input = {
    ...inputOf(save),
    ...(options.seats ? { seats: options.seats } : {}),
    ...(ruleset ? {} : { scenarioVersion: CURRENT_RULESET.scenario.version }),
  };
  const game = createGame(input, { ...(ruleset ? { ruleset } : {}), ...(options.checkpoints ? { checkpoints: true } : {}) });
  const refuse = (refusal: FoldRefusal): FoldResult => {
    const state = game.state();
    game.stop();
    return { ok: false, refusal, state };
  };
  if (!ruleset) return refuse({ kind: 'unknownScenario', turn: 0, scenario: { ...save.scenario } });

  const to = options.to ?? Infinity;
  const checkpoints = new Map(save.checkpoints.map((c) => [c.turn, c.hash]));
  const injections = save.injections ?? [];
  let nextInjection = 0;
  const letters = save.letters ?? [];
  let nextLetter = 0;
  /** Sends the letters of the month in progress (they never change the state, so when in the month does not matter). */
  const send = (): FoldRefusal | null => {
    const s = game.state();
    for (; nextLetter < letters.length; nextLetter++) {
      const { id, turn, from, to, line, text, offer, hidden } = letters[nextLetter] as NonNullable<SaveFile['letters']>[number];
      if (turn > s.turn) break;
      const why = turn < s.turn ? `it is for month ${turn}, which had already passed` : null;
      const r = why === null ? game.sendLetter(from, { to, line, text, ...(offer !== undefined ? { offer } : {}) }) : null;
      if (r === null || !r.ok) return { kind: 'letterRefused', turn, letter: id, why: why ?? (r && !r.ok ? r.error : '') };
      if (hidden) game.hideLetter(r.value);
    }
    return null;
  };
  let checked = 0;
  /** Queues the injected events of the month in progress, before its moves. */
  const inject = (): FoldRefusal | null => {
    const s = game.state();
    for (; nextInjection < injections.length; nextInjection++) {
      const { turn, event } = injections[nextInjection] as { turn: number; event: string };
      if (turn > s.turn) break;
      if (turn < s.turn) return { kind: 'lateInjection', turn, event, gameTurn: s.turn };
      if (EVENTS_BY_ID[event] === undefined) return { kind: 'unknownEvent', turn, event };
      const r = game.inject(event);
      if (!r.ok) throw new Error(`foldSave: a checked injection was refused: ${r.error}`);
    }
    return null;
  };
  /** After month `month` resolved: hands it on and compares it with the save's checkpoint. */
  const resolved = (month: number): FoldRefusal | null => {
    const expected = options.verify ? checkpoints.get(month) : undefined;
    if (expected === undefined && !options.onMonth) return null;
    const hash = game.hash();
    options.onMonth?.(month, game.state(), hash);
    if (expected === undefined) return null;
    checked++;
    return hash === expected ? null : { kind: 'checkpointDiffers', turn: month };
  };

  if (options.onMonth) options.onMonth(0, game.state(), game.hash());
  let stopped = to <= 0;
  for (let i = 0; i < save.actions.length && !stopped; i++) {
    const a = save.actions[i] as SaveFile['actions'][number];
    const s = game.state();
    if (s.ending !== null) return refuse({ kind: 'afterEnding', turn: a.turn, seat: a.seat, move: a.move });
    const late = inject() ?? send();
    if (late) return refuse(late);
    if (a.turn !== s.turn) return refuse({ kind: 'wrongMonth', turn: a.turn, seat: a.seat, move: a.move, gameTurn: s.turn });
    const now = game.state();
    const why = whyIllegalPlay(now, a.seat, a.move, a.table);
    if (why) return refuse({ kind: 'illegalMove', turn: a.turn, seat: a.seat, move: a.move, why });
    let reason = a.reason;
    const controller = save.seats[a.seat];
    if (options.botReasons && reason === '' && controller.startsWith('bot:')) {
      const choice = chooseMove(playerView(now, a.seat, { brief: true }), controller.slice(4));
      if (choice.move === a.move && sameTable(choice.table, a.table)) reason = logReason(choice.reason);
    }
    const played = game.play(a.seat, a.move, reason, a.table);
    if (!played.ok) throw new Error(`foldSave: a checked move was refused: ${played.error}`);
    const months = game.turnsResolved();
    if (months > now.history.length) {
      const bad = resolved(months);
      if (bad) return refuse(bad);
      stopped = months >= to;
    }
  }
  if (!stopped) {
    if (game.state().ending === null) {
      const late = inject() ?? send();
      if (late) return refuse(late);
    }
    const unsent = letters[nextLetter];
    if (unsent) return refuse({ kind: 'letterRefused', turn: unsent.turn, letter: unsent.id, why: 'the game never reached its month' });
    if (options.verify) {
      const bad = verifyEnd(save, game);
      if (bad) return refuse(bad);
    }
  }
  return { ok: true, value: { game, hash: game.hash(), checked, stoppedAt: stopped ? game.turnsResolved() : null } };
}

/** Whether a bot's table action is the one the save recorded (both absent, or the same action). */
function sameTable(a: TableAction | undefined, b: TableAction | undefined): boolean {
  return JSON.stringify(a ? normalTableAction(a) : null) === JSON.stringify(b ? normalTableAction(b) : null);
}

/** At the end of the save: no checkpoint past the game, and the result the save records. */
function verifyEnd(save: SaveFile, game: GameRunner): FoldRefusal | null {
  const final = game.state();
  const missed = save.checkpoints.find((c) => c.turn > final.history.length);
  if (missed) return { kind: 'checkpointUnreached', turn: missed.turn };
  if (save.result && (save.result.hash !== game.hash() || save.result.ending !== final.ending)) {
    return { kind: 'resultDiffers', turn: final.history.length, saved: save.result.ending, reached: final.ending };
  }
  return null;
}

/** The refusal as a clause (the CLI's divergence message): "the game had already ended". */
export function refusalReason(r: FoldRefusal): string {
  switch (r.kind) {
    case 'unknownScenario':
      return `the save is for scenario ${scenarioName(r.scenario)}, this game plays ${RULESETS.map((x) => scenarioName(x.scenario)).join(', ')}`;
    case 'afterEnding':
      return 'the game had already ended';
    case 'wrongMonth':
      return `the action is for month ${r.turn} but the game is in month ${r.gameTurn}`;
    case 'illegalMove':
      return r.why;
    case 'lateInjection':
      return `the injected event ${r.event} is for month ${r.turn}, which had already passed`;
    case 'unknownEvent':
      return `the injected event "${r.event}" does not exist in this scenario`;
    case 'letterRefused':
      return `letter ${r.letter} cannot be sent: ${r.why}`;
    case 'checkpointDiffers':
      return `the state after month ${r.turn} differs from the save's checkpoint`;
    case 'checkpointUnreached':
      return `the save has a checkpoint for month ${r.turn}, which the replay never reached`;
    case 'resultDiffers':
      return `the replay ends in ${r.reached ?? 'an unfinished game'}, not the save's recorded result (${r.saved ?? 'unfinished'})`;
  }
}

/** The refusal as a sentence for a person: "Month 3: Seoul cannot play …". */
export function describeRefusal(r: FoldRefusal): string {
  switch (r.kind) {
    case 'unknownScenario':
      return `This game is for scenario ${scenarioName(r.scenario)}, which this version cannot play (it plays ${RULESETS.map((x) => scenarioName(x.scenario)).join(', ')}).`;
    case 'illegalMove':
      return `Month ${r.turn}: ${r.seat} cannot play ${r.move}: ${r.why}.`;
    case 'checkpointDiffers':
    case 'checkpointUnreached':
    case 'resultDiffers':
      return `Month ${r.turn}: ${refusalReason(r)}; the file has been altered or is damaged.`;
    default:
      return `Month ${r.turn}: ${refusalReason(r)}.`;
  }
}
