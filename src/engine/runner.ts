/**
 * The one authority over a game: a long-lived statechart actor, the log of accepted actions, and
 * the bots that fill seats not played by people. Adapters (browser, CLI, server) hold a runner
 * and see the game only through `view(seat)`.
 */
import { createActor } from 'xstate';
import { chooseMove } from '../bots/choose';
import { logReason } from '../i18n/log';
import { err, ok, type Result } from '../model/result';
import type { SaveFile } from '../codec/save';
import type { GameEmitted } from '../machine/events';
import { whyIllegalPlay } from '../model/legal';
import type { TableAction } from '../model/table';
import { normalTableAction } from '../model/tableShape';
import { createInitialState, DEFAULT_SEATS, type NewGameInput } from '../model/state';
import { SEATS, type GameState, type Seat } from '../model/types';
import { explainEnding } from '../model/explain';
import { cleanLetterText, whyLetterRefused, type Letter, type LetterDraft } from '../model/letters';
import { scoreGame } from '../model/score';
import { playerView, type PlayerView, type ViewOptions } from '../model/view';
import { botOf, playBots } from './botGame';
import { createHashChain } from './hash';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import { saveFromLog, type Action, type Checkpoint, type Injection } from './saveFile';

export interface GameRunner {
  readonly input: NewGameInput;
  /** The full state, for the core and its tests only: adapters use `view`. */
  state(): GameState;
  view(seat: Seat | 'all', options?: ViewOptions): PlayerView;
  /** Why `seat` may not play `move` (with the table action, if any) now, or null if it may. */
  whyIllegal(seat: Seat, move: string, table?: TableAction): string | null;
  /** Every seat's result and the explanation as if the game ended now (a game stopped early). */
  standing(): Pick<PlayerView, 'results' | 'explanation'>;
  /** Seals a move (and, in version 3, a table action) for a seat this month; refuses an illegal one with a reason and changes nothing. */
  play(seat: Seat, move: string, reason?: string, table?: TableAction): Result<void>;
  /** Queues an event from the scenario's list for this month (teacher console, experiments). */
  inject(eventId: string): Result<void>;
  /** Sends a letter from a seat this month (it lives beside the state: the game's hash does not change); its id, or why not. */
  sendLetter(from: Seat, draft: LetterDraft): Result<number>;
  /** Why `from` may not send this letter now (its text as it would be kept), or null. */
  whyLetter(from: Seat, draft: LetterDraft): string | null;
  /** Hides a letter from every seat (the teacher's safety switch); refused for an unknown letter. */
  hideLetter(id: number): Result<void>;
  /** Every letter sent so far, hidden ones too (the log and the save's). */
  letters(): Letter[];
  /** Lets every bot seat that has not chosen yet choose. Returns how many moved. */
  stepBots(): number;
  /** Plays bots until a human seat must act or the game ends. */
  runBots(): void;
  ended(): boolean;
  /** Turns resolved so far. */
  turnsResolved(): number;
  actions(): Action[];
  /** State hashes after each resolved month (with `checkpoints: true`). */
  checkpoints(): Checkpoint[];
  /** The game so far as a save file. */
  save(meta?: SaveFile['meta']): SaveFile;
  /** The current state's hash, as the CLI and saves compute it. */
  hash(): string;
  on(listener: (e: GameEmitted) => void): () => void;
  /** The actor's persisted snapshot (plain JSON), to start other games from this position. */
  snapshot(): unknown;
  stop(): void;
}

export { botOf };

export interface RunnerOptions {
  /** Hash the state after every month, for save files (costs a SHA-256 a month). */
  checkpoints?: boolean;
  /** The rules to play under (a replay picks them by the save's scenario); new games play the current ones. */
  ruleset?: Ruleset;
  /**
   * Start from a persisted snapshot (`GameRunner.snapshot()`) instead of the input's first month:
   * the lab's futures of one position. Such a game has no log before that position.
   */
  snapshot?: unknown;
}

export function createGame(input: NewGameInput, options: RunnerOptions = {}): GameRunner {
  const machine = (options.ruleset ?? CURRENT_RULESET).machine;
  // A snapshot comes from another runner's `snapshot()`; its type is XState's internal one.
  const actor = options.snapshot ? createActor(machine, { input, snapshot: options.snapshot as never }) : createActor(machine, { input });
  actor.start();
  const state = () => actor.getSnapshot().context;
  const log: Action[] = [];
  const checkpoints: Checkpoint[] = [];
  const injections: Injection[] = [];
  const letters: Letter[] = [];
  const chain = createHashChain(state());

  const play = (seat: Seat, move: string, reason = '', table?: TableAction): Result<void> => {
    const before = state();
    const why = whyIllegalPlay(before, seat, move, table);
    if (why) return err(`Turn ${before.turn}: ${seat} cannot play ${move}${table ? ` with a table ${table.kind}` : ''}: ${why}.`);
    const sealed = table ? normalTableAction(table) : undefined;
    actor.send({ type: 'move.play', seat, move, reason, ...(sealed ? { table: sealed } : {}) });
    log.push({ turn: before.turn, seat, move, reason, ...(sealed ? { table: sealed } : {}) });
    const after = state();
    if (options.checkpoints && after.history.length > before.history.length) {
      checkpoints.push({ turn: after.history.length, hash: chain.hash(after) });
    }
    return ok(undefined);
  };

  const stepBots = (): number => {
    const s = state();
    if (s.ending !== null) return 0;
    let moved = 0;
    for (const seat of SEATS) {
      const bot = botOf(s, seat);
      if (!bot || s.pending[seat] !== undefined) continue;
      const choice = chooseMove(playerView(state(), seat, { brief: true }), bot);
      const r = play(seat, choice.move, logReason(choice.reason), choice.table);
      if (!r.ok) throw new Error(`bot ${bot} chose an illegal move: ${r.error}`);
      moved++;
      if (state().turn !== s.turn) break;
    }
    return moved;
  };

  return {
    input,
    state,
    view: (seat, options) => playerView(state(), seat, letters.length ? { letters, ...options } : options),
    whyIllegal: (seat, move, table) => whyIllegalPlay(state(), seat, move, table),
    standing: () => ({ results: scoreGame(state()), explanation: explainEnding(state()) }),
    play,
    inject(eventId) {
      const before = state();
      actor.send({ type: 'event.inject', event: eventId });
      if (state().injected.length === before.injected.length) return err(`Unknown event "${eventId}" or the game is over.`);
      injections.push({ turn: before.turn, event: eventId });
      return ok(undefined);
    },
    whyLetter: (from, draft) => whyLetterRefused(state(), letters, from, cleanDraft(draft)),
    sendLetter(from, draft) {
      const clean = cleanDraft(draft);
      const why = whyLetterRefused(state(), letters, from, clean);
      if (why) return err(`${from} cannot send this letter: ${why}.`);
      const id = letters.length + 1;
      letters.push({ id, turn: state().turn, from, ...clean });
      return ok(id);
    },
    hideLetter(id) {
      const i = letters.findIndex((l) => l.id === id);
      if (i < 0) return err(`There is no letter ${id}.`);
      letters[i] = { ...(letters[i] as Letter), hidden: true };
      return ok(undefined);
    },
    letters: () => letters.slice(),
    stepBots,
    runBots() {
      while (!this.ended() && stepBots() > 0) {
        /* keep going while bots can move */
      }
    },
    ended: () => actor.getSnapshot().status === 'done',
    turnsResolved: () => state().history.length,
    actions: () => log.slice(),
    checkpoints: () => checkpoints.slice(),
    save: (meta) => saveFromLog(input, { actions: log, checkpoints, injections, letters }, state(), chain.hash(state()), meta),
    hash: () => chain.hash(state()),
    on(listener) {
      const subs = (['move.accepted', 'turn.resolved', 'stage.entered', 'game.ended'] as const).map((t) => actor.on(t, listener));
      return () => subs.forEach((s) => s.unsubscribe());
    },
    snapshot: () => actor.getPersistedSnapshot(),
    stop: () => actor.stop(),
  };
}

/** A letter as it would be kept: its text cleaned (letters.ts), no other fields. */
function cleanDraft(draft: LetterDraft): LetterDraft {
  const text = cleanLetterText(typeof draft.text === 'string' ? draft.text : '');
  return { to: draft.to, line: draft.line, text, ...(draft.offer !== undefined ? { offer: draft.offer } : {}) };
}

/**
 * Plays a whole game with bots in every seat; returns the final state and the log: the runner's
 * game with `runBots()`, played without an actor (botGame.ts).
 */
export function playBotGame(input: NewGameInput, options: { reasons?: boolean } = {}): { state: GameState; actions: Action[] } {
  const seats = { ...DEFAULT_SEATS, ...input.seats };
  for (const seat of SEATS)
    if (!seats[seat].startsWith('bot:')) throw new Error(`playBotGame needs a bot in every seat; ${seat} is ${seats[seat]}`);
  const actions: Action[] = [];
  const state = playBots(createInitialState({ ...input, seats }), { reasons: options.reasons ?? true, log: actions });
  return { state, actions };
}
