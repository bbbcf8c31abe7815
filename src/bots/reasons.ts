/**
 * Why a bot chose its move, as data: a typed code with its parameters. The bots never word it;
 * src/i18n does (`botReasonText` for any language, `logReason` for the game log's English).
 */
import type { MoveTag } from '../model/rules';
import type { IndicatorId, Seat } from '../model/types';
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
  | { code: 'random'; among: number };

export interface BotReason {
  seat: Seat;
  bot: BotName;
  why: BotWhy;
}

export interface BotChoice {
  move: string;
  reason: BotReason;
}
