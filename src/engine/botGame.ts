/**
 * Games with a bot in every seat, played without an actor: each seat's bot chooses from its brief
 * view, its move is sealed as the runner seals it, and the month closes through the statechart's
 * own transitions (month.ts). This is what `sim`, the lab and the turning points' futures play;
 * the runner (runner.ts) keeps the actor for games people play, replays and saves. The state
 * reached is the runner's with `runBots()`, field for field (tests/engine/botGame.test.ts).
 */
import { chooseMove } from '../bots/choose';
import { logReason } from '../i18n/log';
import { isLegalPlay } from '../model/legal';
import { commitMove } from '../model/resolve';
import { normalTableAction } from '../model/tableShape';
import { SEATS, type GameState, type Seat } from '../model/types';
import { playerView } from '../model/view';
import { closeMonth } from './month';
import type { Action } from './saveFile';

export interface BotLoopOptions {
  /**
   * Word each bot's reason for the log, as the runner does (default). Without, reasons are empty:
   * the ending, indicators, scores and news are the same (no rule reads a reason), only the moves'
   * records and the state's hash differ. The lab's counts and the turning points' futures use this.
   */
  reasons?: boolean;
  /** Receives each accepted move, as the runner's `actions()` lists them. */
  log?: Action[];
}

/** The bot of a seat (`bot:hawk` → `hawk`), or null for a person. */
export function botOf(state: GameState, seat: Seat): string | null {
  const c = state.seats[seat];
  return c.startsWith('bot:') ? c.slice(4) : null;
}

/** Seals a move for a seat as the runner does; throws (as the runner does for a bot) when the move is illegal. */
export function sealChecked(s: GameState, seat: Seat, move: string, reason: string, table?: Parameters<typeof isLegalPlay>[3]): GameState {
  if (!isLegalPlay(s, seat, move, table)) throw new Error(`Turn ${s.turn}: ${seat} cannot play ${move}.`);
  return commitMove(s, seat, move, reason, table && normalTableAction(table));
}

/**
 * Plays the bots from a state until the game ends (or a seat without a bot must move: then the
 * state is returned as the runner's `runBots()` leaves it). Pure: the same state gives the same game.
 */
export function playBots(start: GameState, o: BotLoopOptions = {}): GameState {
  const reasons = o.reasons ?? true;
  let s = start;
  while (s.endedOn === null && s.ending === null) {
    for (const seat of SEATS) {
      if (s.pending[seat] !== undefined) continue;
      const bot = botOf(s, seat);
      if (!bot) continue;
      const c = chooseMove(playerView(s, seat, { brief: true }), bot);
      const reason = reasons ? logReason(c.reason) : '';
      s = sealChecked(s, seat, c.move, reason, c.table);
      if (o.log) {
        const table = s.pending[seat]?.table;
        o.log.push({ turn: s.turn, seat, move: c.move, reason, ...(table ? { table } : {}) });
      }
    }
    if (s.pending.us === undefined || s.pending.dprk === undefined || s.pending.rok === undefined) return s;
    s = closeMonth(s);
  }
  return s;
}
