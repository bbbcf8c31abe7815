/**
 * The debrief's "what if" (debrief.ts): the class's own game, each team's moves swapped for every
 * other card the team had and played on into many futures on this browser's Web Workers
 * (app/turning.ts); the moves that shifted the ending most, with their intervals. Controls:
 * `#debrief-turning-futures`, `#debrief-turning-run` (cancels while it runs), `#debrief-turning-progress`,
 * `#debrief-turning-status` (read out), `#debrief-turning-list`.
 */
import { TURNING_FUTURES, TURNING_SCREENING, turningPanelVM } from '../app/screens/turning';
import { turningFinder } from '../app/turning';
import { parseSave } from '../codec/save';
import type { Language } from '../i18n';
import { turningText } from '../i18n/ui/turning';
import { append, clear, h } from './dom';

const FUTURE_CHOICES = [20, 40, 100, 200];

/** The section, or a note when the save cannot be read (the rest of the debrief is unaffected). */
export function turningSection(lang: Language, saveText: string): HTMLElement {
  const section = h('section', { class: 'turning-cf no-print' }, h('h2', { text: turningText(lang, 'turning.whatIf') }));
  const parsed = parseSave(saveText);
  if (!parsed.ok) {
    append(section, h('p', { class: 'notice', text: turningText(lang, 'turning.failed', { error: parsed.error }) }));
    return section;
  }
  const save = parsed.value;
  const futures = h(
    'select',
    { attrs: { id: 'debrief-turning-futures' } },
    ...FUTURE_CHOICES.map((n) =>
      h('option', { text: String(n), attrs: n === TURNING_FUTURES ? { value: String(n), selected: '' } : { value: String(n) } }),
    ),
  );
  const button = h('button', { attrs: { id: 'debrief-turning-run', type: 'button' } });
  const progress = h('progress', {
    attrs: { id: 'debrief-turning-progress', max: '1', value: '0', 'aria-label': turningText(lang, 'turning.title') },
  });
  const status = h('p', { attrs: { id: 'debrief-turning-status', role: 'status', 'aria-live': 'polite' } });
  const list = h('ol', { attrs: { id: 'debrief-turning-list' } });
  const render = () => {
    const vm = turningPanelVM(turningFinder.status(save), lang, Number(futures.value), 5);
    button.textContent = vm.action;
    progress.hidden = !vm.running;
    progress.value = vm.progress;
    status.textContent = vm.status;
    clear(list);
    for (const l of vm.lines)
      append(list, h('li', { class: l.clear ? '' : 'faint' }, h('span', { text: l.text }), ' ', h('small', { text: l.detail })));
  };
  // The debrief tells 5 points: the 5 strongest are played to the full number (see TURNING_SCREENING).
  button.addEventListener('click', () =>
    turningFinder.toggle(save, { futures: Number(futures.value), screening: { ...TURNING_SCREENING, keep: 5 } }),
  );
  futures.addEventListener('change', render);
  turningFinder.subscribe(render);
  render();
  turningFinder.warm();
  append(
    section,
    h('p', { text: turningText(lang, 'turning.lead') }),
    h(
      'p',
      { class: 'actions' },
      h('label', { attrs: { for: 'debrief-turning-futures' }, text: `${turningText(lang, 'turning.futures')} ` }),
      futures,
      ' ',
      button,
    ),
    progress,
    status,
    list,
  );
  return section;
}
