/**
 * A saved game brought back to be played on: its log is folded into a new runner (checking every
 * checkpoint it passes), and the runner becomes the page's client for the people's seats.
 */
import { err, ok, type Result } from '../../model/result';
import type { SaveFile } from '../../codec/save';
import { describeRefusal, foldSave } from '../../engine/fold';
import { SEATS, type Seat } from '../../model/types';
import { clientFromRunner, type LocalGame } from '../client';
import { hotSeatFromRunner, humanSeats } from '../hotseat';

/** The seat a person played in a save (the first, if several), or null for a game of bots. */
export function humanSeat(save: Pick<SaveFile, 'seats'>): Seat | null {
  return SEATS.find((s) => save.seats[s] === 'human') ?? null;
}

/**
 * Rebuilds a saved game as a live game: its actions and injected events are folded into a new
 * runner, and its checkpoints must hold, so a resumed game is the same game. A save with several
 * people's seats comes back as a hot-seat game.
 */
export function resumeSave(save: SaveFile): Result<LocalGame> {
  const seat = humanSeat(save);
  if (!seat) return err('This game has no seat for a person to play; open it in the replay viewer instead.');
  if (save.result) return err('This game is over; open it in the replay viewer instead.');
  const r = foldSave(save, { verify: true, checkpoints: true });
  if (!r.ok) return err(`The saved game does not replay: ${describeRefusal(r.refusal)}`);
  const humans = humanSeats(save.seats);
  return ok(humans.length > 1 ? hotSeatFromRunner(r.value.game, humans) : clientFromRunner(r.value.game, seat));
}
