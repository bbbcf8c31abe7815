/**
 * The course part of the teacher console: the month's deadline and what happens to a team that
 * misses it, who has not moved, resolving the month at once, asking for position memos (months and
 * a prompt per seat, the defaults tied to the article's claims) and reading them, the rubric to
 * fill in and edit (rubricPanel.ts), and the exports. Built once; `update` refreshes what changes
 * without touching what the teacher is typing.
 */
import { formatTurn, seatName, t, type Language } from '../i18n';
import { SEATS, type Seat } from '../model/types';
import type { Deadline } from '../net/course';
import { exportText } from '../net/courseApi';
import type { TeacherStateMessage } from '../net/protocol';
import { append, clear, download, h } from './dom';
import { rubricPanel } from './rubricPanel';

type Act = (body: Record<string, unknown> & { action: string }) => Promise<boolean | void>;

/** When a month is due, in the reader's language and time zone. */
export function whenText(lang: Language, at: number): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(
    new Date(at),
  );
}

/** The session's deadline rule in words: when a month is due, and what a team that misses it gets. */
export function deadlineRule(lang: Language, d: Deadline): string {
  if (d.kind === 'hours') return t(lang, 'course.deadline.everyHours', { n: d.hours });
  const names = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  // 4 January 1970 was a Sunday: day n of the week is n days later.
  const days = d.days.map((n) => names.format(new Date(Date.UTC(1970, 0, 4 + n)))).join(', ');
  return t(lang, 'course.deadline.schedule', { time: d.time, zone: d.timeZone, days });
}

export function coursePanel(
  lang: Language,
  code: string,
  key: string,
  act: Act,
  notice: (text: string) => void,
): { el: HTMLElement; update: (s: TeacherStateMessage) => void } {
  const deadline = h('div', { class: 'deadline', attrs: { 'aria-live': 'polite' } });
  const waiting = h('p', { class: 'not-moved' });
  const memoList = h('ul', { class: 'memos' });
  const rubric = rubricPanel(lang, act);
  const months = h('input', { attrs: { name: 'memoMonths', inputmode: 'numeric', 'aria-label': t(lang, 'course.memos.months') } });
  const prompts = Object.fromEntries(
    SEATS.map((seat) => [
      seat,
      h('textarea', {
        attrs: {
          name: `prompt-${seat}`,
          rows: '2',
          maxlength: '300',
          placeholder: t(lang, `course.memo.prompt.${seat}`),
          'aria-label': t(lang, 'course.memos.prompt', { seat: seatName(lang, seat) }),
        },
      }),
    ]),
  ) as Record<Seat, HTMLTextAreaElement>;
  let planShown = false;
  const memoForm = h(
    'form',
    { class: 'memo-plan' },
    h('label', {}, h('span', { text: t(lang, 'course.memos.months') }), months),
    ...SEATS.map((seat) =>
      h('label', {}, h('span', { text: t(lang, 'course.memos.prompt', { seat: seatName(lang, seat) }) }), prompts[seat]),
    ),
    h('button', { attrs: { type: 'submit' }, text: t(lang, 'course.memos.save') }),
  );
  memoForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const list = [
      ...new Set(
        months.value
          .split(/[^0-9]+/)
          .filter(Boolean)
          .map(Number),
      ),
    ].filter((n) => n >= 1 && n <= 48);
    const chosen: Partial<Record<Seat, string>> = {};
    for (const seat of SEATS) if (prompts[seat].value.trim()) chosen[seat] = prompts[seat].value.trim();
    void act({ action: 'memos', months: list, prompts: chosen });
  });
  const save = (path: string, name: string, type: string) => async () => {
    const text = await exportText(location.origin, `sessions/${code}/${path}`, key);
    if (text === null) notice('The export failed.');
    else download(name, text, type);
  };
  const transcript = async () => {
    const html = await exportText(location.origin, `sessions/${code}/transcript`, key);
    if (html === null) return notice('The export failed.');
    window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })), '_blank', 'noopener');
  };
  const el = h(
    'section',
    { class: 'card course' },
    deadline,
    waiting,
    h('h2', { text: t(lang, 'course.memos.title') }),
    memoForm,
    memoList,
    h('h2', { text: t(lang, 'course.rubric.title') }),
    rubric.el,
    h('h2', { text: t(lang, 'course.exports.title') }),
    h(
      'div',
      { class: 'controls' },
      h('button', {
        text: t(lang, 'course.exports.csv'),
        on: { click: () => void save('export.csv', `quiet-channel-${code}.csv`, 'text/csv')() },
      }),
      h('button', {
        text: t(lang, 'course.exports.grades'),
        on: { click: () => void save('grades.csv', `quiet-channel-${code}-grades.csv`, 'text/csv')() },
      }),
      h('button', { text: t(lang, 'course.exports.transcript'), on: { click: () => void transcript() } }),
    ),
  );

  const update = (s: TeacherStateMessage) => {
    const c = s.course;
    const info = s.session.course;
    const running = s.session.status === 'playing' || s.session.status === 'paused';
    clear(deadline);
    if (info?.deadline) {
      append(
        deadline,
        info.deadlineAt !== null
          ? h('p', { class: 'due', text: t(lang, 'course.deadline.at', { when: whenText(lang, info.deadlineAt) }) })
          : null,
        h('p', { class: 'hint', text: `${deadlineRule(lang, info.deadline)} ${t(lang, 'course.deadline.rule')}` }),
        running
          ? h('button', {
              text: t(lang, 'course.resolveNow'),
              on: { click: () => void (confirm(t(lang, 'course.resolveAsk')) ? act({ action: 'resolve' }) : Promise.resolve()) },
            })
          : null,
      );
    }
    const missing = SEATS.filter((seat) => !s.session.seats[seat].committed);
    waiting.textContent = !running
      ? ''
      : missing.length
        ? t(lang, 'course.notMoved', { seats: missing.map((x) => seatName(lang, x)).join(', ') })
        : t(lang, 'course.allMoved');
    if (!c) return;
    if (!planShown) {
      planShown = true;
      months.value = c.memoMonths.join(', ');
      for (const seat of SEATS) prompts[seat].value = c.prompts[seat];
    }
    clear(memoList);
    if (c.memos.length === 0) memoList.append(h('li', { class: 'hint', text: t(lang, 'course.memos.none') }));
    for (const m of [...c.memos].sort((a, b) => a.turn - b.turn || SEATS.indexOf(a.seat) - SEATS.indexOf(b.seat)))
      memoList.append(
        h(
          'li',
          {},
          h('b', { text: t(lang, 'course.memos.by', { seat: seatName(lang, m.seat), month: formatTurn(lang, m.turn) }) }),
          h('p', { class: 'memo-text', text: m.text }),
        ),
      );
    rubric.update(s);
  };
  return { el, update };
}
