/** Which moves a seat may play now. */
import type { MoveDef } from './rules';
import { rulesFor } from './ruleset';
import { costOf, holds } from './state';
import type { TableAction } from './table';
import { whyTableIllegal } from './tableRules';
import type { GameState, Seat } from './types';

/** True when `move` is a move of `seat` that it may play in this state's current turn. */
export function isLegalMove(s: GameState, seat: Seat, move: string): boolean {
  const def = rulesFor(s.scenario).movesById[move];
  return def !== undefined && def.seat === seat && s.ending === null && s.pending[seat] === undefined && allowed(s, def);
}

function allowed(s: GameState, def: MoveDef): boolean {
  return costIfAllowed(s, def) !== null;
}

/** The move's capital cost now if the seat may play it, else null (one reckoning of the cost for both). */
function costIfAllowed(s: GameState, def: MoveDef): number | null {
  const cost = costOf(s, def);
  if (s.capital[def.seat] < cost) return null;
  if (def.once && s.used.includes(def.id)) return null;
  return holds(s, def.requires) ? cost : null;
}

/** `legalMoves` with each move's cost now: what a view's hand shows. */
export function legalMovesWithCost(s: GameState, seat: Seat): { def: MoveDef; cost: number }[] {
  if (s.ending !== null || s.pending[seat] !== undefined) return [];
  const out: { def: MoveDef; cost: number }[] = [];
  for (const def of rulesFor(s.scenario).movesBySeat[seat]) {
    const cost = costIfAllowed(s, def);
    if (cost !== null) out.push({ def, cost });
  }
  return out;
}

/** Every move the seat may play this turn, in table order (empty once it has chosen). */
export function legalMoves(s: GameState, seat: Seat): MoveDef[] {
  if (s.ending !== null || s.pending[seat] !== undefined) return [];
  return rulesFor(s.scenario).movesBySeat[seat].filter((m) => allowed(s, m));
}

/** Why a move is not playable now, for error messages and greyed-out cards. */
export function whyIllegal(s: GameState, seat: Seat, move: string): string | null {
  const def = rulesFor(s.scenario).movesById[move];
  if (!def) return `there is no move "${move}"`;
  if (def.seat !== seat) return `${move} belongs to ${def.seat}, not ${seat}`;
  if (s.ending !== null) return 'the game is over';
  if (s.pending[seat] !== undefined) return `${seat} has already chosen a move this turn`;
  const cost = costOf(s, def);
  if (s.capital[seat] < cost) return `${move} costs ${cost} capital and ${seat} has ${s.capital[seat]}`;
  if (def.once && s.used.includes(def.id)) return `${move} can be played only once a game`;
  if (!holds(s, def.requires)) return `the situation does not allow ${move} now`;
  return null;
}

/**
 * Why a seat's play for the month — its card and, in version 3, the table action sealed with it —
 * is not allowed now, or null. The card and the action must be affordable together.
 */
export function whyIllegalPlay(s: GameState, seat: Seat, move: string, table?: TableAction): string | null {
  const why = whyIllegal(s, seat, move);
  if (why || !table) return why;
  const def = rulesFor(s.scenario).movesById[move] as MoveDef;
  return whyTableIllegal(s, seat, table, costOf(s, def));
}

/** True when the seat may seal this card (and table action) now. */
export function isLegalPlay(s: GameState, seat: Seat, move: string, table?: TableAction): boolean {
  if (!table) return isLegalMove(s, seat, move);
  return whyIllegalPlay(s, seat, move, table) === null;
}
