/**
 * The teacher console's first page: the form that creates a classroom session (who plays each
 * seat, the month's time limit, the number of months, a seed), and the sessions this browser
 * created before.
 */
import { BOT_NAMES } from '../bots/personalities';
import { seatName, t, type Language } from '../i18n';
import { SEATS, type Seat } from '../model/types';
import { createSession } from '../net/api';
import type { CreateSessionRequest } from '../net/protocol';
import { TEMPLATES, cohortSection, deadlineFields, templateBar, type TemplateName } from './cohortForm';
import { append, clear, h, pageLanguage, rememberTeacher, teacherCodes } from './dom';

const lang: Language = pageLanguage();

export function createForm(root: HTMLElement): void {
  clear(root);
  const seatSelect = (seat: Seat) =>
    h(
      'select',
      { attrs: { name: seat, 'aria-label': seatName(lang, seat, true) } },
      h('option', { attrs: { value: 'human' }, text: 'A team of students' }),
      ...BOT_NAMES.map((b) => h('option', { attrs: { value: `bot:${b}` }, text: `Computer: ${b}` })),
    );
  const timer = h(
    'select',
    { attrs: { name: 'turnSeconds', 'aria-label': 'Turn timer' } },
    ...[
      [0, 'No timer'],
      [60, '1 minute'],
      [90, '1½ minutes'],
      [120, '2 minutes'],
      [180, '3 minutes'],
      [300, '5 minutes'],
    ].map(([v, l]) => h('option', { attrs: { value: String(v) }, text: String(l) })),
  );
  timer.value = '120';
  const seed = h('input', { attrs: { name: 'seed', inputmode: 'numeric', placeholder: 'random', maxlength: '9', 'aria-label': 'Seed' } });
  const months = h('input', { attrs: { name: 'maxTurns', inputmode: 'numeric', value: '12', maxlength: '2', 'aria-label': 'Months' } });
  const autoStart = h('input', { attrs: { type: 'checkbox', name: 'autoStart', checked: '' } });
  const letters = h('input', { attrs: { type: 'checkbox', name: 'letters', checked: '' } });
  const error = h('p', { class: 'error', attrs: { role: 'alert' } });
  const days = deadlineFields(lang);
  const form = h(
    'form',
    { class: 'card create' },
    h('h2', { text: 'New classroom session' }),
    templateBar(lang, (name) => useTemplate(name)),
    h('div', { class: 'grid' }, ...SEATS.map((s) => h('label', {}, h('span', { text: seatName(lang, s, true) }), seatSelect(s)))),
    h(
      'div',
      { class: 'grid' },
      h('label', {}, h('span', { text: 'Time per month' }), timer),
      h('label', {}, h('span', { text: 'Months (game length)' }), months),
      h('label', {}, h('span', { text: 'Seed' }), seed),
    ),
    days.el,
    h('label', { class: 'check' }, autoStart, h('span', { text: 'Start as soon as every team has joined' })),
    h('label', { class: 'check' }, letters, h('span', { text: t(lang, 'letters.console.allow') })),
    h('button', { class: 'primary', attrs: { type: 'submit' }, text: 'Create session' }),
    error,
  );
  /** The settings the form describes (a cohort's sessions use them too). */
  const settings = (): Omit<CreateSessionRequest, 'title'> => {
    const seats = Object.fromEntries(SEATS.map((s) => [s, (form.elements.namedItem(s) as HTMLSelectElement).value])) as Record<
      Seat,
      string
    >;
    const seedValue = seed.value.trim() === '' ? undefined : Number(seed.value);
    const deadline = days.read();
    return {
      seats,
      turnSeconds: Number(timer.value),
      autoStart: autoStart.checked,
      maxTurns: Number(months.value) || 12,
      ...(seedValue !== undefined && Number.isInteger(seedValue) ? { seed: seedValue } : {}),
      ...(deadline ? { deadline } : {}),
      ...(letters.checked ? {} : { letters: false }),
    };
  };
  /** A template fills the form in (and, for classes compared, the cohort form with a fixed seed). */
  const useTemplate = (name: TemplateName) => {
    const x = TEMPLATES[name];
    timer.value = String(x.turnSeconds);
    months.value = String(x.months);
    days.set(x.deadline);
    if (x.sessions > 0) {
      if (seed.value.trim() === '') seed.value = String(Math.floor(Math.random() * 1_000_000));
      const count = document.querySelector<HTMLInputElement>('input[name=cohortSessions]');
      if (count) count.value = String(x.sessions);
      count?.focus();
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void createSession(location.origin, settings()).then((r) => {
      if (!r.ok) {
        error.textContent = r.error;
        return;
      }
      rememberTeacher(r.value.code, r.value.teacherKey);
      location.hash = `code=${r.value.code}`;
    });
  });
  const known = teacherCodes();
  append(
    root,
    h('header', { class: 'top' }, h('h1', { text: 'Quiet Channel — teacher console' })),
    form,
    cohortSection(lang, settings),
    known.length
      ? h(
          'section',
          { class: 'card' },
          h('h2', { text: 'Sessions created in this browser' }),
          h('ul', { class: 'codes' }, ...known.map((c) => h('li', {}, h('a', { attrs: { href: `#code=${c}` }, text: c })))),
        )
      : null,
  );
}
