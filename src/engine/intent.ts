/**
 * What a person asks of a game and what the game answers, the same whether the game runs in this
 * page (src/app/client.ts) or on the classroom server (src/net/client.ts).
 */
import type { GameEmitted } from '../machine/events';
import type { LetterDraft } from '../model/letters';
import type { TableAction } from '../model/table';
import type { PlayerView } from '../model/view';

/**
 * What a person can ask for. One move per seat per month; sealing it ends the person's turn. In
 * scenario version 3 a table action (propose, accept, reject) may be sealed with the card.
 */
export type Intent =
  | { type: 'move.play'; move: string; reason?: string; table?: TableAction }
  /** A letter to another seat or both (model/letters.ts); it does not end the turn and may be sent after the move is sealed. */
  | { type: 'letter.send'; letter: LetterDraft };

/** What a client delivers after a change: the new view and what happened meanwhile. */
export interface ClientUpdate {
  view: PlayerView;
  /** What the engine emitted while handling the change (moves accepted, stages, the ending). */
  events: GameEmitted[];
  /** The month that was resolved by this update, if one was. */
  resolvedTurn: number | null;
  /** True when the update only delivered a letter (nothing was sealed; no hand-off, no news). */
  letter?: true;
}
