/** Indicator charts for the debrief and the console: one small SVG line chart per indicator. */
import { indicatorName, type Language } from '../i18n';
import { INDICATOR_IDS, type IndicatorId } from '../model/types';
import type { PlayerView } from '../model/view';
import { h, svg } from './dom';

const W = 220;
const H = 90;
const PAD = 18;

/** A chart of one indicator over the months (starting values first), with its last value. */
export function indicatorChart(lang: Language, view: PlayerView, id: IndicatorId): HTMLElement {
  const start = view.history.length > 0 ? null : view.indicators[id];
  const values = [...view.history.map((r) => r.indicators[id]), ...(start !== null ? [start] : [])];
  if (values.length === 1) values.unshift(values[0] as number);
  const x = (i: number) => PAD + (i * (W - PAD - 6)) / Math.max(1, values.length - 1);
  const y = (v: number) => 6 + ((100 - v) * (H - PAD - 6)) / 100;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `${indicatorName(lang, id)}: ${values.join(', ')}` },
    svg('line', { x1: PAD, y1: y(50), x2: W - 6, y2: y(50), class: 'mid' }),
    svg('line', { x1: PAD, y1: y(0), x2: W - 6, y2: y(0), class: 'axis' }),
    svg('text', { x: 2, y: y(100) + 4, class: 'tick' }, '100'),
    svg('text', { x: 8, y: y(0), class: 'tick' }, '0'),
    svg('polyline', { points, class: 'line' }),
  );
  return h(
    'figure',
    { class: 'chart-box' },
    h('figcaption', {}, h('span', { text: indicatorName(lang, id) }), h('b', { text: String(view.indicators[id]) })),
    chart,
  );
}

export function indicatorCharts(lang: Language, view: PlayerView, ids: readonly IndicatorId[] = INDICATOR_IDS): HTMLElement {
  return h('div', { class: 'charts' }, ...ids.map((id) => indicatorChart(lang, view, id)));
}
