/**
 * The parts of the console's first page for a course: play over days (a month every N hours, or
 * every weekday at a time in the teacher's time zone) and a cohort (one session per class with the
 * same seed and settings, one key, and a comparison board), with the cohorts this browser made.
 */
import { t, type Language } from '../i18n';
import type { Deadline } from '../net/course';
import { cohortIds, createCohort, rememberCohort, storedCohort } from '../net/courseApi';
import type { CreateSessionRequest } from '../net/protocol';
import { h, rememberTeacher } from './dom';

/** The "play over days" choice; `read()` gives the deadline it sets, or undefined. */
export function deadlineFields(lang: Language): {
  el: HTMLElement;
  read: () => Deadline | undefined;
  set: (mode: '' | 'weekdays') => void;
} {
  const mode = h(
    'select',
    { attrs: { name: 'deadline', 'aria-label': t(lang, 'course.deadline.label') } },
    h('option', { attrs: { value: '' }, text: t(lang, 'course.deadline.off') }),
    ...[24, 48, 72].map((n) => h('option', { attrs: { value: `h${n}` }, text: t(lang, 'course.deadline.hours', { n }) })),
    h('option', { attrs: { value: 'weekdays' }, text: t(lang, 'course.deadline.weekdays') }),
  );
  const time = h('input', { attrs: { name: 'deadlineTime', type: 'time', value: '09:00', 'aria-label': t(lang, 'course.deadline.time') } });
  let zone = 'UTC';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    /* UTC */
  }
  const tz = h('input', { attrs: { name: 'timeZone', value: zone, maxlength: '64', 'aria-label': t(lang, 'course.deadline.zone') } });
  const el = h(
    'div',
    { class: 'grid' },
    h('label', {}, h('span', { text: t(lang, 'course.deadline.label') }), mode),
    h('label', {}, h('span', { text: t(lang, 'course.deadline.time') }), time),
    h('label', {}, h('span', { text: t(lang, 'course.deadline.zone') }), tz),
  );
  const read = (): Deadline | undefined => {
    if (mode.value.startsWith('h')) return { kind: 'hours', hours: Number(mode.value.slice(1)) };
    if (mode.value === 'weekdays')
      return { kind: 'schedule', days: [1, 2, 3, 4, 5], time: time.value || '09:00', timeZone: tz.value.trim() };
    return undefined;
  };
  return { el, read, set: (value) => void (mode.value = value) };
}

/** The set-ups a template gives in one click (docs/classroom.md has a section for each). */
export const TEMPLATES = {
  lesson: { turnSeconds: 120, months: 12, deadline: '', sessions: 0 },
  weeks: { turnSeconds: 0, months: 10, deadline: 'weekdays', sessions: 0 },
  compare: { turnSeconds: 120, months: 12, deadline: '', sessions: 2 },
} as const;
export type TemplateName = keyof typeof TEMPLATES;

/** The template buttons; `apply` fills the forms in. */
export function templateBar(lang: Language, apply: (name: TemplateName) => void): HTMLElement {
  return h(
    'div',
    { class: 'templates controls', attrs: { role: 'group', 'aria-label': t(lang, 'course.template.title') } },
    h('span', { text: t(lang, 'course.template.title') }),
    ...(Object.keys(TEMPLATES) as TemplateName[]).map((name) =>
      h('button', {
        attrs: { type: 'button', 'data-template': name },
        text: t(lang, `course.template.${name}`),
        on: { click: () => apply(name) },
      }),
    ),
  );
}

/** The cohort section: name, number of sessions, and the settings of the session form (`settings()`). */
export function cohortSection(lang: Language, settings: () => Omit<CreateSessionRequest, 'title'>): HTMLElement {
  const name = h('input', { attrs: { name: 'cohortName', maxlength: '60', value: 'Class', 'aria-label': t(lang, 'course.cohort.name') } });
  const count: HTMLInputElement = h('input', {
    attrs: { name: 'cohortSessions', type: 'number', min: '2', max: '12', value: '2', 'aria-label': t(lang, 'course.cohort.sessions') },
  });
  const error = h('p', { class: 'error', attrs: { role: 'alert' } });
  const form = h(
    'form',
    { class: 'card create cohort' },
    h('h2', { text: t(lang, 'course.cohort.new') }),
    h('p', { class: 'hint', text: t(lang, 'course.cohort.hint') }),
    h(
      'div',
      { class: 'grid' },
      h('label', {}, h('span', { text: t(lang, 'course.cohort.name') }), name),
      h('label', {}, h('span', { text: t(lang, 'course.cohort.sessions') }), count),
    ),
    h('button', { class: 'primary', attrs: { type: 'submit' }, text: t(lang, 'course.cohort.create') }),
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = settings();
    void createCohort(location.origin, {
      name: name.value.trim() || 'Class',
      sessions: Math.min(12, Math.max(2, Number(count.value) || 2)),
      seats: s.seats,
      turnSeconds: s.turnSeconds ?? 0,
      ...(s.autoStart !== undefined ? { autoStart: s.autoStart } : {}),
      ...(s.maxTurns !== undefined ? { months: s.maxTurns } : {}),
      ...(s.seed !== undefined ? { seed: s.seed } : {}),
      ...(s.deadline !== undefined ? { deadline: s.deadline } : {}),
      ...(s.letters === false ? { letters: false } : {}),
    }).then((r) => {
      if (!r.ok) {
        error.textContent = r.error;
        return;
      }
      for (const x of r.value.sessions) rememberTeacher(x.code, r.value.teacherKey);
      rememberCohort(
        r.value.id,
        r.value.teacherKey,
        r.value.sessions.map((x) => x.code),
      );
      location.hash = `cohort=${r.value.id}`;
    });
  });
  const known = cohortIds();
  return h(
    'div',
    {},
    form,
    known.length
      ? h(
          'section',
          { class: 'card' },
          h('h2', { text: t(lang, 'course.cohort.known') }),
          h(
            'ul',
            { class: 'codes' },
            ...known.map((id) =>
              h(
                'li',
                {},
                h('a', { attrs: { href: `#cohort=${id}` }, text: id }),
                ` — ${t(lang, 'course.cohort.codes', { codes: storedCohort(id)?.codes.join(', ') ?? '' })}`,
              ),
            ),
          ),
        )
      : null,
  );
}
