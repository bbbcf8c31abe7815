/**
 * The adapter from a `PlayerView` to what each screen draws: plain data with every string already
 * in the player's language. Scenes lay these out and send intents; they never read the view or
 * the model themselves. Pure functions, so they can be tested without a browser.
 */
import { MAX_CAPITAL, OBJECTIVES } from '../model/data/scenario';
import type { SeatResult } from '../model/score';
import { INDICATOR_IDS, SEATS, type Change, type IndicatorId, type Indicators, type NewsItem, type Seat } from '../model/types';
import type { MoveOption, PlayerView } from '../model/view';
import type { Difficulty, LanguageId } from './settings';
import * as T from './text';

export type Trend = 'up' | 'down' | 'flat';
/** Whether a rise is good for the player's seat (from its objectives), bad, or neither. */
export type Polarity = 1 | -1 | 0;

export interface IndicatorVM {
  id: IndicatorId;
  name: string;
  short: string;
  desc: string;
  value: number;
  /** Change since the end of the previous month (or since the start). */
  delta: number;
  trend: Trend;
  polarity: Polarity;
  /** Accessible summary: "Trust 21, up 6". */
  spoken: string;
}

export interface TouchVM {
  id: string;
  label: string;
  /** What the difficulty allows the card to show: "+6", "▲", "•". */
  mark: string;
  dir: 1 | -1 | 0;
  /** Good (1) or bad (−1) for the player, or 0 when unknown or hidden by the difficulty. */
  tone: 1 | -1 | 0;
}

export interface CardVM {
  id: string;
  name: string;
  desc: string;
  cost: number;
  secret: boolean;
  visibilityLabel: string;
  tags: string[];
  touches: TouchVM[];
  source: string;
}

export interface TrackVM {
  track: string;
  label: string;
  stage: string;
  stageName: string;
  /** 0–1 along the track, for the progress bar of the negotiation track. */
  progress: number;
}

export interface BoardVM {
  lang: LanguageId;
  seat: Seat;
  seatName: string;
  turn: number;
  maxTurns: number;
  dateLabel: string;
  turnLabel: string;
  capital: number;
  maxCapital: number;
  indicators: IndicatorVM[];
  tracks: TrackVM[];
  statuses: { id: string; label: string; value: string }[];
  hand: CardVM[];
  relations: { trust: number; alliance: number; interKorean: number; russiaTies: number; tension: number; sanctions: number; secrecy: number };
  negotiation: string;
  exercises: string;
  controllers: { seat: Seat; name: string; controller: string }[];
  ended: boolean;
}

const NEGOTIATION_ORDER = ['noContact', 'secretEnvoy', 'exploratory', 'formal', 'summit', 'agreement', 'implementation'];

export function polarityFor(seat: Seat): Record<IndicatorId, Polarity> {
  const out = Object.fromEntries(INDICATOR_IDS.map((id) => [id, 0])) as Record<IndicatorId, Polarity>;
  for (const o of OBJECTIVES) {
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

function previousValues(view: PlayerView): Indicators {
  const resolved = view.history.length;
  if (resolved >= 2) return (view.history[resolved - 2] as { indicators: Indicators }).indicators;
  return startIndicators(view);
}

export function dateLabel(lang: LanguageId, view: Pick<PlayerView, 'date'>): string {
  return T.month(lang, view.date.year, view.date.month);
}

export function monthOfTurn(lang: LanguageId, turn: number): string {
  const m = turn - 1;
  return T.month(lang, 2025 + Math.floor(m / 12), (m % 12) + 1);
}

function touchesOf(lang: LanguageId, m: MoveOption, difficulty: Difficulty, pol: Record<IndicatorId, Polarity>): TouchVM[] {
  const out: TouchVM[] = [];
  const deltas = m.effect.deltas ?? {};
  const sorted = (Object.keys(deltas) as IndicatorId[]).sort((a, b) => Math.abs(deltas[b] ?? 0) - Math.abs(deltas[a] ?? 0));
  for (const id of sorted) {
    const d = deltas[id] ?? 0;
    if (d === 0) continue;
    const dir = d > 0 ? 1 : -1;
    const mark = difficulty === 'easy' ? T.signed(lang, d) : difficulty === 'normal' ? (Math.abs(d) >= 8 ? (dir > 0 ? '▲▲' : '▼▼') : dir > 0 ? '▲' : '▼') : '•';
    const tone = difficulty === 'hard' ? 0 : ((dir * pol[id]) as 1 | -1 | 0);
    out.push({ id, label: T.indicatorShort(lang, id), mark, dir: difficulty === 'hard' ? 0 : dir, tone });
  }
  const e = m.effect;
  if (e.exercises) out.push({ id: 'exercises', label: T.tr(lang, 'ui.touch.exercises'), mark: difficulty === 'hard' ? '•' : e.exercises > 0 ? '▲' : '▼', dir: difficulty === 'hard' ? 0 : e.exercises, tone: 0 });
  if (e.troops) out.push({ id: 'troops', label: T.tr(lang, 'ui.touch.troops'), mark: difficulty === 'easy' ? T.signed(lang, e.troops) : difficulty === 'normal' ? (e.troops > 0 ? '▲' : '▼') : '•', dir: difficulty === 'hard' ? 0 : e.troops > 0 ? 1 : -1, tone: 0 });
  if (e.capital) {
    const c = Object.values(e.capital).reduce((a, b) => a + (b ?? 0), 0);
    if (c) out.push({ id: 'capital', label: T.tr(lang, 'ui.touch.capital'), mark: difficulty === 'hard' ? '•' : T.signed(lang, c), dir: difficulty === 'hard' ? 0 : c > 0 ? 1 : -1, tone: difficulty === 'hard' ? 0 : c > 0 ? 1 : -1 });
  }
  if (e.usPosition || e.dprkPosition) out.push({ id: 'position', label: T.tr(lang, 'ui.touch.position'), mark: '•', dir: 0, tone: 0 });
  if (m.signal) out.push({ id: 'signal', label: T.tr(lang, `ui.signal.${m.signal.split('.')[0]}`), mark: '→', dir: 0, tone: 0 });
  return out;
}

export function cardVM(lang: LanguageId, m: MoveOption, difficulty: Difficulty, seat: Seat): CardVM {
  const pol = polarityFor(seat);
  return {
    id: m.id,
    name: T.moveName(lang, m.id),
    desc: T.moveDesc(lang, m.id),
    cost: m.cost,
    secret: m.visibility === 'secret',
    visibilityLabel: T.tr(lang, m.visibility === 'secret' ? 'ui.card.secret' : 'ui.card.public'),
    tags: m.tags.map((tag) => T.tagName(lang, tag)),
    touches: touchesOf(lang, m, difficulty, pol),
    source: m.source,
  };
}

export function boardVM(view: PlayerView, lang: LanguageId, difficulty: Difficulty): BoardVM {
  const seat = view.seat === 'all' ? 'us' : view.seat;
  const prev = previousValues(view);
  const pol = polarityFor(seat);
  const indicators = INDICATOR_IDS.map((id): IndicatorVM => {
    const value = view.indicators[id];
    const delta = view.history.length === 0 ? 0 : value - prev[id];
    const trend: Trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
    const name = T.indicatorName(lang, id);
    return {
      id, name, short: T.indicatorShort(lang, id), desc: T.indicatorDesc(lang, id), value, delta, trend, polarity: pol[id],
      spoken: T.tr(lang, `ui.trend.spoken.${trend}`, { name, value: T.num(lang, value), delta: T.num(lang, Math.abs(delta)) }),
    };
  });
  const neg = view.tracks.negotiation;
  const tracks: TrackVM[] = (['negotiation', 'seoul', 'ukraine', 'cabinet'] as const).map((track) => {
    const stage = view.tracks[track];
    const idx = NEGOTIATION_ORDER.indexOf(stage);
    return {
      track, stage, label: T.tr(lang, `ui.track.${track}`), stageName: T.stageName(lang, track, stage),
      progress: track === 'negotiation' ? (stage === 'collapsed' ? 0 : Math.max(0, idx) / (NEGOTIATION_ORDER.length - 1)) : 0,
    };
  });
  const statuses = [
    { id: 'exercises', label: T.tr(lang, 'ui.status.exercises'), value: T.statusText(lang, 'exercises', view.statuses.exercises) },
    { id: 'troops', label: T.tr(lang, 'ui.status.troops'), value: T.num(lang, view.statuses.troops) },
    { id: 'seoulGovernment', label: T.tr(lang, 'ui.status.seoulGovernment'), value: T.statusText(lang, 'seoulGovernment', view.statuses.seoulGovernment) },
  ];
  const i = view.indicators;
  return {
    lang, seat, seatName: T.seatName(lang, seat), turn: view.turn, maxTurns: view.maxTurns,
    dateLabel: dateLabel(lang, view),
    turnLabel: T.tr(lang, 'ui.board.monthOf', { n: T.num(lang, Math.min(view.turn, view.maxTurns)), total: T.num(lang, view.maxTurns) }),
    capital: view.capital[seat] ?? 0, maxCapital: MAX_CAPITAL,
    indicators, tracks, statuses,
    hand: view.legal.map((m) => cardVM(lang, m, difficulty, seat)),
    relations: { trust: i.trust, alliance: i.alliance, interKorean: i.interKorean, russiaTies: i.russiaTies, tension: i.tension, sanctions: i.sanctions, secrecy: i.secrecy },
    negotiation: neg,
    exercises: view.statuses.exercises,
    controllers: SEATS.map((s) => ({ seat: s, name: T.seatName(lang, s), controller: controllerLabel(lang, view, s, seat) })),
    ended: view.ending !== null,
  };
}

/**
 * Who plays `s`, as `viewer` sees it: "You" only for the viewer's own seat; another person's seat
 * (hot-seat, or a classroom where every seat is "human" to the rules) says so; a bot is named.
 */
export function controllerLabel(lang: LanguageId, view: PlayerView, s: Seat, viewer: Seat): string {
  const c = view.seats[s];
  if (c !== 'human') return T.botName(lang, c.slice(4));
  return T.tr(lang, s === viewer ? 'ui.setup.human' : 'ui.board.otherHuman');
}

export interface HistoryEntryVM {
  turn: number;
  date: string;
  delta: number;
  deltaText: string;
  cause: string;
  source: string;
  /** "Trust −6, May 2025: DPRK missile test". */
  line: string;
}

function causeSource(lang: LanguageId, c: Change): string {
  if (c.cause === 'hidden') return T.tr(lang, 'ui.source.secret');
  if (c.seat) return T.seatName(lang, c.seat);
  const kind = c.cause.split('.')[0] ?? '';
  return T.tr(lang, `ui.source.${['event', 'stage', 'drift', 'deal'].includes(kind) ? kind : 'other'}`);
}

export function causeText(lang: LanguageId, cause: string): string {
  return cause === 'hidden' ? T.tr(lang, 'ui.history.hiddenCause') : T.causeLabel(lang, cause);
}

export function historyVM(view: PlayerView, id: IndicatorId, lang: LanguageId): HistoryEntryVM[] {
  const name = T.indicatorName(lang, id);
  return view.changes
    .filter((c) => c.indicator === id)
    .map((c) => {
      const date = monthOfTurn(lang, c.turn);
      const cause = causeText(lang, c.cause);
      const deltaText = T.signed(lang, c.delta);
      return {
        turn: c.turn, date, delta: c.delta, deltaText, cause, source: causeSource(lang, c),
        line: T.tr(lang, 'ui.history.line', { name, delta: deltaText, turn: T.num(lang, c.turn), date, cause }),
      };
    })
    .reverse();
}

export interface NewsVM {
  id: string;
  kind: 'event' | 'stage' | 'note';
  headline: string;
  body: string;
  source: string;
}

export interface ResolutionVM {
  turn: number;
  dateLabel: string;
  title: string;
  /** `timedOut`: the classroom server played it because the seat's month ran out of time. */
  moves: { seat: Seat; seatName: string; text: string; secret: boolean; hidden: boolean; mine: boolean; timedOut: boolean }[];
  news: NewsVM[];
  changes: { id: IndicatorId; name: string; before: number; after: number; delta: number; deltaText: string; polarity: Polarity; causes: string }[];
  announcement: string;
  ended: boolean;
}

export function newsVM(lang: LanguageId, n: NewsItem): NewsVM {
  const kind = n.id.startsWith('event.') ? 'event' : n.id.startsWith('stage.') ? 'stage' : 'note';
  return { id: n.id, kind, headline: T.newsHeadline(lang, n), body: T.newsBody(lang, n), source: n.source };
}

export function resolutionVM(view: PlayerView, turn: number, lang: LanguageId): ResolutionVM {
  const seat = view.seat === 'all' ? 'us' : view.seat;
  const pol = polarityFor(seat);
  const dLabel = monthOfTurn(lang, turn);
  const moves = view.moves.filter((m) => m.turn === turn).map((m) => ({
    seat: m.seat, seatName: T.seatName(lang, m.seat), secret: m.secret, hidden: m.move === null, mine: m.seat === seat,
    timedOut: m.timedOut === true,
    text: m.move === null ? T.tr(lang, 'ui.news.secretMove') : T.moveName(lang, m.move),
  }));
  const news = view.news.filter((n) => n.turn === turn).map((n) => newsVM(lang, n));
  const after = view.history[turn - 1]?.indicators ?? view.indicators;
  const sums = new Map<IndicatorId, number>();
  const causes = new Map<IndicatorId, Map<string, number>>();
  for (const c of view.changes) {
    if (c.turn !== turn) continue;
    sums.set(c.indicator, (sums.get(c.indicator) ?? 0) + c.delta);
    const m = causes.get(c.indicator) ?? new Map<string, number>();
    m.set(c.cause, (m.get(c.cause) ?? 0) + c.delta);
    causes.set(c.indicator, m);
  }
  const changes = INDICATOR_IDS.filter((id) => (sums.get(id) ?? 0) !== 0).map((id) => {
    const delta = sums.get(id) ?? 0;
    const top = [...(causes.get(id) ?? new Map<string, number>()).entries()]
      .filter(([, d]) => d !== 0)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, 2)
      .map(([c, d]) => `${causeText(lang, c)} ${T.signed(lang, d)}`)
      .join(' · ');
    return { id, name: T.indicatorName(lang, id), before: after[id] - delta, after: after[id], delta, deltaText: T.signed(lang, delta), polarity: pol[id], causes: top };
  }).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const headlines = news.slice(0, 3).map((n) => n.headline).join(' ');
  return {
    turn, dateLabel: dLabel, title: T.tr(lang, 'ui.news.title', { date: dLabel }), moves, news, changes,
    announcement: T.tr(lang, 'ui.announce.news', { date: dLabel, headlines: headlines || T.tr(lang, 'ui.news.quiet') }),
    ended: view.ending !== null && view.endedOn === turn,
  };
}

export interface VerdictVM {
  seat: Seat;
  seatName: string;
  controller: string;
  mine: boolean;
  verdict: string;
  verdictId: string;
  score: number;
  objectives: { label: string; met: number; weight: number }[];
}

export interface EndingVM {
  id: string;
  title: string;
  summary: string;
  reality: string;
  why: string[];
  dateLabel: string;
  verdicts: VerdictVM[];
  conditions: { label: string; held: boolean }[];
  turningPoints: { date: string; text: string }[];
  series: Indicators[];
  seriesLabels: string[];
  announcement: string;
}

export function endingVM(view: PlayerView, lang: LanguageId): EndingVM | null {
  if (view.ending === null || !view.results || !view.explanation) return null;
  const seat = view.seat === 'all' ? 'us' : view.seat;
  const results = view.results as Record<Seat, SeatResult>;
  const verdicts = SEATS.map((s): VerdictVM => {
    const r = results[s];
    return {
      seat: s, seatName: T.seatName(lang, s), mine: s === seat, verdictId: r.verdict, verdict: T.verdictText(lang, r.verdict), score: r.score,
      controller: view.seats[s] === 'human' ? T.tr(lang, 'ui.setup.human') : T.botName(lang, view.seats[s].slice(4)),
      objectives: r.objectives.map((o) => ({ label: T.objectiveLabel(lang, o.id), met: o.met, weight: o.weight })),
    };
  });
  const e = view.explanation;
  const title = T.endingText(lang, view.ending, 'title');
  const mine = verdicts.find((v) => v.mine);
  const turningPoints = e.turningPoints.map((tp) => ({
    date: T.month(lang, tp.date.year, tp.date.month),
    text: T.newsHeadline(lang, { turn: tp.turn, id: tp.id, source: '', ...(tp.params ? { params: tp.params } : {}) }),
  }));
  const series = indicatorSeries(view);
  return {
    id: view.ending, title,
    summary: T.endingText(lang, view.ending, 'summary'),
    reality: T.endingText(lang, view.ending, 'reality'),
    why: T.explain(lang, e, results),
    dateLabel: monthOfTurn(lang, view.endedOn ?? view.turn),
    verdicts,
    conditions: (['determination', 'opposition', 'response'] as const).map((k) => ({ label: T.tr(lang, `ui.ending.condition.${k}`), held: e.conditions[k] })),
    turningPoints,
    series,
    seriesLabels: series.map((_, i) => (i === 0 ? T.tr(lang, 'ui.ending.start') : monthOfTurn(lang, i))),
    announcement: T.tr(lang, 'ui.announce.ending', { title, verdict: mine ? `${mine.seatName}: ${mine.verdict}` : '' }),
  };
}

export function turnAnnouncement(vm: BoardVM): string {
  return T.tr(vm.lang, 'ui.announce.turn', {
    date: vm.dateLabel, turn: vm.turnLabel, seat: vm.seatName, capital: T.num(vm.lang, vm.capital), cards: T.num(vm.lang, vm.hand.length),
  });
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
