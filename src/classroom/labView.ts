/**
 * The lab's results as DOM: ending shares with their intervals (an SVG chart with a text table
 * beside it for screen readers), the measure and the paired difference, the prediction beside the
 * outcome, final indicators and scores, and sample games. Text only ever goes in as text.
 */
import { endingTitle, indicatorName, seatName, type Language } from '../i18n';
import { labText } from '../i18n/ui/lab';
import type { LabSpec } from '../engine/labSpec';
import type { LabResult } from '../engine/labSummary';
import type { Interval } from '../engine/labStats';
import { ENDING_IDS, INDICATOR_IDS, SEATS, type EndingId } from '../model/types';
import { h, svg } from './dom';

export interface Prediction {
  ending: EndingId | '';
  dir: 'up' | 'down' | 'same' | '';
}

const COLORS = ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#f0e442', '#d55e00'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pts = (x: number) => `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

/** Which way an interval says the measure moved. */
export function direction(i: Interval): 'up' | 'down' | 'same' {
  return i.lo > 0 ? 'up' : i.hi < 0 ? 'down' : 'same';
}

export function measureValue(spec: LabSpec, v: number): string {
  return spec.measure.kind === 'share' ? pct(v) : v.toFixed(1);
}

export function measureName(lang: Language, spec: LabSpec): string {
  const m = spec.measure;
  if (m.kind === 'indicator')
    return labText(lang, m.over === 'final' ? 'lab.measure.final' : 'lab.measure.game', { name: indicatorName(lang, m.indicator) });
  if (m.reached.length === 0 && m.endings.join() === 'roadmap,freeze,recognition') return labText(lang, 'lab.measure.deals');
  const what = [...m.endings.map((e) => endingTitle(lang, e)), ...m.reached].join(' / ');
  return labText(lang, 'lab.measure.share', { what });
}

/** Ending shares per arm with their 95% intervals, as an SVG chart. */
export function sharesChart(lang: Language, r: LabResult): SVGSVGElement {
  const rowH = 14 * r.arms.length + 10;
  const W = 720;
  const left = 190;
  const H = ENDING_IDS.length * rowH + 30;
  const x = (p: number) => left + p * (W - left - 20);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'lab-chart', role: 'img', 'aria-label': labText(lang, 'lab.shares') });
  chart.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#0d1520' }));
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    chart.append(svg('line', { x1: x(t), x2: x(t), y1: 4, y2: H - 20, stroke: '#2a3a4c' }));
    chart.append(svg('text', { x: x(t), y: H - 6, 'text-anchor': 'middle', fill: '#9fb0c2', 'font-size': 11 }, `${t * 100}%`));
  }
  ENDING_IDS.forEach((e, i) => {
    const y0 = 6 + i * rowH;
    chart.append(
      svg('text', { x: left - 8, y: y0 + rowH / 2, 'text-anchor': 'end', fill: '#e8eef5', 'font-size': 13 }, endingTitle(lang, e)),
    );
    r.arms.forEach((a, k) => {
      const s = a.shares[e];
      const y = y0 + k * 14;
      const color = COLORS[k % COLORS.length] as string;
      chart.append(svg('rect', { x: x(0), y, width: Math.max(0.5, x(s.value) - x(0)), height: 10, fill: color, opacity: 0.85 }));
      chart.append(svg('line', { x1: x(s.lo), x2: x(s.hi), y1: y + 5, y2: y + 5, stroke: '#ffffff', 'stroke-width': 1.5 }));
      chart.append(svg('line', { x1: x(s.lo), x2: x(s.lo), y1: y + 1, y2: y + 9, stroke: '#ffffff' }));
      chart.append(svg('line', { x1: x(s.hi), x2: x(s.hi), y1: y + 1, y2: y + 9, stroke: '#ffffff' }));
    });
  });
  return chart;
}

function legend(r: LabResult): HTMLElement {
  return h(
    'p',
    { class: 'lab-legend' },
    ...r.arms.map((a, k) =>
      h('span', {}, h('span', { class: 'swatch', attrs: { style: `background:${COLORS[k % COLORS.length]}` } }), ` ${a.label}  `),
    ),
  );
}

function sharesTable(lang: Language, r: LabResult): HTMLElement {
  return h(
    'table',
    { class: 'lab-table' },
    h('caption', { text: labText(lang, 'lab.shares') }),
    h('thead', {}, h('tr', {}, h('th', { text: '' }), ...r.arms.map((a) => h('th', { attrs: { scope: 'col' }, text: a.label })))),
    h(
      'tbody',
      {},
      ...ENDING_IDS.map((e) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' }, text: endingTitle(lang, e) }),
          ...r.arms.map((a) =>
            h('td', { text: `${a.endings[e]} · ${pct(a.shares[e].value)} [${pct(a.shares[e].lo)}–${pct(a.shares[e].hi)}]` }),
          ),
        ),
      ),
    ),
  );
}

/** The prediction beside what the games say (against arm 0 and the second arm). */
export function predictionOutcome(lang: Language, spec: LabSpec, r: LabResult, p: Prediction): HTMLElement {
  const d = r.differences[0];
  if (!d) return h('p');
  const outcome = direction(d.measure);
  const word = (x: 'up' | 'down' | 'same') => labText(lang, x === 'up' ? 'lab.up' : x === 'down' ? 'lab.down' : 'lab.same');
  const gained = [...ENDING_IDS].sort((a, b) => d.endings[b].value - d.endings[a].value)[0] as EndingId;
  const lines = [
    h('p', {
      class: p.dir === outcome ? 'lab-right' : 'lab-wrong',
      text: labText(lang, 'lab.youPredicted', { prediction: p.dir ? word(p.dir) : '—', outcome: word(outcome) }),
    }),
  ];
  if (p.ending) {
    const e = d.endings[p.ending];
    lines.push(
      h('p', {
        class: e.lo > 0 ? 'lab-right' : 'lab-wrong',
        text: labText(lang, 'lab.endingPredicted', {
          ending: endingTitle(lang, p.ending),
          change: pts(e.value),
          lo: pts(e.lo),
          hi: pts(e.hi),
        }),
      }),
    );
  }
  lines.push(
    h('p', { text: labText(lang, 'lab.mostGained', { ending: endingTitle(lang, gained), change: pts(d.endings[gained].value) }) }),
  );
  return h('div', { class: 'lab-outcome' }, ...lines);
}

function differences(lang: Language, spec: LabSpec, r: LabResult): HTMLElement {
  const base = r.arms[0]?.label ?? '';
  const f = (v: number) => (spec.measure.kind === 'share' ? `${pts(v)} pts` : `${v > 0 ? '+' : ''}${v.toFixed(2)}`);
  return h(
    'div',
    { class: 'lab-diffs' },
    h('p', {}, h('b', { text: `${labText(lang, 'lab.measure')}: ` }), measureName(lang, spec)),
    h(
      'ul',
      {},
      ...r.arms.map((a) =>
        h('li', {
          text: `${a.label}: ${measureValue(spec, a.measure.value)} [${measureValue(spec, a.measure.lo)}–${measureValue(spec, a.measure.hi)}]`,
        }),
      ),
    ),
    ...r.differences.map((d) =>
      h(
        'p',
        { class: 'lab-diff' },
        h('span', { text: labText(lang, 'lab.difference', { a: base, b: d.label }) }),
        h('br'),
        h('b', {
          text: `${f(d.measure.value)}  [${f(d.measure.lo)} … ${f(d.measure.hi)}] — ${labText(lang, direction(d.measure) === 'up' ? 'lab.verdictUp' : direction(d.measure) === 'down' ? 'lab.verdictDown' : 'lab.verdictUnclear')}`,
        }),
      ),
    ),
  );
}

function distributions(lang: Language, r: LabResult): HTMLElement {
  const row = (name: string, cells: string[]) =>
    h('tr', {}, h('th', { attrs: { scope: 'row' }, text: name }), ...cells.map((c) => h('td', { text: c })));
  const head = h(
    'thead',
    {},
    h('tr', {}, h('th', { text: '' }), ...r.arms.map((a) => h('th', { attrs: { scope: 'col' }, text: a.label }))),
  );
  const dist = (d: { mean: number; p10: number; p90: number }) => `${d.mean.toFixed(1)} (${d.p10}–${d.p90})`;
  return h(
    'div',
    { class: 'lab-dists' },
    h(
      'table',
      { class: 'lab-table' },
      h('caption', { text: labText(lang, 'lab.finals') }),
      head,
      h(
        'tbody',
        {},
        ...INDICATOR_IDS.map((id) =>
          row(
            indicatorName(lang, id),
            r.arms.map((a) => dist(a.finals[id])),
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'lab-table' },
      h('caption', { text: labText(lang, 'lab.scores') }),
      head.cloneNode(true) as HTMLElement,
      h(
        'tbody',
        {},
        ...SEATS.map((s) =>
          row(
            seatName(lang, s),
            r.arms.map((a) => dist(a.scoreDist[s])),
          ),
        ),
      ),
    ),
  );
}

export interface ResultActions {
  openSample(arm: number, seed: number): void;
}

/** The whole results section for a (possibly partial) result. */
export function renderResults(lang: Language, spec: LabSpec, r: LabResult, p: Prediction, actions: ResultActions): HTMLElement {
  return h(
    'div',
    { class: 'lab-results' },
    h('p', { class: 'lab-seeds', text: labText(lang, 'lab.commonSeeds', { n: r.done }) }),
    predictionOutcome(lang, spec, r, p),
    differences(lang, spec, r),
    h('figure', { class: 'lab-figure' }, sharesChart(lang, r), legend(r)),
    sharesTable(lang, r),
    distributions(lang, r),
    h(
      'section',
      { class: 'lab-samples' },
      h('h3', { text: labText(lang, 'lab.samples') }),
      ...r.arms.map((a, k) =>
        h(
          'p',
          {},
          h('b', { text: `${a.label}: ` }),
          ...ENDING_IDS.filter((e) => a.samples[e] !== undefined).map((e) =>
            h('button', {
              class: 'link',
              text: labText(lang, 'lab.sample', { ending: endingTitle(lang, e), seed: a.samples[e] as number }),
              on: { click: () => actions.openSample(k, a.samples[e] as number) },
            }),
          ),
        ),
      ),
    ),
  );
}
