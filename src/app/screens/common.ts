/**
 * The view models of the game's screens, one file per screen beside this one (board, cards,
 * resolution, ending, setup; the saved-games and replay screens' are in ../saves/viewModels.ts):
 * plain data with every string already in the player's language, pure functions of the
 * `PlayerView`, tested without a browser. Scenes take the view from the session only to route (is
 * there a game, has it ended) and to hand it to their view model; they lay out the result and send
 * intents, and read neither the view's fields nor the model themselves.
 *
 * This file: what several screens' view models share: the player's polarity for each indicator (from the
 * seat's objectives), indicator values over time, month labels, cause and source wording, and who
 * controls a seat. Pure functions over the `PlayerView`, so they run without a browser.
 */
import { SCENARIO } from '../../model/data/scenario';
import { rulesFor } from '../../model/ruleset';
import { calendar } from '../../model/state';
import { INDICATOR_IDS, type IndicatorId, type Indicators, type Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import type { LanguageId } from '../settings';
import * as T from '../text';

export type Trend = 'up' | 'down' | 'flat';
/** Whether a rise is good for the player's seat (from its objectives), bad, or neither. */
export type Polarity = 1 | -1 | 0;

/** The seat the screens speak for: the player's, or Washington's in the all-seeing replay view. */
export function viewSeat(view: Pick<PlayerView, 'seat'>): Seat {
  return view.seat === 'all' ? 'us' : view.seat;
}

/** Which way each indicator is good for `seat`, by the objectives of the game's scenario version. */
export function polarityFor(seat: Seat, scenario: PlayerView['scenario'] = SCENARIO): Record<IndicatorId, Polarity> {
  const out = Object.fromEntries(INDICATOR_IDS.map((id) => [id, 0])) as Record<IndicatorId, Polarity>;
  for (const o of rulesFor(scenario).objectives) {
    if (o.seat !== seat) continue;
    if (o.measure.kind === 'high') out[o.measure.indicator] = 1;
    if (o.measure.kind === 'low') out[o.measure.indicator] = -1;
  }
  return out;
}

/** Indicator values before any change this game (start values, with what-if overrides). */
export function startIndicators(view: PlayerView): Indicators {
  const start = { ...view.indicators };
  for (const c of view.changes) start[c.indicator] -= c.delta;
  return start;
}

/** Values at the end of each month: index 0 is the start, index n the end of month n. */
export function indicatorSeries(view: PlayerView): Indicators[] {
  return [startIndicators(view), ...view.history.map((h) => h.indicators)];
}

export function dateLabel(lang: LanguageId, view: Pick<PlayerView, 'date'>): string {
  return T.month(lang, view.date.year, view.date.month);
}

export function monthOfTurn(lang: LanguageId, turn: number): string {
  const { year, month } = calendar(turn);
  return T.month(lang, year, month);
}

export function causeText(lang: LanguageId, cause: string): string {
  return cause === 'hidden' ? T.tr(lang, 'ui.history.hiddenCause') : T.causeLabel(lang, cause);
}

/**
 * Who plays `seat`, as the player on `mine` reads it: "You" for the player's own seat, "Person"
 * for another seat played by people (hot-seat on this device, or another team in network play),
 * else the bot's name.
 */
export function controllerLabel(lang: LanguageId, seats: PlayerView['seats'], seat: Seat, mine: Seat): string {
  const c = seats[seat];
  if (c === 'human') return T.tr(lang, seat === mine ? 'ui.setup.human' : 'ui.setup.person');
  return T.botName(lang, c.slice(4));
}

/**
 * A source note in the player's language. The model's sources are English sentences naming a
 * claim of GAME-BRIEF.md; other languages get "Article, claim 9" (or "historical fact", "game rule").
 */
export function sourceLabel(lang: LanguageId, source: string): string {
  if (!source) return '';
  if (lang === 'en') return source;
  const claims = /Claims? ([0-9]+[a-c]?(?:(?:,| and| und) ?[0-9]+[a-c]?)*)/.exec(source);
  if (claims && claims[1]) return T.tr(lang, 'ui.source.claims', { n: claims[1].replace(/ and /g, ', ') });
  if (/fact/i.test(source)) return T.tr(lang, 'ui.source.fact');
  if (/rule/i.test(source)) return T.tr(lang, 'ui.source.rule');
  return T.tr(lang, 'ui.source.article');
}
