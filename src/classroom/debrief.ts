/**
 * The debrief page (debrief.html#code=K7PQ3M): the whole game with its secrets revealed. Opened
 * by the teacher (key from this browser's console) or by a team once the teacher releases it
 * (seat token from sessionStorage). Printable; the save file opens in the replay viewer.
 */
import {
  DISCUSSION_QUESTIONS,
  endingTitle,
  explainText,
  formatTurn,
  moveName,
  newsHeadline,
  objectiveLabel,
  resultText,
  seatName,
  t,
  turningPointText,
  verdictText,
  type Language,
} from '../i18n';
import { SEATS } from '../model/types';
import type { PlayerView } from '../model/view';
import { debrief as fetchDebrief, storedSeat } from '../net/api';
import type { Memo } from '../net/course';
import type { LoggedAction, SessionInfo } from '../net/protocol';
import { cohortBoard } from './cohortBoard';
import { letterItem } from './lettersPanel';
import { indicatorCharts } from './charts';
import { clear, download, h, pageLanguage, teacherKey } from './dom';
import { turningSection } from './debriefTurning';

export interface DebriefPayload {
  session: SessionInfo;
  view: PlayerView;
  actions: LoggedAction[];
  injections: { turn: number; event: string }[];
  /** The teams' position memos (course.ts). */
  memos?: Memo[];
  save: string;
}

const BY: Record<LoggedAction['by'], string> = { team: 'team', timer: 'timer ran out', bot: 'bot' };

/**
 * The months that resolved: the ending's month for a game that ended by itself; for one the
 * teacher ended, the months before the one in progress (its sealed moves never resolved).
 */
export function monthsResolved(view: Pick<PlayerView, 'endedOn' | 'turn'>, endedBy: SessionInfo['endedBy']): number {
  if (view.endedOn !== null && view.endedOn !== undefined) return view.endedOn;
  return endedBy === 'teacher' ? Math.max(0, view.turn - 1) : view.turn;
}

/** The line under the debrief's title: how the game ended, after how many months. */
export function endedLine(lang: Language, view: Pick<PlayerView, 'endedOn' | 'turn' | 'ending'>, endedBy: SessionInfo['endedBy']): string {
  const months = monthsResolved(view, endedBy);
  if (endedBy === 'teacher')
    return `Ended by the teacher after ${months} ${months === 1 ? 'month' : 'months'}; scored as if the status quo held.`;
  return `${endingTitle(lang, view.ending ?? 'statusQuo')} — ${formatTurn(lang, months)}`;
}

/** Renders a debrief into `root`. */
export function renderDebrief(root: HTMLElement, data: DebriefPayload, lang: Language): void {
  clear(root);
  const { view, session } = data;
  const turns = view.endedOn ?? view.turn;
  root.append(
    h(
      'header',
      { class: 'debrief-head' },
      h('p', { class: 'kicker', text: `DEBRIEF · ${session.code}` }),
      h('h1', { text: session.title }),
      h('p', { class: 'lead', text: endedLine(lang, view, session.endedBy) }),
      h(
        'div',
        { class: 'no-print actions' },
        h('button', { text: 'Print or save as PDF', on: { click: () => window.print() } }),
        h('button', { text: 'Download the save file', on: { click: () => download(`quiet-channel-${session.code}.json`, data.save) } }),
        h('a', {
          text: 'Open in the replay viewer',
          attrs: { href: 'index.html#replay', title: 'Load the downloaded save in the game’s replay screen' },
        }),
      ),
    ),
  );

  // Scores and objectives.
  const results = view.results;
  const scores = h('section', { class: 'seats' }, h('h2', { text: 'Each seat’s objectives and score' }));
  for (const seat of SEATS) {
    const r = results?.[seat];
    const team = session.seats[seat].team;
    scores.append(
      h(
        'article',
        { class: `seat seat-${seat}` },
        h('h3', {}, seatName(lang, seat, true), team ? h('span', { class: 'team', text: ` — ${team}` }) : null),
        r ? h('p', { class: 'score' }, h('b', { text: String(r.score) }), ' / 100 · ', verdictText(lang, r.verdict)) : null,
        r
          ? h(
              'ul',
              {},
              ...r.objectives.map((o) =>
                h(
                  'li',
                  {},
                  h('span', { text: objectiveLabel(lang, o.id) }),
                  h('span', { class: 'met', text: ` ${Math.round(o.met * 100)}% met (weight ${o.weight})` }),
                ),
              ),
            )
          : null,
      ),
    );
  }
  root.append(scores);

  // Why it ended so, and the turning points.
  if (view.explanation) {
    const lines = explainText(lang, view.explanation, undefined, { maxTurningPoints: 0 });
    root.append(h('section', { class: 'why' }, h('h2', { text: 'Why the game ended this way' }), ...lines.map((l) => h('p', { text: l }))));
    const points = view.explanation.turningPoints;
    root.append(
      h(
        'section',
        { class: 'turning' },
        h('h2', { text: 'Turning points' }),
        points.length
          ? h('ol', {}, ...points.map((p) => h('li', { text: turningPointText(lang, p) })))
          : h('p', { text: t(lang, 'explain.noTurningPoints') }),
      ),
    );
  }
  // What if: the moves that shifted the ending most, from many futures (on this browser's workers).
  root.append(turningSection(lang, data.save));
  if (results) root.append(h('p', { class: 'summary' }, ...SEATS.map((s) => h('span', { text: `${resultText(lang, s, results[s])} ` }))));

  root.append(h('section', { class: 'indicators' }, h('h2', { text: 'The indicators, month by month' }), indicatorCharts(lang, view)));

  // Timeline: every move with its reason, secrets revealed, and the month's news.
  const timeline = h('section', { class: 'timeline' }, h('h2', { text: 'Timeline of every move' }));
  const byKey = new Map(data.actions.map((a) => [`${a.turn}/${a.seat}`, a]));
  for (let turn = 1; turn <= Math.max(turns, 1); turn++) {
    const moves = view.moves.filter((m) => m.turn === turn);
    const news = view.news.filter((n) => n.turn === turn);
    const injected = data.injections.filter((i) => i.turn === turn);
    const memos = (data.memos ?? []).filter((m) => m.turn === turn);
    const letters = (view.letters ?? []).filter((l) => l.turn === turn);
    if (!moves.length && !news.length && !memos.length && !letters.length) continue;
    timeline.append(
      h(
        'div',
        { class: 'month' },
        h('h3', { text: formatTurn(lang, turn) }),
        h(
          'ul',
          { class: 'moves' },
          ...moves.map((m) => {
            const a = byKey.get(`${m.turn}/${m.seat}`);
            return h(
              'li',
              { class: m.secret ? 'secret' : '' },
              h('b', { text: `${seatName(lang, m.seat)}: ` }),
              moveName(lang, m.move),
              m.secret
                ? h('span', {
                    class: 'badge',
                    text: m.revealedOn && m.revealedOn < turns ? `secret, leaked ${formatTurn(lang, m.revealedOn)}` : 'secret',
                  })
                : null,
              a && a.by !== 'team' ? h('span', { class: 'badge', text: BY[a.by] }) : null,
              m.reason ? h('q', { text: m.reason }) : null,
            );
          }),
        ),
        injected.length
          ? h('p', {
              class: 'injected',
              text: `Injected by the teacher: ${injected.map((i) => newsHeadline(lang, { id: `event.${i.event}` })).join(', ')}`,
            })
          : null,
        ...memos.map((m) =>
          h(
            'blockquote',
            { class: 'memo' },
            h('b', { text: `${t(lang, 'course.memos.title')} — ${seatName(lang, m.seat)}` }),
            h('p', { class: 'memo-text', text: m.text }),
          ),
        ),
        letters.length ? h('ul', { class: 'letters' }, ...letters.map((l) => letterItem(lang, l))) : null,
        news.length ? h('ul', { class: 'news' }, ...news.map((n) => h('li', { text: newsHeadline(lang, n) }))) : null,
      ),
    );
  }
  root.append(timeline);

  root.append(
    h(
      'section',
      { class: 'discussion' },
      h('h2', { text: 'Questions for discussion' }),
      h('ol', {}, ...DISCUSSION_QUESTIONS.map((n) => h('li', { text: t(lang, `discussion.${n}`) }))),
    ),
  );
}

/** Entry for debrief.html. */
export async function startDebriefPage(root: HTMLElement): Promise<void> {
  const lang = pageLanguage();
  document.documentElement.lang = lang;
  const cohort = (/cohort=([A-Za-z0-9]+)/.exec(location.hash)?.[1] ?? '').toUpperCase();
  if (cohort) return cohortBoard(root, lang, cohort);
  const code = (/code=([A-Za-z0-9]+)/.exec(location.hash || location.search)?.[1] ?? '').toUpperCase();
  const key = teacherKey(code) ?? storedSeat(code)?.token ?? null;
  if (!code || !key) {
    root.append(
      h('h1', { text: 'Debrief' }),
      h('p', {
        class: 'notice',
        text: 'Open the debrief from the teacher console, or from your team’s page once your teacher releases it.',
      }),
    );
    return;
  }
  root.append(h('p', { class: 'notice', text: 'Loading the debrief…' }));
  const r = await fetchDebrief<DebriefPayload>(location.origin, code, key);
  if (!r.ok) {
    clear(root);
    root.append(h('h1', { text: 'Debrief' }), h('p', { class: 'notice', text: r.error }));
    return;
  }
  renderDebrief(root, r.value, lang);
}
