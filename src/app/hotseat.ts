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
import { err, ok, type Result } from '../model/result';
import type { ClientUpdate } from '../engine/intent';
import { createGame, type GameRunner } from '../engine/runner';
import type { NewGameInput } from '../model/state';
import { SEATS, type Seat } from '../model/types';
import { clientOverRunner, type GameClient, type LocalGame } from './client';

export interface HotSeatUpdate extends ClientUpdate {
  /** The seat that played (the previous holder of the device). */
  from: Seat;
  /** The seat that holds the device now; a hand-off is needed when it differs from `from`. */
  to: Seat;
}

export interface HotSeatClient extends LocalGame {
  readonly kind: 'hotSeat';
  /** The people's seats, in playing order. */
  readonly humans: readonly Seat[];
  /** The last month whose news `seat` has seen (0 before the first resolution). */
  seenTurn(seat: Seat): number;
  markSeen(seat: Seat, turn: number): void;
}

export function isHotSeat(c: GameClient | null | undefined): c is HotSeatClient {
  return c?.kind === 'hotSeat';
}

/** The seats a person plays in a game with these controllers (a seat left out is a person's). */
export function humanSeats(seats: NewGameInput['seats']): Seat[] {
  return SEATS.filter((s) => (seats?.[s] ?? 'human') === 'human');
}

/**
 * A game with more than one human seat on this device, over `runner` (a new game, or a save
 * rebuilt by `resumeSave`). Months already resolved count as seen by everyone: their news is in
 * the history.
 */
export function hotSeatFromRunner(runner: GameRunner, humans: readonly Seat[]): HotSeatClient {
  const seen = Object.fromEntries(SEATS.map((s) => [s, runner.turnsResolved()])) as Record<Seat, number>;
  /** The first person who has not sealed a move this month (or the first person once it ended). */
  const activeSeat = (): Seat => {
    if (runner.ended()) return humans[0] as Seat;
    // Any view tells which seats have sealed (`committed`, public); one is enough.
    const committed = runner.view(humans[0] as Seat).committed;
    return humans.find((s) => !committed[s]) ?? (humans[0] as Seat);
  };
  const base = clientOverRunner(runner, 'hotSeat', activeSeat, (u, from, to): HotSeatUpdate => ({ ...u, from, to }));
  return Object.assign(base, {
    humans,
    seenTurn: (s: Seat) => seen[s],
    markSeen(s: Seat, turn: number) {
      seen[s] = Math.max(seen[s], turn);
    },
  });
}

/** A new hot-seat game. */
export function createHotSeatClient(input: NewGameInput): Result<HotSeatClient> {
  const humans = humanSeats(input.seats);
  if (humans.length === 0) return err('A hot-seat game needs at least one person.');
  return ok(hotSeatFromRunner(createGame(input, { checkpoints: true }), humans));
}
