/**
 * A bot's structured reason (src/bots/reasons.ts) in words. One wording for every language: the
 * translations (`botReasonText` in ./index.ts) and the game log's English (`logReason` in ./log.ts)
 * both call it with their own dictionary.
 */
import type { BotReason, BotWhy, TableWhy } from '../bots/reasons';
import { formatNumber, formatSignedDelta, type Language, type Params } from './format';

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
      const text =
        w.deals > 0
          ? say('botReason.forecast.deal', { ...params, count: String(w.deals) })
          : w.risk
            ? say('botReason.forecast.risk', { ...params, count: String(w.riskCount), ending: say(`botReason.ending.${w.risk}`) })
            : say('botReason.forecast.open', params);
      if (!w.answers?.length) return text;
      const news = w.answers.map((id) => say(`event.${id}.title`)).join(', ');
      return say('botReason.forecast.answers', { why: text, news });
    }
    case 'refused':
    case 'shapeDeal':
    case 'walkOut':
    case 'thrift':
    case 'none':
      return say(`botReason.${w.code}`);
  }
}

/** A table action's reason (version 3): what it did and the worth and aspiration it judged by. */
function tableWhy(say: Say, lang: Language, w: TableWhy): string {
  const n = (x: number) => formatNumber(lang, x);
  switch (w.code) {
    case 'accept':
      return say('botReason.table.accept', {
        seat: say(`seat.${w.from}`),
        worth: n(w.worth),
        aspiration: n(w.aspiration),
        strategy: say(`botReason.strategy.${w.strategy}`),
      });
    case 'propose':
      return say(`botReason.table.propose.${w.line}`, {
        seat: say(`seat.${w.to}`),
        worth: n(w.worth),
        aspiration: n(w.aspiration),
        strategy: say(`botReason.strategy.${w.strategy}`),
      });
    case 'publicLine':
      return say('botReason.table.publicLine', { seat: say(`seat.${w.to}`), asks: n(w.asks) });
    case 'reject':
      return say('botReason.table.reject', { seat: say(`seat.${w.from}`), worth: n(w.worth) });
    case 'randomTable':
      return say('botReason.table.random');
    case 'forecastTable':
      return say('botReason.table.forecast', {
        kind: say(`botReason.tableKind.${w.kind}`),
        futures: n(w.futures),
        score: n(w.expected),
      });
  }
}

/** "Washington (dealmaker): raises Trust (+5)", and its table action's reason when it took one. */
export function wordBotReason(say: Say, lang: Language, r: BotReason): string {
  const card = why(say, lang, r.why);
  const words = r.table ? say('botReason.withTable', { why: card, table: tableWhy(say, lang, r.table) }) : card;
  return say('botReason.line', { seat: say(`seat.${r.seat}`), bot: r.bot, why: words });
}
