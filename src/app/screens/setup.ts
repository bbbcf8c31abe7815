/**
 * The Setup screen's view model: each seat with its objectives (most weighty first), the bot
 * personalities that can play the other seats, and the difficulties.
 */
import type { BotName } from '../../bots/personalities';
import { SCENARIO } from '../../model/data/scenario';
import { rulesFor } from '../../model/ruleset';
import { SEATS, type Seat } from '../../model/types';
import { PLAYABLE_BOTS } from '../session';
import { DIFFICULTIES, type Difficulty, type LanguageId } from '../settings';
import * as T from '../text';

export interface SeatChoiceVM {
  seat: Seat;
  name: string;
  /** Who the seat is, in a sentence or two. */
  long: string;
  /** The seat's objectives, most weighty first. */
  goals: string[];
}

export interface BotChoiceVM {
  id: BotName;
  name: string;
  desc: string;
}

export interface SetupVM {
  seats: SeatChoiceVM[];
  bots: BotChoiceVM[];
  difficulties: { id: Difficulty; label: string; desc: string }[];
}

export function setupVM(lang: LanguageId): SetupVM {
  return {
    seats: SEATS.map((seat) => ({
      seat,
      name: T.seatName(lang, seat),
      long: T.tr(lang, `seat.${seat}.long`),
      goals: rulesFor(SCENARIO)
        .objectives.filter((o) => o.seat === seat)
        .sort((a, b) => b.weight - a.weight)
        .map((o) => T.objectiveLabel(lang, o.id)),
    })),
    bots: PLAYABLE_BOTS.map((id) => ({ id, name: T.botName(lang, id), desc: T.tr(lang, `bot.${id}.desc`) })),
    difficulties: DIFFICULTIES.map((id) => ({
      id,
      label: T.tr(lang, `ui.difficulty.${id}`),
      desc: T.tr(lang, `ui.difficulty.${id}.desc`),
    })),
  };
}
