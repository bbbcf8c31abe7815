/**
 * The Resolution screen's view model: the month's moves (another seat's secret move only as "a
 * secret move"), its news, and the indicators it changed with their main causes.
 */
import { INDICATOR_IDS, type IndicatorId, type NewsItem, type Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import type { LanguageId } from '../settings';
import * as T from '../text';
import { causeText, monthOfTurn, polarityFor, viewSeat, type Polarity } from './common';

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
  /** "Month 3 of 24". */
  turnLabel: string;
  /** The negotiation track's stage now, as the moves column ends with it. */
  negotiation: { label: string; stageName: string };
  /** `timedOut`: the classroom server played it because the seat's month ran out of time. */
  moves: { seat: Seat; seatName: string; text: string; secret: boolean; hidden: boolean; mine: boolean; timedOut: boolean }[];
  /** The month's news, turning points first, then events, then notes (each in the order they came). */
  news: NewsVM[];
  /** `news` in even pages of at most `NEWS_PER_PAGE` cards; one empty page for a quiet month. */
  newsPages: NewsVM[][];
  changes: {
    id: IndicatorId;
    name: string;
    before: number;
    after: number;
    delta: number;
    deltaText: string;
    polarity: Polarity;
    causes: string;
  }[];
  announcement: string;
  ended: boolean;
}

/** How many news cards the Resolution screen shows at once; more go on further pages. */
export const NEWS_PER_PAGE = 5;

const KIND_ORDER: Readonly<Record<NewsVM['kind'], number>> = { stage: 0, event: 1, note: 2 };

/** `items` in as few pages of at most `max` as there can be, filled evenly (6 make 3 and 3, so each card has room); a quiet month is one empty page. */
export function pagesOf<T>(items: readonly T[], max: number): T[][] {
  const size = Math.ceil(items.length / Math.max(1, Math.ceil(items.length / max)));
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

export function newsVM(lang: LanguageId, n: NewsItem): NewsVM {
  const kind = n.id.startsWith('event.') ? 'event' : n.id.startsWith('stage.') ? 'stage' : 'note';
  return { id: n.id, kind, headline: T.newsHeadline(lang, n), body: T.newsBody(lang, n), source: n.source };
}

/** The month the Resolution screen shows when it is not told one: the latest resolved. */
export function latestMonth(view: Pick<PlayerView, 'history'>): number {
  return Math.max(1, view.history.length);
}

export function resolutionVM(view: PlayerView, turn: number, lang: LanguageId): ResolutionVM {
  const seat = viewSeat(view);
  const pol = polarityFor(seat, view.scenario);
  const dLabel = monthOfTurn(lang, turn);
  const moves = view.moves
    .filter((m) => m.turn === turn)
    .map((m) => ({
      seat: m.seat,
      seatName: T.seatName(lang, m.seat),
      secret: m.secret,
      hidden: m.move === null,
      mine: m.seat === seat,
      timedOut: m.timedOut === true,
      text: m.move === null ? T.tr(lang, 'ui.news.secretMove') : T.moveName(lang, m.move),
    }));
  const news = view.news
    .filter((n) => n.turn === turn)
    .map((n) => newsVM(lang, n))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
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
  const changes = INDICATOR_IDS.filter((id) => (sums.get(id) ?? 0) !== 0)
    .map((id) => {
      const delta = sums.get(id) ?? 0;
      const top = [...(causes.get(id) ?? new Map<string, number>()).entries()]
        .filter(([, d]) => d !== 0)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
        .slice(0, 2)
        .map(([c, d]) => `${causeText(lang, c)} ${T.signed(lang, d)}`)
        .join(' · ');
      return {
        id,
        name: T.indicatorName(lang, id),
        before: after[id] - delta,
        after: after[id],
        delta,
        deltaText: T.signed(lang, delta),
        polarity: pol[id],
        causes: top,
      };
    })
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const headlines = news
    .slice(0, 3)
    .map((n) => n.headline)
    .join(' ');
  return {
    turn,
    dateLabel: dLabel,
    title: T.tr(lang, 'ui.news.title', { date: dLabel }),
    moves,
    news,
    newsPages: pagesOf(news, NEWS_PER_PAGE),
    changes,
    turnLabel: T.tr(lang, 'ui.board.monthOf', { n: T.num(lang, turn), total: T.num(lang, view.maxTurns) }),
    negotiation: { label: T.tr(lang, 'ui.track.negotiation'), stageName: T.stageName(lang, 'negotiation', view.tracks.negotiation) },
    announcement: T.tr(lang, 'ui.announce.news', { date: dLabel, headlines: headlines || T.tr(lang, 'ui.news.quiet') }),
    ended: view.ending !== null && view.endedOn === turn,
  };
}
