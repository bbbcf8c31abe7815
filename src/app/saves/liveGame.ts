/**
 * A game being played in this page, around a runner that may come from a resumed save or a
 * take-over branch. It implements the local client (`{ send, subscribe, getView }`) and adds the
 * state hash and the months resolved. (The save's `meta`, title and parent, is kept by the library.)
 */
import { err, ok, type Result } from '../../model/result';
import type { SaveFile } from '../../codec/save';
import { inputOf } from '../../engine/replay';
import { createGame, type GameRunner } from '../../engine/runner';
import type { Seat } from '../../model/types';
import { clientFromRunner, type RunnerClient } from '../client';
import { hotSeatFromRunner, humanSeats } from '../hotseat';

export const APP_ID = 'quiet-channel-web';

export type SaveMetaField = NonNullable<SaveFile['meta']>;

/** A game being played in this page: the local client over its runner. */
export type LiveGame = RunnerClient;

/** Wraps a runner as the page's client for `seat` (see `clientFromRunner`). */
export function liveFromRunner(runner: GameRunner, seat: Seat): LiveGame {
  return clientFromRunner(runner, seat, APP_ID);
}

/** The seat a person played in a save (the first, if several), or null for a game of bots. */
export function humanSeat(save: Pick<SaveFile, 'seats'>): Seat | null {
  for (const s of ['us', 'dprk', 'rok'] as const) if (save.seats[s] === 'human') return s;
  return null;
}

/**
 * Rebuilds a saved game as a live game: its actions and injected events are replayed through a
 * new runner, and its checkpoints must match the replay's, so a resumed game is the same game.
 * A save with several people's seats comes back as a hot-seat game.
 */
export function resumeSave(save: SaveFile): Result<LiveGame> {
  const seat = humanSeat(save);
  if (!seat) return err('This game has no seat for a person to play; open it in the replay viewer instead.');
  const humans = humanSeats(save.seats);
  if (save.result) return err('This game is over; open it in the replay viewer instead.');
  const runner = createGame(inputOf(save), { checkpoints: true });
  const injections = save.injections ?? [];
  let next = 0;
  const fail = (message: string): Result<LiveGame> => {
    runner.stop();
    return err(message);
  };
  const injectUpTo = (turn: number): string | null => {
    while (next < injections.length && (injections[next] as { turn: number }).turn <= turn) {
      const r = runner.inject((injections[next++] as { event: string }).event);
      if (!r.ok) return r.error;
    }
    return null;
  };
  for (const a of save.actions) {
    const bad = injectUpTo(a.turn);
    if (bad) return fail(bad);
    const r = runner.play(a.seat, a.move, a.reason);
    if (!r.ok) return fail(r.error);
  }
  const bad = injectUpTo(runner.state().turn);
  if (bad) return fail(bad);
  const mine = runner.checkpoints();
  for (const c of save.checkpoints) {
    const m = mine.find((x) => x.turn === c.turn);
    if (m && m.hash !== c.hash) return fail(`The saved game does not replay: month ${c.turn} differs from its checkpoint.`);
  }
  return ok(humans.length > 1 ? hotSeatFromRunner(runner, humans, APP_ID) : liveFromRunner(runner, seat));
}
