/**
 * The rubric part of the teacher console: per seat, a table of its criteria to fill in (points,
 * recorded as they are typed, and the team's total) and an editor for the criteria themselves —
 * rename one, change its points, add one, remove one, or go back to the defaults (below the tables). The editor keeps
 * its draft until the teacher saves or cancels; updates from the server leave it alone.
 */
import { seatName, t, type Language } from '../i18n';
import { SEATS, type Seat } from '../model/types';
import {
  MAX_CRITERIA,
  MAX_CRITERION_LABEL,
  MAX_CRITERION_POINTS,
  criterionLabel,
  defaultCriterionLabel,
  type Criterion,
} from '../net/course';
import type { TeacherStateMessage } from '../net/protocol';
import { clear, h } from './dom';

/** Sends a command; resolves true once the server took it (a refusal is shown by the caller). */
type Act = (body: Record<string, unknown> & { action: string }) => Promise<boolean | void>;

/** One row of the editor's draft: the criterion it started from (null for a new one) and its fields. */
interface DraftRow {
  id: string;
  from: Criterion | null;
  label: HTMLInputElement;
  max: HTMLInputElement;
}

/** The first `own-N` id not yet taken. */
function freshId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`own-${n}`)) return `own-${n}`;
}

/** What the editor sends for one row: a default criterion's label only when the teacher changed it. */
export function criterionInput(lang: Language, from: Criterion | null, id: string, label: string, max: number) {
  const text = label.trim();
  const same = from?.from !== undefined && text === defaultCriterionLabel(lang, from);
  return { id, max, ...(same ? {} : { label: text }) };
}

function seatRubric(lang: Language, seat: Seat, act: Act) {
  const table = h('table', { class: 'seats rubric-table' });
  const inputs = new Map<string, HTMLInputElement>();
  const total = h('td', { class: 'total' });
  const editButton = h('button', {
    class: 'small',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': `rubric-editor-${seat}`, 'data-rubric-edit': seat },
  });
  const list = h('ol', { class: 'rubric-rows' });
  const add = h('button', { attrs: { type: 'button' }, text: t(lang, 'course.rubric.add') });
  const legend = h('legend');
  const problem = h('p', { class: 'error', attrs: { role: 'alert' } });
  const editor = h(
    'fieldset',
    { class: 'rubric-editor', attrs: { id: `rubric-editor-${seat}`, hidden: '', 'data-seat': seat } },
    legend,
    h('p', { class: 'hint', text: t(lang, 'course.rubric.hint', { n: MAX_CRITERIA, max: MAX_CRITERION_POINTS }) }),
    list,
    problem,
    h(
      'div',
      { class: 'controls' },
      add,
      h('button', { class: 'primary', attrs: { type: 'button' }, text: t(lang, 'course.rubric.save'), on: { click: () => void save() } }),
      h('button', { attrs: { type: 'button' }, text: t(lang, 'course.rubric.cancel'), on: { click: () => close() } }),
      h('button', { class: 'danger', attrs: { type: 'button' }, text: t(lang, 'course.rubric.reset'), on: { click: () => void reset() } }),
    ),
  );
  const el = h('div', { class: 'rubric-seat' }, table, editButton);
  let rubric: Criterion[] = [];
  let grades: Record<string, number> = {};
  let shown = '';
  let rows: DraftRow[] = [];

  const numberRows = () => {
    rows.forEach((r, i) => {
      r.label.setAttribute('aria-label', t(lang, 'course.rubric.label', { n: i + 1 }));
      r.max.setAttribute('aria-label', t(lang, 'course.rubric.max', { n: i + 1 }));
      r.label
        .closest('li')
        ?.querySelector('button')
        ?.setAttribute('aria-label', t(lang, 'course.rubric.removeN', { n: i + 1 }));
    });
    add.disabled = rows.length >= MAX_CRITERIA;
  };
  const addRow = (from: Criterion | null, id: string) => {
    const label = h('input', {
      attrs: {
        type: 'text',
        maxlength: String(MAX_CRITERION_LABEL),
        required: '',
        pattern: '.*\\S.*',
        placeholder: t(lang, 'course.rubric.newLabel'),
      },
    });
    label.value = from ? criterionLabel(lang, from) : '';
    const max = h('input', { attrs: { type: 'number', min: '1', max: String(MAX_CRITERION_POINTS), required: '', inputmode: 'numeric' } });
    max.value = String(from?.max ?? 5);
    const row: DraftRow = { id, from, label, max };
    const remove = h('button', {
      class: 'small',
      attrs: { type: 'button' },
      text: t(lang, 'course.rubric.remove'),
      on: {
        click: () => {
          const i = rows.indexOf(row);
          rows = rows.filter((r) => r !== row);
          li.remove();
          numberRows();
          // Keep the keyboard where it was: on the next row's label, or on Add.
          (rows[Math.min(i, rows.length - 1)]?.label ?? add).focus();
        },
      },
    });
    const li = h(
      'li',
      { attrs: { 'data-criterion': id } },
      label,
      max,
      h('span', { class: 'hint', text: t(lang, 'course.rubric.pts') }),
      remove,
    );
    list.append(li);
    rows.push(row);
    numberRows();
    return row;
  };
  // A field put right loses its mark, and the message goes once none is left.
  editor.addEventListener('input', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.checkValidity()) e.target.removeAttribute('aria-invalid');
    if (!editor.querySelector('[aria-invalid]')) problem.textContent = '';
  });
  add.addEventListener('click', () => {
    addRow(null, freshId(new Set([...rubric.map((c) => c.id), ...rows.map((r) => r.id)]))).label.focus();
  });

  const open = () => {
    clear(list);
    rows = [];
    for (const c of rubric) addRow(c, c.id);
    problem.textContent = '';
    editor.hidden = false;
    editButton.setAttribute('aria-expanded', 'true');
    rows[0]?.label.focus();
  };
  function close() {
    editor.hidden = true;
    editButton.setAttribute('aria-expanded', 'false');
    editButton.focus();
  }
  editButton.addEventListener('click', () => (editor.hidden ? open() : close()));
  async function save() {
    // The fields' own rules first (a label that is not only spaces, 1 to 100 whole points): said here, and the first wrong field focused.
    const fields = rows.flatMap((r) => [r.label, r.max]);
    for (const input of fields) {
      if (input.checkValidity()) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    }
    const bad = fields.find((input) => !input.checkValidity());
    problem.textContent = bad
      ? t(lang, 'course.rubric.fix', { n: rows.findIndex((r) => r.label === bad || r.max === bad) + 1, max: MAX_CRITERION_POINTS })
      : '';
    if (bad) return bad.focus();
    const criteria = rows.map((r) => criterionInput(lang, r.from, r.id, r.label.value, Number(r.max.value)));
    const dropped = rubric.filter((c) => grades[c.id] !== undefined && !rows.some((r) => r.id === c.id));
    if (dropped.length && !confirm(t(lang, 'course.rubric.dropAsk'))) return;
    if ((await act({ action: 'rubric', seat, criteria })) !== false) close();
  }
  async function reset() {
    if (!confirm(t(lang, 'course.rubric.resetAsk', { seat: seatName(lang, seat) }))) return;
    if ((await act({ action: 'rubric', seat, criteria: null })) !== false) close();
  }

  /** Draws the grading table when the criteria (or the team) changed; fills in the points otherwise. */
  const update = (crits: Criterion[], given: Record<string, number>, team: string | undefined) => {
    rubric = crits;
    grades = given;
    editButton.textContent = t(lang, 'course.rubric.edit', { seat: seatName(lang, seat) });
    legend.textContent = t(lang, 'course.rubric.editor', { seat: seatName(lang, seat) });
    const key = JSON.stringify([crits, team ?? '']);
    if (key !== shown) {
      shown = key;
      clear(table);
      inputs.clear();
      table.append(h('caption', { text: `${seatName(lang, seat, true)}${team ? ` — ${team}` : ''}` }));
      for (const crit of crits) {
        const input = h('input', {
          attrs: {
            type: 'number',
            min: '0',
            max: String(crit.max),
            'data-criterion': crit.id,
            'aria-label': t(lang, 'course.rubric.points', {
              seat: seatName(lang, seat),
              criterion: criterionLabel(lang, crit),
              max: crit.max,
            }),
          },
        });
        input.addEventListener('change', () => {
          const points = Math.min(crit.max, Math.max(0, Math.round(Number(input.value) || 0)));
          void act({ action: 'grade', seat, criterion: crit.id, points });
        });
        inputs.set(crit.id, input);
        table.append(
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' }, text: criterionLabel(lang, crit) }),
            h('td', {}, input),
            h('td', { text: `/ ${crit.max}` }),
          ),
        );
      }
      table.append(
        h(
          'tr',
          { class: 'total-row' },
          h('th', { attrs: { scope: 'row' }, text: t(lang, 'course.rubric.total') }),
          total,
          h('td', { text: `/ ${crits.reduce((n, c) => n + c.max, 0)}` }),
        ),
      );
    }
    for (const crit of crits) {
      const input = inputs.get(crit.id);
      const v = given[crit.id];
      if (input && document.activeElement !== input) input.value = v === undefined ? '' : String(v);
    }
    total.textContent = String(crits.reduce((n, c) => n + (given[c.id] ?? 0), 0));
  };
  return { el, editor, update };
}

export function rubricPanel(lang: Language, act: Act): { el: HTMLElement; update: (s: TeacherStateMessage) => void } {
  const seats = SEATS.map((seat) => ({ seat, part: seatRubric(lang, seat, act) }));
  // The editors sit below the seats' tables, so opening one leaves the tables where they are.
  const el = h(
    'div',
    { class: 'rubric-panel' },
    h('div', { class: 'rubric' }, ...seats.map((s) => s.part.el)),
    ...seats.map((s) => s.part.editor),
  );
  const update = (s: TeacherStateMessage) => {
    const c = s.course;
    if (!c) return;
    for (const { seat, part } of seats) part.update(c.rubric[seat], c.grades[seat], s.teams[seat]?.name);
  };
  return { el, update };
}
