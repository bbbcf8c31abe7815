/**
 * Hot-seat: two or three people share one device. One engine, one view per seat (`runner.view`).
 * Within a month the human seats play in the fixed order (Washington, Pyongyang, Seoul); the
 * client's `seat` and `getView()` follow the seat whose turn it is, so every screen shows only
 * what that seat may see. Between two seats the UI puts up a hand-off screen (HandOffScene) that
 * shows nothing of either desk until the next team confirms. After the last person seals, the bots
 * seal, the month resolves and the first person of the next month is up.
 *
 * Each seat remembers the last month whose news it has been shown, so after a hand-off a seat sees
 * the month's news from its own side (its own secret moves, the others' as "a secret move").
 */
import { err, ok, type Result } from '../codec/result';
import type { GameEmitted } from '../machine/events';
import { createGame, type GameRunner } from '../engine/runner';
import type { NewGameInput } from '../model/state';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import type { ClientUpdate, LocalClient } from './client';

export interface HotSeatUpdate extends ClientUpdate {
  /** The seat that played (the previous holder of the device). */
  from: Seat;
  /** The seat that holds the device now; a hand-off is needed when it differs from `from`. */
  to: Seat;
}

export interface HotSeatClient extends LocalClient {
  readonly hotSeat: true;
  /** The people's seats, in playing order. */
  readonly humans: readonly Seat[];
  /** The last month whose news `seat` has seen (0 before the first resolution). */
  seenTurn(seat: Seat): number;
  markSeen(seat: Seat, turn: number): void;
  turnsResolved(): number;
}

export function isHotSeat(c: unknown): c is HotSeatClient {
  return typeof c === 'object' && c !== null && (c as { hotSeat?: unknown }).hotSeat === true;
}

/**
 * A game with more than one human seat on this device. `actions` (from a save) are replayed first.
 */
export function createHotSeatClient(input: NewGameInput, actions: readonly { seat: Seat; move: string; reason: string }[] = []): Result<HotSeatClient> {
  const humans = SEATS.filter((s) => (input.seats?.[s] ?? 'human') === 'human');
  if (humans.length === 0) return err('A hot-seat game needs at least one person.');
  const runner: GameRunner = createGame(input, { checkpoints: true });
  for (const a of actions) {
    const r = runner.play(a.seat, a.move, a.reason);
    if (!r.ok) {
      runner.stop();
      return err(r.error);
    }
  }
  runner.runBots();
  const listeners = new Set<(u: ClientUpdate) => void>();
  let buffer: GameEmitted[] = [];
  const off = runner.on((e) => buffer.push(e));
  buffer = [];
  let disposed = false;
  // A continued game has shown every resolved month to everyone (the news is in the history).
  const seen = Object.fromEntries(SEATS.map((s) => [s, runner.turnsResolved()])) as Record<Seat, number>;

  /** The first person who has not sealed a move this month (or the first person once it ended). */
  const activeSeat = (): Seat => {
    if (runner.ended()) return humans[0] as Seat;
    for (const s of humans) if (runner.view(s).pending === null) return s;
    return humans[0] as Seat;
  };
  let active = activeSeat();
  let view: PlayerView = runner.view(active);

  const client: HotSeatClient = {
    hotSeat: true,
    humans,
    get seat() {
      return active;
    },
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(intent) {
      if (disposed) return err('The game has been closed.');
      if (intent.type !== 'move.play') return err('Unknown intent.');
      const from = active;
      const before = runner.turnsResolved();
      const r = runner.play(from, intent.move, intent.reason ?? '');
      if (!r.ok) return r;
      runner.runBots();
      const after = runner.turnsResolved();
      active = activeSeat();
      view = runner.view(active);
      const update: HotSeatUpdate = { view, events: buffer, resolvedTurn: after > before ? after : null, from, to: active };
      buffer = [];
      for (const l of [...listeners]) l(update);
      return ok(undefined);
    },
    seenTurn: (s) => seen[s],
    markSeen(s, turn) {
      seen[s] = Math.max(seen[s], turn);
    },
    turnsResolved: () => runner.turnsResolved(),
    saveFile: () => runner.save({ app: 'quiet-channel-web' }),
    dispose() {
      if (disposed) return;
      disposed = true;
      listeners.clear();
      off();
      runner.stop();
    },
  };
  return ok(client);
}
