/**
 * The game log's own words. A bot's reason is recorded in English in the game state, which is
 * hashed and saved, so it is worded from the English dictionary alone, whatever the player's
 * language. The engine imports this module only, not the translations.
 */
import type { BotReason } from '../bots/reasons';
import { wordBotReason } from './botReason';
import { fill, type Params } from './format';
import { game } from './game/en';

const say = (key: string, params?: Params): string => fill(Object.hasOwn(game, key) ? (game[key] as string) : key, params);

/** A bot's reason as the log records it: "Washington (dealmaker): raises Trust (+5)". */
export function logReason(r: BotReason): string {
  return wordBotReason(say, 'en', r);
}
