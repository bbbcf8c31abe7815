/**
 * The comparison board of a cohort (teacher.html#cohort=ID and debrief.html#cohort=ID): the
 * sessions' indicator paths on one chart per indicator, their moves month by month side by side,
 * where two worlds first diverged and by which moves, and their endings and scores — for a
 * discussion of why the same world ended differently. Text only ever as text.
 */
import { endingTitle, formatTurn, indicatorName, moveName, newsHeadline, seatName, t, type Language } from '../i18n';
import { INDICATOR_IDS, SEATS, type IndicatorId } from '../model/types';
import type { CohortReport, ComparedSession } from '../net/course';
import { clear, download, h, svg } from './dom';

/** Colours (Okabe–Ito, told apart with colour blindness) and dash patterns, one per session. */
const COLOURS = ['#56b4e9', '#e69f00', '#009e73', '#f0e442', '#cc79a7', '#d55e00', '#ffffff', '#0072b2'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
const W = 320;
const H = 130;
const PAD = 22;

const label = (s: ComparedSession, i: number) => `${i + 1}. ${s.code}`;

/** One indicator, every session's path on the same axes. */
export function cohortChart(lang: Language, sessions: readonly ComparedSession[], id: IndicatorId): HTMLElement {
  const months = Math.max(1, ...sessions.map((s) => s.monthsPlayed));
  const x = (m: number) => PAD + ((m - 1) * (W - PAD - 8)) / Math.max(1, months - 1);
  const y = (v: number) => 8 + ((100 - v) * (H - PAD - 8)) / 100;
  const lines = sessions.map((s, i) => {
    const values = s.indicators.map((r) => r[id]);
    const points = (values.length === 1 ? [values[0], values[0]] : values).map(
      (v, m) => `${x(m + 1).toFixed(1)},${y(v as number).toFixed(1)}`,
    );
    return svg('polyline', {
      points: points.join(' '),
      class: 'series',
      stroke: COLOURS[i % COLOURS.length] as string,
      'stroke-dasharray': DASHES[i % DASHES.length] as string,
    });
  });
  const series = sessions.map((s, i) => `${label(s, i)}: ${s.indicators.map((r) => r[id]).join(', ') || '—'}`).join('; ');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'chart cohort-chart',
      role: 'img',
      'aria-label': t(lang, 'course.compare.chartLabel', { indicator: indicatorName(lang, id), series }),
    },
    svg('line', { x1: PAD, y1: y(50), x2: W - 8, y2: y(50), class: 'mid' }),
    svg('line', { x1: PAD, y1: y(0), x2: W - 8, y2: y(0), class: 'axis' }),
    svg('text', { x: 0, y: y(100) + 4, class: 'tick' }, '100'),
    svg('text', { x: 8, y: y(0), class: 'tick' }, '0'),
    ...lines,
  );
  return h('figure', { class: 'chart-box' }, h('figcaption', {}, h('span', { text: indicatorName(lang, id) })), chart);
}

function endingText(lang: Language, s: ComparedSession): string {
  if (!s.available) return t(lang, 'course.compare.unavailable');
  if (s.ending) return endingTitle(lang, s.ending);
  return s.endedBy === 'teacher' ? t(lang, 'course.compare.byTeacher') : t(lang, 'course.compare.running');
}

/** Renders the board for `report` into `root`; `refresh` reloads it, `csvUrl` + `key` download the cohort's CSV. */
export function renderCompare(
  root: HTMLElement,
  lang: Language,
  report: CohortReport,
  actions: { refresh?: () => void; csv?: () => Promise<string | null> },
): void {
  clear(root);
  const sessions = report.sessions.filter((s) => s.available);
  const legend = h(
    'ul',
    { class: 'legend' },
    ...sessions.map((s, i) =>
      h(
        'li',
        {},
        svg(
          'svg',
          { viewBox: '0 0 30 8', width: 30, height: 8, 'aria-hidden': 'true' },
          svg('line', {
            x1: 0,
            y1: 4,
            x2: 30,
            y2: 4,
            stroke: COLOURS[i % COLOURS.length] as string,
            'stroke-width': 2.5,
            'stroke-dasharray': DASHES[i % DASHES.length] as string,
          }),
        ) as unknown as Node,
        ` ${label(s, i)} — ${s.title}`,
      ),
    ),
  );
  root.append(
    h(
      'header',
      { class: 'debrief-head' },
      h('p', { class: 'kicker', text: 'COHORT' }),
      h('h1', { text: t(lang, 'course.compare.title') }),
      h('p', { class: 'lead', text: t(lang, 'course.compare.lead', { name: report.name, n: report.sessions.length, seed: report.seed }) }),
      h(
        'div',
        { class: 'no-print actions' },
        actions.refresh ? h('button', { text: t(lang, 'course.compare.refresh'), on: { click: () => actions.refresh?.() } }) : null,
        actions.csv
          ? h('button', {
              text: t(lang, 'course.compare.csv'),
              on: {
                click: () =>
                  void actions.csv?.().then((text) => text !== null && download(`quiet-channel-cohort-${report.id}.csv`, text, 'text/csv')),
              },
            })
          : null,
      ),
    ),
  );

  // Endings and scores.
  const endings = h(
    'table',
    { class: 'seats compare-endings' },
    h(
      'tr',
      {},
      ...[
        t(lang, 'course.compare.session'),
        t(lang, 'course.compare.ending'),
        t(lang, 'course.compare.months'),
        ...SEATS.map((s) => seatName(lang, s)),
      ].map((x) => h('th', { text: x, attrs: { scope: 'col' } })),
    ),
    ...report.sessions.map((s, i) =>
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, `${label(s, i)} `, h('a', { attrs: { href: `teacher.html#code=${s.code}` }, text: s.title })),
        h('td', { text: endingText(lang, s) }),
        h('td', { text: String(s.monthsPlayed) }),
        ...SEATS.map((seat) => h('td', { text: s.scores ? String(s.scores[seat]) : '—' })),
      ),
    ),
  );
  root.append(h('section', { class: 'card' }, h('h2', { text: t(lang, 'course.compare.endings') }), endings));

  // Where they diverged.
  const byCode = new Map(report.sessions.map((s, i) => [s.code, label(s, i)]));
  const diverged = h(
    'ul',
    { class: 'divergences' },
    ...report.divergences.map((d) => {
      const a = byCode.get(d.a) ?? d.a;
      const b = byCode.get(d.b) ?? d.b;
      if (d.month === null) return h('li', { text: t(lang, 'course.compare.same', { a, b }) });
      return h(
        'li',
        {},
        t(lang, 'course.compare.divergedAt', { a, b, month: formatTurn(lang, d.month) }),
        ' ',
        ...d.moves.map((m) =>
          h('span', { class: 'diff', text: `${seatName(lang, m.seat)}: ${moveName(lang, m.a)} ≠ ${moveName(lang, m.b)}. ` }),
        ),
        d.events
          ? h('span', {
              class: 'diff',
              text: `${t(lang, 'course.compare.events')}: ${[...d.events.a, '≠', ...d.events.b].map((e) => (e === '≠' ? e : newsHeadline(lang, { id: `event.${e}` }))).join(' ')}`,
            })
          : null,
      );
    }),
  );
  root.append(h('section', { class: 'card' }, h('h2', { text: t(lang, 'course.compare.diverged') }), diverged));

  // Indicators on one chart each.
  root.append(
    h(
      'section',
      { class: 'card' },
      h('h2', { text: t(lang, 'course.compare.chart') }),
      legend,
      sessions.some((s) => s.monthsPlayed > 0)
        ? h('div', { class: 'charts' }, ...INDICATOR_IDS.map((id) => cohortChart(lang, sessions, id)))
        : h('p', { text: t(lang, 'course.compare.none') }),
    ),
  );

  // Moves month by month, side by side; the first month of any divergence is marked.
  const first = new Set(report.divergences.map((d) => d.month).filter((m): m is number => m !== null));
  const months = Math.max(0, ...sessions.map((s) => s.monthsPlayed));
  const table = h(
    'table',
    { class: 'seats compare-moves' },
    h(
      'tr',
      {},
      h('th', { text: t(lang, 'course.compare.month'), attrs: { scope: 'col' } }),
      ...sessions.map((s, i) => h('th', { text: label(s, i), attrs: { scope: 'col' } })),
    ),
  );
  for (let m = 1; m <= months; m++) {
    table.append(
      h(
        'tr',
        { class: first.has(m) ? 'diverged' : '' },
        h('th', { text: formatTurn(lang, m), attrs: { scope: 'row' } }),
        ...sessions.map((s) => {
          const moves = s.moves[m - 1];
          return h(
            'td',
            {},
            ...(moves
              ? SEATS.map((seat) => h('div', { text: `${seatName(lang, seat)}: ${moves[seat] ? moveName(lang, moves[seat]) : '—'}` }))
              : ['—']),
          );
        }),
      ),
    );
  }
  root.append(
    h(
      'section',
      { class: 'card' },
      h('h2', { text: t(lang, 'course.compare.moves') }),
      months > 0 ? table : h('p', { text: t(lang, 'course.compare.none') }),
    ),
  );
}
