/**
 * A bot's structured reason (src/bots/reasons.ts) in words. One wording for every language: the
 * translations (`botReasonText` in ./index.ts) and the game log's English (`logReason` in ./log.ts)
 * both call it with their own dictionary.
 */
import type { BotReason, BotWhy } from '../bots/reasons';
import { formatSignedDelta, type Language, type Params } from './format';

/** Looks a key up in one language's dictionary and fills its placeholders. */
export type Say = (key: string, params?: Params) => string;

function why(say: Say, lang: Language, w: BotWhy): string {
  switch (w.code) {
    case 'indicator':
      return say(w.delta > 0 ? 'botReason.raises' : 'botReason.lowers', {
        indicator: say(`indicator.${w.indicator}.name`),
        delta: formatSignedDelta(lang, w.delta),
      });
    case 'tag':
      return say('botReason.tag', { line: say(`botReason.tag.${w.tag}`) });
    // The readings go in as they are: the log has always written them so.
    case 'progress':
      return say('botReason.progress', { trust: String(w.trust), determination: String(w.determination) });
    case 'stance':
      return say(w.wanted ? 'botReason.stance.wanted' : 'botReason.stance.settles', { position: say(`position.${w.position}`) });
    case 'random':
      return say('botReason.random', { among: String(w.among) });
    case 'forecast': {
      const params = { futures: String(w.futures), move: say(`move.${w.move}.name`), score: String(w.expected), plan: w.plan };
      if (w.deals > 0) return say('botReason.forecast.deal', { ...params, count: String(w.deals) });
      if (w.risk)
        return say('botReason.forecast.risk', { ...params, count: String(w.riskCount), ending: say(`botReason.ending.${w.risk}`) });
      return say('botReason.forecast.open', params);
    }
    case 'refused':
    case 'walkOut':
    case 'thrift':
    case 'none':
      return say(`botReason.${w.code}`);
  }
}

/** "Washington (dealmaker): raises Trust (+5)". */
export function wordBotReason(say: Say, lang: Language, r: BotReason): string {
  return say('botReason.line', { seat: say(`seat.${r.seat}`), bot: r.bot, why: why(say, lang, r.why) });
}
