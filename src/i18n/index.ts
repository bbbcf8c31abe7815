/**
 * Quiet Channel's translations: English, German and Korean.
 *
 * `t(lang, key, params)` looks a key up in the merged dictionaries of a language (game texts from
 * `./game/<lang>.ts`, interface texts from `./ui/<lang>.ts`), fills `{name}` placeholders, and
 * falls back to English and then to the key itself. The helpers below turn the model's data
 * (move ids, news items, causes of changes, the explanation of an ending) into sentences.
 *
 * Plain TypeScript: no DOM, no Node, no rendering; only `Intl` for numbers and dates.
 */
import type { BotReason } from '../bots/reasons';
import { MOVES_BY_ID } from '../model/data/moves';
import { CONDITION_THRESHOLDS, REFUSAL_THRESHOLDS } from '../model/conditions';
import { keyTurningPoints, type DealBreak, type Explanation, type Factor, type TurningPoint } from '../model/explain';
import type { Verdict } from '../model/score';
import { calendar } from '../model/state';
import { SEATS, type EndingId, type IndicatorId, type NewsItem, type Seat, type StatusId, type TrackId } from '../model/types';
import { course as courseDe } from './course/de';
import { course as courseEn } from './course/en';
import { course as courseKo } from './course/ko';
import { JOIN_TEXTS } from './course/join';
import { game as gameDe } from './game/de';
import { game as gameEn } from './game/en';
import { game as gameKo } from './game/ko';
import { LETTER_TEXTS } from './game/letters';
import { TABLE_TEXTS } from './game/table';
import { ui as uiDe } from './ui/de';
import { ui as uiEn } from './ui/en';
import { ui as uiKo } from './ui/ko';
import { wordBotReason } from './botReason';
import { LANGUAGES, cached, fill, formatNumber, formatSignedDelta, type Language, type Params } from './format';

export { LANGUAGES, LOCALES, fill, formatNumber, formatSignedDelta, type Language, type Params } from './format';

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for a language picker. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch', ko: '한국어' };

/** Terms the glossary explains (`glossary.<term>.term` / `.def`), in display order. */
export const GLOSSARY_TERMS = [
  'backchannel',
  'cvid',
  'freeze',
  'sanctionsRelief',
  'armistice',
  'costSharing',
  'jointExercises',
  'strategicAssets',
  'impeachmentRuling',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** Numbers of the briefing cards (`briefing.<n>.title` / `.body`) and debrief questions (`discussion.<n>`). */
export const BRIEFING_CARDS = [1, 2, 3, 4, 5, 6] as const;
export const DISCUSSION_QUESTIONS = [1, 2, 3, 4, 5, 6] as const;

/** The game's own dictionaries and the interface's, per language, for tests and tooling. */
export const GAME_TEXTS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { ...gameEn, ...TABLE_TEXTS.en, ...LETTER_TEXTS.en },
  de: { ...gameDe, ...TABLE_TEXTS.de, ...LETTER_TEXTS.de },
  ko: { ...gameKo, ...TABLE_TEXTS.ko, ...LETTER_TEXTS.ko },
};
export const UI_TEXTS: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: uiEn, de: uiDe, ko: uiKo };

/** The classroom course's texts (cohorts, deadlines, memos, rubric, exports, the students' join page), per language. */
export const COURSE_TEXTS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { ...courseEn, ...JOIN_TEXTS.en },
  de: { ...courseDe, ...JOIN_TEXTS.de },
  ko: { ...courseKo, ...JOIN_TEXTS.ko },
};

const DICTS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { ...GAME_TEXTS.en, ...uiEn, ...COURSE_TEXTS.en },
  de: { ...GAME_TEXTS.de, ...uiDe, ...COURSE_TEXTS.de },
  ko: { ...GAME_TEXTS.ko, ...uiKo, ...COURSE_TEXTS.ko },
};

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/** The first supported language among preferences like `['de-AT', 'en']` (e.g. `navigator.languages`), else English. */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const p of preferences) {
    const base = p.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function lookup(lang: Language, key: string): string | undefined {
  const dict = DICTS[lang];
  if (!Object.hasOwn(dict, key)) return undefined;
  const v = dict[key];
  return v === undefined || v === '' ? undefined : v;
}

/** The text for `key` in `lang`, else in English, else the key itself; with `{name}` placeholders filled. */
export function t(lang: Language, key: string, params?: Params): string {
  return fill(lookup(lang, key) ?? lookup('en', key) ?? key, params);
}

/** Whether `lang` itself (not the English fallback) has a text for `key`. */
export function has(lang: Language, key: string): boolean {
  return lookup(lang, key) !== undefined;
}

// ── Numbers and dates ─────────────────────────────────────────────────────────────────────────

const percentFormats = new Map<Language, Intl.NumberFormat>();
const monthFormats = new Map<Language, Intl.DateTimeFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

/** Percentage points (0–100) as a percentage: `71` → "71%" / "71 %" / "71%". */
export function formatPercent(lang: Language, points: number): string {
  return cached(percentFormats, lang, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(points / 100);
}

/** A calendar month: "March 2025", "März 2025", "2025년 3월". `month` is 1–12. */
export function formatMonth(lang: Language, year: number, month: number): string {
  const f = cached(monthFormats, lang, (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The month a game turn falls in (turn 1 is January 2025). */
export function formatTurn(lang: Language, turn: number): string {
  const { year, month } = calendar(turn);
  return formatMonth(lang, year, month);
}

/** `base.zero`, `base.one` or `base.other`, by the language's plural rules. */
function pluralKey(lang: Language, base: string, n: number): string {
  if (n === 0) return `${base}.zero`;
  const rule = cached(pluralRules, lang, (l) => new Intl.PluralRules(l)).select(n);
  return `${base}.${rule === 'one' ? 'one' : 'other'}`;
}

// ── Names of the model's things ───────────────────────────────────────────────────────────────

/** Why a bot chose its move, in `lang` (the log itself keeps English: see ./log.ts). */
export function botReasonText(lang: Language, reason: BotReason): string {
  return wordBotReason((key, params) => t(lang, key, params), lang, reason);
}

export function seatName(lang: Language, seat: Seat, long = false): string {
  return t(lang, long ? `seat.${seat}.long` : `seat.${seat}`);
}

/** A move's card title; `null` (another seat's secret move) reads "Secret move". */
export function moveName(lang: Language, id: string | null): string {
  return id === null ? t(lang, 'move.hidden.name') : t(lang, `move.${id}.name`);
}

export function moveDesc(lang: Language, id: string): string {
  return t(lang, `move.${id}.desc`);
}

export function indicatorName(lang: Language, id: IndicatorId): string {
  return t(lang, `indicator.${id}.name`);
}

export function indicatorDesc(lang: Language, id: IndicatorId): string {
  return t(lang, `indicator.${id}.desc`);
}

/** A status's value (`troops` is a number and formatted as one). */
export function statusValue(lang: Language, id: StatusId, value: string | number): string {
  return typeof value === 'number' ? formatNumber(lang, value) : t(lang, `status.${id}.${value}`);
}

export function stageName(lang: Language, track: TrackId, stage: string): string {
  return t(lang, `stage.${track}.${stage}.name`);
}

export function endingTitle(lang: Language, id: EndingId): string {
  return t(lang, `ending.${id}.title`);
}

export function objectiveLabel(lang: Language, id: string): string {
  return t(lang, `objective.${id}`);
}

/** "Win", "Sieg", "승리". */
export function verdictText(lang: Language, verdict: Verdict): string {
  return t(lang, `verdict.${verdict}`);
}

/** "Washington: 64 of 100 points, Win." */
export function resultText(lang: Language, seat: Seat, result: { score: number; verdict: Verdict }): string {
  return t(lang, 'explain.seat', {
    seat: seatName(lang, seat),
    score: formatNumber(lang, result.score),
    verdict: verdictText(lang, result.verdict),
  });
}

/**
 * What caused a change, as a noun phrase for "trust −18 from …": a move id (`us.sendEnvoy`),
 * `event.<id>`, `stage.<track>.<stage>`, `drift.<id>`, `drift`, or `hidden` (a secret move).
 */
export function causeLabel(lang: Language, cause: string): string {
  if (cause === 'hidden') return t(lang, 'cause.hidden');
  if (cause === 'drift') return t(lang, 'cause.drift');
  if (cause.startsWith('event.')) return has('en', `${cause}.cause`) ? t(lang, `${cause}.cause`) : t(lang, `${cause}.title`);
  if (cause.startsWith('stage.')) return t(lang, 'cause.stage', { stage: t(lang, `${cause}.name`) });
  if (cause.startsWith('drift.')) return t(lang, cause);
  if (cause.startsWith('note.')) return t(lang, `${cause}.cause`);
  // Version 3: an offer's price at home, and a deal's term carried out.
  if (cause.startsWith('table.offer.')) return t(lang, 'cause.tableOffer');
  if (cause.startsWith('deal.')) return t(lang, 'cause.dealTerm', { term: termName(lang, cause.slice('deal.'.length)) });
  const move = MOVES_BY_ID[cause];
  if (move) return t(lang, 'cause.move', { move: moveName(lang, cause), seat: seatName(lang, move.seat) });
  return cause;
}

// ── News ──────────────────────────────────────────────────────────────────────────────────────

function str(params: NewsItem['params'], name: string): string | undefined {
  const v = params?.[name];
  return v === undefined ? undefined : String(v);
}

/** The headline of a news item: an event (or its outcome), a stage entered, or a refused step. */
export function newsHeadline(lang: Language, item: Pick<NewsItem, 'id' | 'params'>): string {
  const { id, params } = item;
  if (id.startsWith('event.')) {
    const outcome = str(params, 'outcome');
    if (outcome !== undefined && has('en', `${id}.outcome.${outcome}`)) return t(lang, `${id}.outcome.${outcome}`);
    return t(lang, `${id}.title`);
  }
  if (id.startsWith('stage.')) {
    const fills: Record<string, string> = {};
    const winner = str(params, 'winner');
    const deal = str(params, 'deal');
    if (winner !== undefined) fills.winner = t(lang, `winner.${winner}`);
    if (deal !== undefined) fills.deal = t(lang, `deal.${deal}`);
    return t(lang, `${id}.news`, fills);
  }
  return t(lang, id, id.startsWith('note.') ? tableFills(lang, params) : params);
}

/** A term's name (scenario version 3's negotiation table). */
export function termName(lang: Language, id: string): string {
  return t(lang, `term.${id}.name`);
}

/** The table's news name seats, terms and kinds of action: their words, not their ids. */
function tableFills(lang: Language, params: NewsItem['params']): Params | undefined {
  if (!params) return params;
  const out: Record<string, string | number> = { ...params };
  for (const k of ['from', 'to', 'side'] as const) {
    const v = params[k];
    if (typeof v === 'string' && (SEATS as readonly string[]).includes(v)) out[k] = seatName(lang, v as Seat);
  }
  if (typeof params.term === 'string') out.term = termName(lang, params.term);
  if (typeof params.kind === 'string') out.kind = t(lang, `table.kind.${params.kind}`);
  return out;
}

/** The body of a news item: what happened and why, in one to three sentences. */
export function newsBody(lang: Language, item: Pick<NewsItem, 'id' | 'params'>): string {
  const { id, params } = item;
  const parts: string[] = [];
  if (id.startsWith('event.')) {
    parts.push(t(lang, `${id}.body`));
    const revealed = params?.revealed;
    if (typeof revealed === 'number')
      parts.push(t(lang, pluralKey(lang, 'news.revealed', revealed), { count: formatNumber(lang, revealed) }));
    if (params?.injected !== undefined) parts.push(t(lang, 'news.injected'));
  } else if (id.startsWith('stage.')) {
    const signal = str(params, 'signal');
    if (signal !== undefined && has('en', `signal.${signal}`)) parts.push(t(lang, `signal.${signal}`));
    const deal = str(params, 'deal');
    if (deal !== undefined && has('en', `deal.${deal}.terms`)) parts.push(t(lang, `deal.${deal}.terms`));
    parts.push(t(lang, `${id}.desc`));
  } else if (id.startsWith('note.')) {
    const reason = id.slice('note.'.length);
    if (has('en', `${id}.hint`)) parts.push(t(lang, `${id}.hint`, { ...params, ...REFUSAL_THRESHOLDS[reason] }));
  }
  return parts.join(' ');
}

// ── Explaining an ending ──────────────────────────────────────────────────────────────────────

export interface ExplainOptions {
  /** How many of the explanation's factors to put into words (default 4). */
  maxFactors?: number;
  /** How many turning points to list, the latest ones (default 10). */
  maxTurningPoints?: number;
}

/** "Trust −18 from the leak of the channel." */
export function factorText(lang: Language, f: Factor): string {
  return t(lang, 'explain.factor', {
    indicator: indicatorName(lang, f.indicator),
    delta: formatSignedDelta(lang, f.total),
    cause: causeLabel(lang, f.cause),
  });
}

/** "June 2026: The deal broke: a missile test during implementation. Each month … a 7% chance." */
export function dealBreakText(lang: Language, b: DealBreak): string {
  return t(lang, 'explain.dealBreak', {
    date: formatMonth(lang, b.date.year, b.date.month),
    what: t(lang, `note.dealBroken.${b.cause}`),
    odds: t(lang, `note.dealBroken.${b.cause}.hint`, { chance: formatNumber(lang, b.chance) }),
  });
}

/** "March 2025: Court upholds impeachment: election within 60 days". */
export function turningPointText(lang: Language, p: TurningPoint): string {
  return t(lang, 'explain.turningPoint', {
    date: formatMonth(lang, p.date.year, p.date.month),
    headline: newsHeadline(lang, { id: p.id, ...(p.params ? { params: p.params } : {}) }),
  });
}

/**
 * Why the game ended as it did, as sentences in the player's language: when and how it ended,
 * which of the article's three conditions held, what moved the decisive numbers most, the
 * turning points with their dates, and (if given) each seat's score and verdict.
 */
export function explainText(
  lang: Language,
  explanation: Explanation,
  results?: Partial<Record<Seat, { score: number; verdict: Verdict }>>,
  options: ExplainOptions = {},
): string[] {
  const out: string[] = [];
  const end = calendar(explanation.turns);
  out.push(
    t(lang, 'explain.ended', {
      date: formatMonth(lang, end.year, end.month),
      turns: formatNumber(lang, explanation.turns),
      ending: endingTitle(lang, explanation.ending),
    }),
  );

  const conditions = Object.keys(CONDITION_THRESHOLDS) as (keyof Explanation['conditions'])[];
  const held = conditions.filter((c) => explanation.conditions[c]).length;
  out.push(t(lang, 'explain.conditions', { held: formatNumber(lang, held) }));
  for (const c of conditions) {
    out.push(t(lang, `condition.${c}.${explanation.conditions[c] ? 'held' : 'missing'}`, CONDITION_THRESHOLDS[c]));
  }

  const factors = explanation.factors.slice(0, options.maxFactors ?? 4);
  if (factors.length > 0) {
    out.push(t(lang, 'explain.factors'));
    for (const f of factors) out.push(factorText(lang, f));
  }

  if (explanation.dealBreaks.length > 0) {
    out.push(t(lang, 'explain.dealBreaks'));
    for (const b of explanation.dealBreaks) out.push(dealBreakText(lang, b));
  }

  const max = options.maxTurningPoints ?? 10;
  const points = max > 0 ? keyTurningPoints(explanation.turningPoints, max) : [];
  if (points.length > 0) {
    out.push(t(lang, 'explain.turningPoints'));
    for (const p of points) out.push(turningPointText(lang, p));
  } else {
    out.push(t(lang, 'explain.noTurningPoints'));
  }

  if (results) {
    for (const seat of SEATS) {
      const r = results[seat];
      if (r) out.push(resultText(lang, seat, r));
    }
  }
  return out;
}
