/**
 * The one way the browser talks to a game: `{ send, subscribe, getView }`. Scenes send intents and
 * render views; they never touch the runner. The local client runs the engine in this page and
 * plays the bots right after the person seals a move; a network client (later) will implement the
 * same interface over a socket, with the server as the authority.
 */
import { chooseMove } from '../bots/choose';
import { err, ok, type Result } from '../codec/result';
import type { SaveFile } from '../codec/save';
import type { GameEmitted } from '../machine/events';
import { createGame, type GameRunner } from '../engine/runner';
import type { NewGameInput } from '../model/state';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { currentThinker, SLOW_BOTS, type Think } from './thinker';

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
  let disposed = false;
  const think = hasSlowBot(runner) ? currentThinker() : null;
  /** Bots' moves in order: with a thinker they may take a while, and the board does not wait. */
  let settling: Promise<void> = Promise.resolve();
  const settle = (t: Think): Promise<void> => (settling = settling.then(() => settleBots(runner, t, () => !disposed)));
  const publish = (from: Seat, before: number) => {
    const after = runner.turnsResolved();
    seat = pickSeat();
    view = runner.view(seat);
    const update = extend({ view, events: buffer, resolvedTurn: after > before ? after : null }, from, seat);
    buffer = [];
    for (const l of [...listeners]) l(update);
  };
  // Bots may move first when the person's seat has not yet been reached; a loaded game may end on a bot's turn.
  const opening = runner.turnsResolved();
  /** Moves sent so far: each is answered by one update, as without a thinker. */
  let sent = 0;
  if (think) {
    void settle(think).then(() => {
      if (!disposed && sent === 0 && runner.turnsResolved() > opening) publish(seat, opening);
    });
  } else {
    runner.runBots();
  }
  let seat = pickSeat();
  let view: PlayerView = runner.view(seat);
  buffer = [];
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
      sent++;
      if (think) {
        void settle(think).then(() => {
          if (!disposed) publish(from, before);
        });
        return ok(undefined);
      }
      runner.runBots();
      publish(from, before);
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

function botOf(controller: string): string | null {
  return controller.startsWith('bot:') ? controller.slice(4) : null;
}

function hasSlowBot(runner: GameRunner): boolean {
  const seats = runner.view('all').seats;
  return SEATS.some((s) => SLOW_BOTS.has(botOf(seats[s]) ?? ''));
}

/**
 * Plays this month's bot moves in seat order, as `runner.runBots` does, but asks `think` for the
 * slow bots' moves and waits for them (a failed worker falls back to deciding here).
 */
async function settleBots(runner: GameRunner, think: Think, live: () => boolean): Promise<void> {
  while (live() && !runner.ended()) {
    const all = runner.view('all');
    const seat = SEATS.find((s) => botOf(all.seats[s]) !== null && !all.committed[s]);
    if (!seat) return;
    const bot = botOf(all.seats[seat]) as string;
    const view = runner.view(seat);
    let choice = SLOW_BOTS.has(bot) ? await think(view, bot).catch(() => null) : null;
    if (!live()) return;
    choice ??= chooseMove(view, bot);
    const r = runner.play(seat, choice.move, choice.reason);
    if (!r.ok) throw new Error(`bot ${bot} chose an illegal move: ${r.error}`);
  }
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
