/**
 * Where a hot-seat game goes next (src/app/hotseat.ts). Kept out of the scenes so that Board,
 * Resolution and the hand-off screen agree on one rule:
 *
 * - after a person seals a move, the device is handed on (HandOffScene) unless the game is over,
 *   when the last month's news and the ending may show everything;
 * - after the hand-off, the new holder first sees the news of the latest month (from its own side)
 *   if it has not yet, then its desk (the Board).
 */
import type { ClientUpdate } from '../../app/client';
import { isHotSeat, type HotSeatUpdate } from '../../app/hotseat';
import type { Session } from '../../app/session';
import { SceneKeys, type SceneKey } from '../keys';

export interface Route {
  key: SceneKey;
  data: Record<string, unknown>;
}

/** After an update on the Board: the hot-seat route, or null for the usual one-person flow. */
export function routeAfterSeal(session: Session, u: ClientUpdate): Route | null {
  const c = session.client;
  if (!isHotSeat(c)) return null;
  if (u.view.ending !== null) return { key: SceneKeys.Resolution, data: { turn: u.resolvedTurn ?? u.view.history.length } };
  const to = (u as HotSeatUpdate).to ?? c.seat;
  return { key: SceneKeys.HandOff, data: { seat: to } };
}

/**
 * Where a resumed game opens: a hot-seat game on the hand-off screen for the seat whose move is
 * due (whoever holds the device must not see a desk that is not theirs), any other on the Board.
 */
export function routeAfterResume(session: Session): Route {
  const c = session.client;
  if (isHotSeat(c) && c.getView().ending === null) return { key: SceneKeys.HandOff, data: { seat: c.seat } };
  return { key: SceneKeys.Board, data: {} };
}

/** After the next team confirms on the hand-off screen. */
export function routeAfterHandOff(session: Session): Route {
  const c = session.client;
  if (!isHotSeat(c)) return { key: SceneKeys.Board, data: {} };
  const resolved = c.turnsResolved();
  if (c.seenTurn(c.seat) < resolved) return { key: SceneKeys.Resolution, data: { turn: resolved } };
  return { key: SceneKeys.Board, data: {} };
}

/** The Resolution screen marks the month as seen by the seat that holds the device. */
export function markNewsSeen(session: Session, turn: number): void {
  const c = session.client;
  if (isHotSeat(c)) c.markSeen(c.seat, turn);
}
