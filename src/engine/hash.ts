/**
 * State hashes. A game's state grows every month (its moves, changes and news), so hashing the
 * whole of it after every month would cost time quadratic in the game's length. Instead the
 * hash is a chain: each month's link is a SHA-256 over the previous link and that month's own
 * records (canonical JSON), and a state's hash is a SHA-256 over the last link and everything
 * in the state that is not a log. It commits to the whole game exactly as a hash of the whole
 * state would, and the replay extends it one month at a time.
 */
import { canonicalJson, type KnownTexts } from '../codec/canonicalJson';
import { sha256Hex } from '../codec/sha256';
import type { GameState } from '../model/types';

/** The first link: what the game was started with. */
export function genesisLink(s: GameState): string {
  return sha256Hex(canonicalJson({ scenario: s.scenario, seed: s.seed, settings: s.settings, seats: s.seats }));
}

/** The link for month `turn`, from the previous link and that month's records. */
export function monthLink(prev: string, s: GameState, turn: number): string {
  const record = s.history[turn - 1];
  // `revealedOn` changes after the month closes, so it is committed to in the state part instead.
  const moves = s.moves
    .filter((m) => m.turn === turn)
    .map((m) => ({ turn: m.turn, seat: m.seat, move: m.move, secret: m.secret, reason: m.reason }));
  return sha256Hex(
    prev +
      canonicalJson({
        record,
        moves,
        changes: s.changes.filter((c) => c.turn === turn),
        news: s.news.filter((n) => n.turn === turn),
      }),
  );
}

/**
 * The table's offers, each written once: an offer is replaced when it changes, never mutated
 * (tableResolve.ts, tableDeal.ts), and the table is in the state part that every checkpoint hashes
 * whole, so a long game's hundreds of offers are not walked again at each month.
 */
const OFFER_TEXTS: KnownTexts = new WeakMap();

function stateLink(last: string, s: GameState): string {
  const { moves, changes: _c, news: _n, history: _h, ...rest } = s;
  const reveals = moves.filter((m) => m.revealedOn !== undefined).map((m) => [m.turn, m.seat, m.revealedOn]);
  for (const o of s.table?.offers ?? []) if (!OFFER_TEXTS.has(o)) OFFER_TEXTS.set(o, canonicalJson(o));
  return sha256Hex(last + canonicalJson({ ...rest, reveals }, OFFER_TEXTS));
}

/** The hash of a state, computed from scratch (the CLI's `hash`). */
export function stateHash(s: GameState): string {
  let link = genesisLink(s);
  for (let t = 1; t <= s.history.length; t++) link = monthLink(link, s, t);
  return stateLink(link, s);
}

/**
 * Keeps the chain as a game advances, so each month's checkpoint costs one month's hashing.
 * Nothing is hashed until the first `hash` (a bot game that is never saved hashes nothing).
 */
export function createHashChain(initial: GameState): { hash(s: GameState): string } {
  let link: string | null = null;
  let months = 0;
  return {
    hash(s) {
      link ??= genesisLink(initial);
      while (months < s.history.length) link = monthLink(link, s, ++months);
      return stateLink(link, s);
    },
  };
}
