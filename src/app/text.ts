/**
 * Every string the browser shows goes through here: UI labels (`ui.*`, from src/i18n/ui) and the
 * game's texts (moves, events, endings…, from src/i18n). One module, so a renamed i18n function
 * is fixed in one place.
 */
import * as i18n from '../i18n';
import { ui as uiDe } from '../i18n/ui/de';
import { ui as uiEn } from '../i18n/ui/en';
import { ui as uiKo } from '../i18n/ui/ko';
import type { Explanation } from '../model/explain';
import type { SeatResult, Verdict } from '../model/score';
import type { IndicatorId, NewsItem, Seat } from '../model/types';
import type { LanguageId } from './settings';

export const UI_STRINGS: Readonly<Record<LanguageId, Readonly<Record<string, string>>>> = { en: uiEn, de: uiDe, ko: uiKo };

export type Params = Record<string, string | number>;

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] !== undefined ? String(params[k]) : m));
}

/** A UI label (`ui.*`) or any game text key, in `lang`. Falls back to English, then to the key. */
export function tr(lang: LanguageId, key: string, params?: Params): string {
  if (key.startsWith('ui.')) {
    const s = UI_STRINGS[lang][key] ?? UI_STRINGS.en[key];
    return s === undefined ? key : interpolate(s, params);
  }
  return i18n.t(lang, key, params);
}

export const GLOSSARY_TERMS: readonly string[] = i18n.GLOSSARY_TERMS;
export const BRIEFING_CARDS: readonly number[] = i18n.BRIEFING_CARDS;

/** Every game text of a language (for preloading its glyphs). */
export function allTexts(lang: LanguageId): string[] {
  return [...Object.values(i18n.GAME_TEXTS[lang]), ...Object.values(UI_STRINGS[lang]), ...Object.values(i18n.COURSE_TEXTS[lang])];
}

export const num = (lang: LanguageId, n: number): string => i18n.formatNumber(lang, n);
export const signed = (lang: LanguageId, n: number): string => i18n.formatSignedDelta(lang, n);
export const month = (lang: LanguageId, year: number, m: number): string => i18n.formatMonth(lang, year, m);
export const moveName = (lang: LanguageId, id: string): string => i18n.moveName(lang, id);
export const moveDesc = (lang: LanguageId, id: string): string => i18n.t(lang, `move.${id}.desc`);
export const indicatorName = (lang: LanguageId, id: IndicatorId): string => i18n.t(lang, `indicator.${id}.name`);
export const indicatorDesc = (lang: LanguageId, id: IndicatorId): string => i18n.t(lang, `indicator.${id}.desc`);
export const indicatorShort = (lang: LanguageId, id: IndicatorId): string => tr(lang, `ui.indicator.short.${id}`);
export const statusText = (lang: LanguageId, id: string, value: string | number): string => i18n.t(lang, `status.${id}.${value}`);
export const stageName = (lang: LanguageId, track: string, stage: string): string => i18n.t(lang, `stage.${track}.${stage}.name`);
export const seatName = (lang: LanguageId, seat: Seat): string => i18n.t(lang, `seat.${seat}`);
export const botName = (lang: LanguageId, bot: string): string => i18n.t(lang, `bot.${bot}`);
export const endingText = (lang: LanguageId, id: string, part: 'title' | 'summary' | 'reality'): string =>
  i18n.t(lang, `ending.${id}.${part}`);
export const causeLabel = (lang: LanguageId, cause: string): string => i18n.causeLabel(lang, cause);
export const newsHeadline = (lang: LanguageId, item: NewsItem): string => i18n.newsHeadline(lang, item);
export const newsBody = (lang: LanguageId, item: NewsItem): string => i18n.newsBody(lang, item);
export const verdictText = (lang: LanguageId, v: Verdict): string => i18n.verdictText(lang, v);
export const objectiveLabel = (lang: LanguageId, id: string): string => i18n.objectiveLabel(lang, id);
export const tagName = (lang: LanguageId, tag: string): string => i18n.t(lang, `tag.${tag}`);

/**
 * The ending's explanation as sentences: how it ended and what moved the decisive numbers. The
 * three conditions and the turning points are drawn separately (with marks and dates), so their
 * sentences are left out here.
 */
export function explain(lang: LanguageId, e: Explanation, _results: Record<Seat, SeatResult>): string[] {
  const skip = new Set<string>([i18n.t(lang, 'explain.noTurningPoints')]);
  for (const c of ['determination', 'opposition', 'response']) {
    for (const k of ['held', 'missing']) skip.add(i18n.t(lang, `condition.${c}.${k}`).split('{')[0] ?? '');
  }
  return i18n
    .explainText(lang, e, undefined, { maxTurningPoints: 0, maxFactors: 5 })
    .filter((line) => ![...skip].some((p) => p.length > 0 && line.startsWith(p)));
}
