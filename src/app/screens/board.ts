/**
 * The Board's view model: the calendar and capital, the dashboard of indicators (each with its
 * history of changes and causes), the tracks, the relations the map draws (and where they stood a
 * month before, to animate from), the hand, and who plays each seat.
 */
import { MAX_CAPITAL } from '../../model/data/scenario';
import { calendar } from '../../model/state';
import { INDICATOR_IDS, SEATS, type Change, type IndicatorId, type Indicators, type Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import type { Difficulty, LanguageId } from '../settings';
import type { Thinking } from '../thinker';
import * as T from '../text';
import { cardVM, type CardVM } from './cards';
import { cardAnswers } from '../../model/answers';
import {
  causeText,
  controllerLabel,
  dateLabel,
  monthOfTurn,
  polarityFor,
  startIndicators,
  viewSeat,
  type Polarity,
  type Trend,
} from './common';

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

export interface TrackVM {
  track: string;
  label: string;
  stage: string;
  stageName: string;
  /** 0–1 along the track, for the progress bar of the negotiation track. */
  progress: number;
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

/** The indicators the map draws as lines between capitals (and tension as the mood of the sea). */
export interface RelationsVM {
  trust: number;
  alliance: number;
  interKorean: number;
  russiaTies: number;
  tension: number;
}

export interface BoardVM {
  lang: LanguageId;
  seat: Seat;
  seatName: string;
  turn: number;
  maxTurns: number;
  /** Where the timeline marks a year: the month's index from 0 and the year, from the scenario's calendar. */
  yearMarks: { index: number; year: string }[];
  /** Months resolved so far: the board animates what the last one changed. */
  resolved: number;
  dateLabel: string;
  turnLabel: string;
  capital: number;
  maxCapital: number;
  indicators: IndicatorVM[];
  /** Every change of each indicator with its cause, newest first. */
  histories: Record<IndicatorId, HistoryEntryVM[]>;
  tracks: TrackVM[];
  statuses: { id: string; label: string; value: string }[];
  hand: CardVM[];
  relations: RelationsVM;
  /** The relations a month earlier, to animate the map from; null before the second month has resolved. */
  relationsBefore: RelationsVM | null;
  /** The map's line labels: "Trust 21". */
  lineLabels: Record<'trust' | 'alliance' | 'interKorean' | 'russiaTies', string>;
  negotiation: string;
  exercises: string;
  /** "At the table": who plays each seat, as this player reads it. */
  controllers: { seat: Seat; name: string; controller: string }[];
  ended: boolean;
}

/** The first month and every January get a year label on the board's timeline. */
export function yearMarks(maxTurns: number): { index: number; year: string }[] {
  const marks: { index: number; year: string }[] = [];
  for (let turn = 1; turn <= maxTurns; turn++) {
    const { year, month } = calendar(turn);
    if (turn === 1 || month === 1) marks.push({ index: turn - 1, year: String(year) });
  }
  return marks;
}

const NEGOTIATION_ORDER = ['noContact', 'secretEnvoy', 'exploratory', 'formal', 'summit', 'agreement', 'implementation'];

function previousValues(view: PlayerView): Indicators {
  const resolved = view.history.length;
  if (resolved >= 2) return (view.history[resolved - 2] as { indicators: Indicators }).indicators;
  return startIndicators(view);
}

function relationsOf(i: Indicators): RelationsVM {
  return { trust: i.trust, alliance: i.alliance, interKorean: i.interKorean, russiaTies: i.russiaTies, tension: i.tension };
}

function causeSource(lang: LanguageId, c: Change): string {
  if (c.cause === 'hidden') return T.tr(lang, 'ui.source.secret');
  if (c.seat) return T.seatName(lang, c.seat);
  const kind = c.cause.split('.')[0] ?? '';
  return T.tr(lang, `ui.source.${['event', 'stage', 'drift', 'deal'].includes(kind) ? kind : 'other'}`);
}

/** Every change of one indicator with its cause, newest first. */
export function historyVM(view: PlayerView, id: IndicatorId, lang: LanguageId): HistoryEntryVM[] {
  const name = T.indicatorName(lang, id);
  return view.changes
    .filter((c) => c.indicator === id)
    .map((c) => {
      const date = monthOfTurn(lang, c.turn);
      const cause = causeText(lang, c.cause);
      const deltaText = T.signed(lang, c.delta);
      return {
        turn: c.turn,
        date,
        delta: c.delta,
        deltaText,
        cause,
        source: causeSource(lang, c),
        line: T.tr(lang, 'ui.history.line', { name, delta: deltaText, turn: T.num(lang, c.turn), date, cause }),
      };
    })
    .reverse();
}

export function boardVM(view: PlayerView, lang: LanguageId, difficulty: Difficulty): BoardVM {
  const seat = viewSeat(view);
  const prev = previousValues(view);
  const pol = polarityFor(seat, view.scenario);
  const indicators = INDICATOR_IDS.map((id): IndicatorVM => {
    const value = view.indicators[id];
    const delta = view.history.length === 0 ? 0 : value - prev[id];
    const trend: Trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
    const name = T.indicatorName(lang, id);
    return {
      id,
      name,
      short: T.indicatorShort(lang, id),
      desc: T.indicatorDesc(lang, id),
      value,
      delta,
      trend,
      polarity: pol[id],
      spoken: T.tr(lang, `ui.trend.spoken.${trend}`, { name, value: T.num(lang, value), delta: T.num(lang, Math.abs(delta)) }),
    };
  });
  const tracks: TrackVM[] = (['negotiation', 'seoul', 'ukraine', 'cabinet'] as const).map((track) => {
    const stage = view.tracks[track];
    const idx = NEGOTIATION_ORDER.indexOf(stage);
    return {
      track,
      stage,
      label: T.tr(lang, `ui.track.${track}`),
      stageName: T.stageName(lang, track, stage),
      progress: track === 'negotiation' ? (stage === 'collapsed' ? 0 : Math.max(0, idx) / (NEGOTIATION_ORDER.length - 1)) : 0,
    };
  });
  const statuses = [
    { id: 'exercises', label: T.tr(lang, 'ui.status.exercises'), value: T.statusText(lang, 'exercises', view.statuses.exercises) },
    { id: 'troops', label: T.tr(lang, 'ui.status.troops'), value: T.num(lang, view.statuses.troops) },
    {
      id: 'seoulGovernment',
      label: T.tr(lang, 'ui.status.seoulGovernment'),
      value: T.statusText(lang, 'seoulGovernment', view.statuses.seoulGovernment),
    },
  ];
  const i = view.indicators;
  const line = (id: IndicatorId) => `${T.indicatorShort(lang, id)} ${T.num(lang, Math.round(i[id]))}`;
  return {
    lang,
    seat,
    seatName: T.seatName(lang, seat),
    turn: view.turn,
    maxTurns: view.maxTurns,
    yearMarks: yearMarks(view.maxTurns),
    resolved: view.history.length,
    dateLabel: dateLabel(lang, view),
    turnLabel: T.tr(lang, 'ui.board.monthOf', { n: T.num(lang, Math.min(view.turn, view.maxTurns)), total: T.num(lang, view.maxTurns) }),
    capital: view.capital[seat] ?? 0,
    maxCapital: MAX_CAPITAL,
    indicators,
    histories: Object.fromEntries(INDICATOR_IDS.map((id) => [id, historyVM(view, id, lang)])) as Record<IndicatorId, HistoryEntryVM[]>,
    tracks,
    statuses,
    hand: view.legal.map((m) => cardVM(lang, m, difficulty, seat, view.scenario, cardAnswers(view, m.id))),
    relations: relationsOf(i),
    relationsBefore: view.history.length >= 2 ? relationsOf(prev) : null,
    lineLabels: { trust: line('trust'), alliance: line('alliance'), interKorean: line('interKorean'), russiaTies: line('russiaTies') },
    negotiation: view.tracks.negotiation,
    exercises: view.statuses.exercises,
    controllers: SEATS.map((s) => ({ seat: s, name: T.seatName(lang, s), controller: controllerLabel(lang, view.seats, s, seat) })),
    ended: view.ending !== null,
  };
}

export function turnAnnouncement(vm: BoardVM): string {
  return T.tr(vm.lang, 'ui.announce.turn', {
    date: vm.dateLabel,
    turn: vm.turnLabel,
    seat: vm.seatName,
    capital: T.num(vm.lang, vm.capital),
    cards: T.num(vm.lang, vm.hand.length),
  });
}

/** "Pyongyang is thinking…" while a slow bot (the strategist, in its worker) decides; null when none does. */
export function thinkingVM(lang: LanguageId, t: Thinking | null): { text: string; spoken: string } | null {
  if (!t) return null;
  const seat = T.seatName(lang, t.seat);
  return { text: T.tr(lang, 'ui.thinking', { seat }), spoken: T.tr(lang, 'ui.thinking.spoken', { seat, bot: T.botName(lang, t.bot) }) };
}
