/**
 * Opening a shared game: decode the link, replay it (recomputing bot reasons) and insist that the
 * replay reaches the state the link promises, so a damaged or tampered link is refused whole.
 */
import { decodeLink, encodeLink } from '../codec/link';
import { err, ok, type Result } from '../model/result';
import type { SaveFile } from '../codec/save';
import type { GameState } from '../model/types';
import { replaySave } from './replay';

export interface OpenedGame {
  /** The game as a full save file: reasons filled in, a checkpoint after every month. */
  save: SaveFile;
  state: GameState;
  hash: string;
}

/** Opens a share-link payload (the part after `#g=`). Never throws. */
export function openLink(payload: string): Result<OpenedGame> {
  const decoded = decodeLink(payload);
  if (!decoded.ok) return decoded;
  const link = decoded.value.save;
  const r = replaySave(link, { botReasons: true, record: true });
  if (!r.ok) return err(`This link is damaged: month ${r.divergence.turn}: ${r.divergence.message}.`);
  if (!r.hash.startsWith(decoded.value.hashPrefix)) {
    return err('This link has been altered: replaying it does not reach the game it describes.');
  }
  // Moves are resolved in seat order within a month, so look each action's reason up by month and seat.
  const reasonOf = new Map(r.state.moves.map((m) => [`${m.turn}:${m.seat}`, m.reason]));
  const save: SaveFile = {
    ...link,
    actions: link.actions.map((a) => ({ ...a, reason: reasonOf.get(`${a.turn}:${a.seat}`) ?? a.reason })),
    checkpoints: r.checkpoints,
    ...(r.state.ending !== null ? { result: { ending: r.state.ending, turn: r.state.endedOn ?? r.state.turn, hash: r.hash } } : {}),
  };
  return ok({ save, state: r.state, hash: r.hash });
}

/** Makes a share-link payload for a save whose final hash is known. */
export function shareLink(save: SaveFile, finalHash: string, base = ''): Result<string> {
  return encodeLink(save, finalHash, base);
}
