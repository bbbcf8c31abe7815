/**
 * The letters part of the teacher console (issue 11): every letter the teams wrote, secret ones
 * included, newest first, with who wrote to whom, whether it leaked or was hidden, and the offer
 * it carries; a Hide button on each (the teams no longer see it; the console and the debrief
 * still do, marked hidden) and the switch that turns letters off or on for the whole session.
 * Letters are set as text, never as HTML.
 */
import { formatTurn, seatName, t, type Language } from '../i18n';
import type { LetterView } from '../model/letters';
import type { TeacherStateMessage } from '../net/protocol';
import { append, clear, h } from './dom';

type Act = (body: Record<string, unknown> & { action: string }) => Promise<void>;

/** "Washington → Pyongyang", "Seoul → both". */
export function letterRoute(lang: Language, l: Pick<LetterView, 'from' | 'to'>): string {
  const to = l.to === 'both' ? t(lang, 'letters.toBoth') : seatName(lang, l.to);
  return `${seatName(lang, l.from)} → ${to}`;
}

/** A letter as a list item: month, route, secret/public, leaked or hidden, the text, the offer. */
export function letterItem(lang: Language, l: LetterView, extra: Node | null = null): HTMLLIElement {
  const badges = [
    t(lang, l.line === 'secret' ? 'letters.secret' : 'letters.public'),
    l.leakedOn !== undefined ? t(lang, 'letters.leakedOn', { date: formatTurn(lang, l.leakedOn) }) : null,
    l.hidden ? t(lang, 'letters.console.hidden') : null,
  ].filter((b): b is string => b !== null);
  return h(
    'li',
    { class: `letter${l.hidden ? ' hidden-letter' : ''}`, attrs: { 'data-letter': String(l.id) } },
    h('b', { text: `${formatTurn(lang, l.turn)} · ${letterRoute(lang, l)}` }),
    ...badges.map((b) => h('span', { class: 'badge', text: b })),
    extra,
    h('p', { class: 'letter-text', text: l.text }),
    l.offer ? h('p', { class: 'hint', text: t(lang, 'letters.offerN', { id: l.offer.id }) }) : null,
  );
}

export function lettersPanel(lang: Language, act: Act): { el: HTMLElement; update: (s: TeacherStateMessage) => void } {
  const list = h('ul', { class: 'letters' });
  const state = h('p', { class: 'hint' });
  let on = true;
  const toggle = h('button', {
    attrs: { id: 'letters-switch' },
    on: {
      click: () =>
        void (confirm(t(lang, on ? 'letters.console.offAsk' : 'letters.console.onAsk')) ? act({ action: 'letters', on: !on }) : 0),
    },
  });
  const el = h(
    'section',
    { class: 'card letters-card' },
    h('h2', { text: t(lang, 'letters.console.title') }),
    h('p', { class: 'hint', text: t(lang, 'letters.console.hint') }),
    h('div', { class: 'controls' }, toggle, state),
    list,
  );
  const update = (s: TeacherStateMessage) => {
    on = s.session.letters !== false;
    toggle.textContent = t(lang, on ? 'letters.console.turnOff' : 'letters.console.turnOn');
    state.textContent = t(lang, on ? 'letters.console.on' : 'letters.console.off');
    clear(list);
    const letters = [...(s.view.letters ?? [])].reverse();
    if (letters.length === 0) append(list, h('li', { class: 'hint', text: t(lang, 'letters.console.none') }));
    for (const l of letters) {
      const hide = l.hidden
        ? null
        : h('button', {
            class: 'small',
            attrs: {
              'data-hide': String(l.id),
              'aria-label': t(lang, 'letters.console.hideLabel', { route: letterRoute(lang, l), month: formatTurn(lang, l.turn) }),
            },
            text: t(lang, 'letters.console.hide'),
            on: { click: () => void (confirm(t(lang, 'letters.console.hideAsk')) ? act({ action: 'hideLetter', letter: l.id }) : 0) },
          });
      list.append(letterItem(lang, l, hide));
    }
  };
  return { el, update };
}
