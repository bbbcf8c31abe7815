/**
 * Why a bot chose its move, as data: a typed code with its parameters. The bots never word it;
 * src/i18n does (`botReasonText` for any language, `logReason` for the game log's English).
 */
import type { MoveTag } from '../model/rules';
import type { OfferLine, TableAction } from '../model/table';
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
  /** Seoul consults while a US–DPRK package that touches its security is on the table (version 3, claim 10). */
  | { code: 'shapeDeal' }
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
      /** Version 5: the news the card brings as it answers a partner's move (event ids), where it does (src/model/answers.ts). */
      answers?: string[];
    };

/** A bargainer's concession strategy (src/bots/bargain.ts): late (Boulware), early (Conceder) or reciprocal. */
export type Strategy = 'boulware' | 'conceder' | 'titForTat';

/**
 * Why a bot took its table action (scenario version 3), as data. `worth` and `aspiration` are in
 * the bot's own score points (its valuation of the package, and the least it settles for now).
 */
export type TableWhy =
  | { code: 'accept'; from: Seat; worth: number; aspiration: number; strategy: Strategy }
  | { code: 'propose'; to: Seat; line: OfferLine; worth: number; aspiration: number; strategy: Strategy }
  /** A hard-liner's public demand of `asks` terms, before it bargains in secret. */
  | { code: 'publicLine'; to: Seat; asks: number }
  | { code: 'reject'; from: Seat; worth: number }
  | { code: 'randomTable' }
  /** The strategist's table action, with the futures it was judged on. */
  | { code: 'forecastTable'; kind: TableAction['kind']; futures: number; expected: number };

export interface BotReason {
  seat: Seat;
  bot: BotName;
  why: BotWhy;
  /** Why it took its table action, if it took one (version 3). */
  table?: TableWhy;
}

export interface BotChoice {
  move: string;
  reason: BotReason;
  /** The table action sealed with the card (scenario version 3), if the bot takes one. */
  table?: TableAction;
}
