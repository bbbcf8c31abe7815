/**
 * The Ending screen's view model: the ending and why it came, each seat's verdict against its
 * objectives, the conditions of the article's thesis, the turning points, and the indicator series
 * for the chart.
 */
import { keyTurningPoints } from '../../model/explain';
import { SEATS, type Indicators, type Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import type { LanguageId } from '../settings';
import * as T from '../text';
import { controllerLabel, indicatorSeries, monthOfTurn, viewSeat } from './common';

/** The ending screen has room for six turning points. */
const ENDING_TURNING_POINTS = 6;

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
  const seat = viewSeat(view);
  const results = view.results;
  const verdicts = SEATS.map((s): VerdictVM => {
    const r = results[s];
    return {
      seat: s,
      seatName: T.seatName(lang, s),
      mine: s === seat,
      verdictId: r.verdict,
      verdict: T.verdictText(lang, r.verdict),
      score: r.score,
      controller: controllerLabel(lang, view.seats, s, seat),
      objectives: r.objectives.map((o) => ({ label: T.objectiveLabel(lang, o.id), met: o.met, weight: o.weight })),
    };
  });
  const e = view.explanation;
  const title = T.endingText(lang, view.ending, 'title');
  const mine = verdicts.find((v) => v.mine);
  // Those that pushed hardest toward this ending, told in order.
  const turningPoints = keyTurningPoints(e.turningPoints, ENDING_TURNING_POINTS).map((tp) => ({
    date: T.month(lang, tp.date.year, tp.date.month),
    text: T.newsHeadline(lang, { turn: tp.turn, id: tp.id, source: '', ...(tp.params ? { params: tp.params } : {}) }),
  }));
  const series = indicatorSeries(view);
  return {
    id: view.ending,
    title,
    summary: T.endingText(lang, view.ending, 'summary'),
    reality: T.endingText(lang, view.ending, 'reality'),
    why: T.explain(lang, e, results),
    dateLabel: monthOfTurn(lang, view.endedOn ?? view.turn),
    verdicts,
    conditions: (['determination', 'opposition', 'response'] as const).map((k) => ({
      label: T.tr(lang, `ui.ending.condition.${k}`),
      held: e.conditions[k],
    })),
    turningPoints,
    series,
    seriesLabels: series.map((_, i) => (i === 0 ? T.tr(lang, 'ui.ending.start') : monthOfTurn(lang, i))),
    announcement: T.tr(lang, 'ui.announce.ending', { title, verdict: mine ? `${mine.seatName}: ${mine.verdict}` : '' }),
  };
}
