/**
 * The one way the browser talks to a game: `{ send, subscribe, getView }`. Scenes send intents and
 * render views; they never touch the runner. The local client runs the engine in this page and
 * plays the bots right after the person seals a move; a network client (later) will implement the
 * same interface over a socket, with the server as the authority.
 */
import { err, ok, type Result } from '../model/result';
import type { SaveFile } from '../codec/save';
import type { GameEmitted } from '../machine/events';
import { createGame, type GameRunner } from '../engine/runner';
import type { NewGameInput } from '../model/state';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';

/** What a person can ask for. One move per seat per month; sealing it ends the person's turn. */
export type Intent = { type: 'move.play'; move: string; reason?: string };

export interface ClientUpdate {
  view: PlayerView;
  /** What the engine emitted while handling the intent (moves accepted, stages, the ending). */
  events: GameEmitted[];
  /** The month that was resolved by this update, if one was. */
  resolvedTurn: number | null;
}

export interface GameClient {
  readonly seat: Seat;
  send(intent: Intent): Result<void>;
  subscribe(listener: (update: ClientUpdate) => void): () => void;
  getView(): PlayerView;
  /** Releases the engine and every listener. */
  dispose(): void;
}

export interface LocalClient extends GameClient {
  /** The game so far as a save file (the log of actions, replayable anywhere). */
  saveFile(): SaveFile;
}

/** A local client over a runner, with the state hash and the months resolved (for saves). */
export interface RunnerClient extends LocalClient {
  /** The current state's hash, as the CLI computes it for this game's save. */
  hash(): string;
  turnsResolved(): number;
}

/**
 * The local client's machinery over a runner, shared by the one-person game and hot-seat. The seat
 * the client speaks for is `pickSeat()`, asked again after every change (hot-seat hands the device
 * on; a one-person game always answers the same seat). Bots that move before the person are played
 * at once, as in a new game; after each sealed move the bots move and listeners get the new view,
 * what the engine emitted meanwhile, and whatever `extend` adds (the hand-off for hot-seat).
 */
export function clientOverRunner<U extends ClientUpdate>(
  runner: GameRunner,
  app: string,
  pickSeat: () => Seat,
  extend: (update: ClientUpdate, from: Seat, to: Seat) => U,
): RunnerClient & { subscribe(listener: (update: U) => void): () => void } {
  const listeners = new Set<(u: U) => void>();
  let buffer: GameEmitted[] = [];
  const off = runner.on((e) => buffer.push(e));
  // Bots may move first when the person's seat has not yet been reached; a loaded game may end on a bot's turn.
  runner.runBots();
  let seat = pickSeat();
  let view: PlayerView = runner.view(seat);
  buffer = [];
  let disposed = false;
  return {
    get seat() {
      return seat;
    },
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(intent) {
      if (disposed) return err('The game has been closed.');
      if (intent.type !== 'move.play') return err('Unknown intent.');
      const from = seat;
      const before = runner.turnsResolved();
      const r = runner.play(from, intent.move, intent.reason ?? '');
      if (!r.ok) return r;
      runner.runBots();
      const after = runner.turnsResolved();
      seat = pickSeat();
      view = runner.view(seat);
      const update = extend({ view, events: buffer, resolvedTurn: after > before ? after : null }, from, seat);
      buffer = [];
      for (const l of [...listeners]) l(update);
      return ok(undefined);
    },
    saveFile: () => runner.save({ app }),
    hash: () => runner.hash(),
    turnsResolved: () => runner.turnsResolved(),
    dispose() {
      if (disposed) return;
      disposed = true;
      listeners.clear();
      off();
      runner.stop();
    },
  };
}

/** Wraps a runner as the page's client for one person in `seat`. */
export function clientFromRunner(runner: GameRunner, seat: Seat, app = 'quiet-channel-web'): RunnerClient {
  return clientOverRunner(runner, app, () => seat, (u) => u);
}

/**
 * A new runner for `input` with `actions` (from a save) replayed first, in order, so a continued
 * game is the same game.
 */
export function runnerWithActions(input: NewGameInput, actions: readonly { seat: Seat; move: string; reason: string }[] = []): Result<GameRunner> {
  const runner: GameRunner = createGame(input, { checkpoints: true });
  for (const a of actions) {
    const r = runner.play(a.seat, a.move, a.reason);
    if (!r.ok) {
      runner.stop();
      return err(r.error);
    }
  }
  return ok(runner);
}

/** A game played in this page by one person in `seat`; `actions` (from a save) are replayed first. */
export function createLocalClient(input: NewGameInput, seat: Seat, actions: readonly { seat: Seat; move: string; reason: string }[] = []): Result<RunnerClient> {
  const runner = runnerWithActions(input, actions);
  return runner.ok ? ok(clientFromRunner(runner.value, seat)) : runner;
}
