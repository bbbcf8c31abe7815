/**
 * Why a bot chose its move, as data: a typed code with its parameters. The bots never word it;
 * src/i18n does (`botReasonText` for any language, `logReason` for the game log's English).
 */
import type { MoveTag } from '../model/rules';
import type { TableAction } from '../model/table';
import type { EndingId, IndicatorId, Seat } from '../model/types';
import type { BotName } from './personalities';

/** The strongest single part of the chosen card's score (or how the random bot picked). */
export type BotWhy =
  | { code: 'indicator'; indicator: IndicatorId; delta: number }
  | { code: 'tag'; tag: MoveTag }
  /** The card's signal would move the talks on now; the readings it was judged on. */
  | { code: 'progress'; trust: number; determination: number }
  | { code: 'refused' }
  | { code: 'walkOut' }
  | { code: 'stance'; position: string; wanted: boolean }
  | { code: 'thrift' }
  | { code: 'none' }
  | { code: 'random'; among: number }
  /**
   * The strategist's forecast for the card it plays: over `futures` sampled futures, a deal in
   * `deals`; otherwise the likeliest ending other than the status quo (`risk`, in `riskCount` of
   * them) or none; its expected score, and the personality it plans to play on as.
   */
  | {
      code: 'forecast';
      move: string;
      futures: number;
      deals: number;
      risk: EndingId | null;
      riskCount: number;
      expected: number;
      plan: BotName;
    };

export interface BotReason {
  seat: Seat;
  bot: BotName;
  why: BotWhy;
}

export interface BotChoice {
  move: string;
  reason: BotReason;
  /** The table action sealed with the card (scenario version 3), if the bot takes one. */
  table?: TableAction;
}
