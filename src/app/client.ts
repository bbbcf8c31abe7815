/**
 * The one way the browser talks to a game: a `GameClient`. Scenes send intents and render views;
 * they never touch the engine. Three kinds of client implement it, and say which they are:
 * - `local`: one person against bots; the engine runs in this page and the bots move right after
 *   the person seals a move (`createLocalClient`).
 * - `hotSeat`: several people share this device (src/app/hotseat.ts).
 * - `network`: a classroom game (src/app/net.ts over src/net/client.ts); the server is the
 *   authority and keeps the game's record.
 * A game whose engine runs here keeps its record here (`LocalGame`: its save file and state hash);
 * a network client holds a seat's view only, so it offers neither.
 */
import { chooseMove, type BotChoice } from '../bots/choose';
import { logReason } from '../i18n/log';
import { err, ok, type Result } from '../model/result';
import type { SaveFile } from '../codec/save';
import type { ClientUpdate, Intent } from '../engine/intent';
import { createGame, type GameRunner } from '../engine/runner';
import type { GameEmitted } from '../machine/events';
import type { NewGameInput } from '../model/state';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { currentThinker, SLOW_BOTS, type Think, type Thinking } from './thinker';

export type { ClientUpdate, Intent } from '../engine/intent';

/** Written into the saves this page makes (`meta.app`). */
export const APP_ID = 'quiet-channel-web';

export type ClientKind = 'local' | 'hotSeat' | 'network';

interface ClientBase {
  readonly kind: ClientKind;
  /** The seat whose view this client shows (in hot-seat, the seat holding the device). */
  readonly seat: Seat;
  send(intent: Intent): Result<void>;
  subscribe(listener: (update: ClientUpdate) => void): () => void;
  getView(): PlayerView;
  /** Releases the engine (or the connection) and every listener. */
  dispose(): void;
}

/** A game whose engine runs in this page (one person, or hot-seat): it has a record that can be saved. */
export interface LocalGame extends ClientBase {
  readonly kind: 'local' | 'hotSeat';
  /** The slow bot deciding now (in the thinker's worker), or null: for a "thinking…" on the board. */
  thinking(): Thinking | null;
  /** Told when a slow bot begins deciding and when it stops (null); returns the unsubscribe. */
  onThinking(listener: (t: Thinking | null) => void): () => void;
  /** The game so far as a save file (the log of actions, replayable anywhere). */
  saveFile(): SaveFile;
  /** The current state's hash, as the CLI computes it for this game's save. */
  hash(): string;
  turnsResolved(): number;
}

/** A game played on the classroom server: this page holds one seat's view, not the game's record. */
export interface NetworkClient extends ClientBase {
  readonly kind: 'network';
}

export type GameClient = LocalGame | NetworkClient;

/** True for a game this page runs and can save; false for a network game (and no game). */
export function isLocalGame(c: GameClient | null | undefined): c is LocalGame {
  return c !== null && c !== undefined && c.kind !== 'network';
}

/**
 * The local client's machinery over a runner, shared by the one-person game and hot-seat. The seat
 * the client speaks for is `pickSeat()`, asked again after every change (hot-seat hands the device
 * on; a one-person game always answers the same seat). Bots that move before the person are played
 * at once, as in a new game; after each sealed move the bots move and listeners get the new view,
 * what the engine emitted meanwhile, and whatever `extend` adds (the hand-off for hot-seat).
 */
export function clientOverRunner<U extends ClientUpdate, K extends LocalGame['kind']>(
  runner: GameRunner,
  kind: K,
  pickSeat: () => Seat,
  extend: (update: ClientUpdate, from: Seat, to: Seat) => U,
): LocalGame & { readonly kind: K; subscribe(listener: (update: U) => void): () => void } {
  const listeners = new Set<(u: U) => void>();
  let buffer: GameEmitted[] = [];
  const off = runner.on((e) => buffer.push(e));
  let disposed = false;
  const think = hasSlowBot(runner) ? currentThinker() : null;
  /** Bots' moves in order: with a thinker they may take a while, and the board does not wait. */
  let settling: Promise<void> = Promise.resolve();
  let thinking: Thinking | null = null;
  const thinkingListeners = new Set<(t: Thinking | null) => void>();
  const setThinking = (t: Thinking | null) => {
    thinking = t;
    for (const l of [...thinkingListeners]) l(t);
  };
  const stopThinking = () => {
    if (thinking) setThinking(null);
  };
  const settle = (t: Think): Promise<void> =>
    (settling = settling.then(() => settleBots(runner, t, () => !disposed, setThinking).finally(stopThinking)));
  const publish = (from: Seat, before: number, letter = false) => {
    const after = runner.turnsResolved();
    seat = pickSeat();
    view = runner.view(seat);
    const base: ClientUpdate = {
      view,
      events: buffer,
      resolvedTurn: after > before ? after : null,
      ...(letter ? { letter: true as const } : {}),
    };
    const update = extend(base, from, seat);
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
    kind,
    get seat() {
      return seat;
    },
    getView: () => view,
    thinking: () => thinking,
    onThinking(listener) {
      thinkingListeners.add(listener);
      return () => thinkingListeners.delete(listener);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(intent) {
      if (disposed) return err('The game has been closed.');
      const from = seat;
      const before = runner.turnsResolved();
      if (intent.type === 'letter.send') {
        // A letter changes no state: it waits beside the game, and the recipient reads it when it holds the device.
        const sentLetter = runner.sendLetter(from, intent.letter);
        if (!sentLetter.ok) return sentLetter;
        publish(from, before, true);
        return ok(undefined);
      }
      if (intent.type !== 'move.play') return err('Unknown intent.');
      const r = runner.play(from, intent.move, intent.reason ?? '', intent.table);
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
    saveFile: () => runner.save({ app: APP_ID }),
    hash: () => runner.hash(),
    turnsResolved: () => runner.turnsResolved(),
    dispose() {
      if (disposed) return;
      disposed = true;
      listeners.clear();
      thinkingListeners.clear();
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
async function settleBots(runner: GameRunner, think: Think, live: () => boolean, thinking: (t: Thinking | null) => void): Promise<void> {
  while (live() && !runner.ended()) {
    const all = runner.view('all');
    const seat = SEATS.find((s) => botOf(all.seats[s]) !== null && !all.committed[s]);
    if (!seat) return;
    const bot = botOf(all.seats[seat]) as string;
    // Bots ignore letters: their view carries none (so letters can never change a bot game).
    const view = runner.view(seat, { letters: [] });
    let choice: BotChoice | null = null;
    if (SLOW_BOTS.has(bot)) {
      thinking({ seat, bot });
      choice = await think(view, bot).catch(() => null);
      if (live()) thinking(null);
    }
    if (!live()) return;
    choice ??= chooseMove(view, bot);
    const r = runner.play(seat, choice.move, logReason(choice.reason), choice.table);
    if (!r.ok) throw new Error(`bot ${bot} chose an illegal move: ${r.error}`);
  }
}

/** Wraps a runner (a new game, a resumed save, a take-over branch) as the page's client for one person in `seat`. */
export function clientFromRunner(runner: GameRunner, seat: Seat): LocalGame {
  return clientOverRunner(
    runner,
    'local',
    () => seat,
    (u) => u,
  );
}

/** A new game played in this page by one person in `seat`. */
export function createLocalClient(input: NewGameInput, seat: Seat): LocalGame {
  return clientFromRunner(createGame(input, { checkpoints: true }), seat);
}
