/**
 * The negotiation table in a team's plain panel (join.html?panel=1; scenario version 3 and on): the
 * offers this seat sees (open ones first, then the recent history) with what each is worth to it,
 * the agreed package, a builder for an offer term by term (partner, line, what the team gives and
 * asks, each term's worth and why it is blocked), and Accept / Reject on offers addressed to the
 * team. The chosen action goes out with the card the team plays (tableChoice.ts); the words come
 * from the board's view model (src/app/screens/table.ts), so both say the same. Text is set as text.
 */
import { tableVM, type OfferVM, type TermChoiceVM } from '../app/screens/table';
import { chooseOffer, toggleTerm, withLine, withPartner, type Side, type TableDraft } from '../app/screens/tableDraft';
import { t, type Language } from '../i18n';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { append, clear, h } from './dom';
import { monthsLeft, monthsLeftText, whyNotAccept } from './tableChoice';

/** Offers of the history shown (newest first); the debrief has them all. */
const HISTORY = 8;

export interface TeamTable {
  el: HTMLElement;
  /** Redraws for this view (the view as the panel shows it: open while the team chooses again); `frozen` when the team cannot act (its seat handed to the computer). */
  update(view: PlayerView, frozen?: boolean): void;
  draft(): TableDraft;
  /** Starts from this draft (the sealed action, when the team changes its move). */
  restore(draft: TableDraft): void;
}

/** `onChange` redraws the panel (which calls `update`): a choice at the table changes what the cards cost too. */
export function teamTable(lang: Language, seat: Seat, onChange: () => void): TeamTable {
  const el = h('section', { class: 'card table-card', attrs: { 'aria-labelledby': 'table-title' } });
  const summary = h('div', { class: 'table-choice', attrs: { role: 'status', 'aria-live': 'polite' } });
  let draft: TableDraft = null;
  let view: PlayerView | null = null;
  let turn = 0;
  // The panel redraws on a change (the cards' costs depend on the action too), calling update.
  const set = (d: TableDraft) => {
    draft = d;
    onChange();
  };

  const offerItem = (o: OfferVM, locked: boolean): HTMLLIElement => {
    const open = o.status === 'open';
    const answer = open && o.toMe && !locked;
    const raw = view?.table?.offers.find((x) => x.id === o.id);
    const why = answer && !o.acceptable && view ? whyNotAccept(lang, view, seat, o.id) : null;
    const button = (kind: 'accept' | 'reject', enabled: boolean) =>
      h('button', {
        class: kind === 'accept' ? 'primary small' : 'small',
        attrs: {
          type: 'button',
          'data-focus': `${kind}-${o.id}`,
          'aria-pressed': String(o.chosen === kind),
          'aria-label': `${t(lang, `ui.table.${kind}`)}: ${t(lang, 'ui.table.offerNo', { id: o.id })}`,
          ...(enabled ? {} : { disabled: '' }),
        },
        text: `${o.chosen === kind ? '✓ ' : ''}${t(lang, `ui.table.${kind}`)}`,
        on: { click: () => set(chooseOffer(draft, kind, o.id)) },
      });
    return h(
      'li',
      {
        class: `offer${o.secret ? ' secret' : ''}${o.chosen ? ' chosen' : ''}`,
        attrs: { 'data-offer': String(o.id), 'data-status': o.status },
      },
      h('b', { text: `${o.date} · ${o.route}` }),
      h('span', { class: 'badge', text: o.lineLabel }),
      h('span', { class: `badge status-${o.status}`, text: o.statusLabel }),
      h('p', { class: 'terms', text: o.givesLine }),
      h('p', { class: 'terms', text: o.asksLine }),
      h('p', { class: 'worth', text: o.valueText }),
      open && raw ? h('p', { class: 'hint', text: monthsLeftText(lang, monthsLeft(view!, raw)) }) : null,
      answer ? h('div', { class: 'controls' }, button('accept', o.acceptable), button('reject', true)) : null,
      why ? h('p', { class: 'hint why', text: why }) : null,
    );
  };

  const termBox = (side: Side, term: TermChoiceVM, locked: boolean): HTMLLabelElement => {
    const id = `term-${side}-${term.id}`;
    const box = h('input', {
      attrs: {
        type: 'checkbox',
        id,
        'data-focus': id,
        'data-term': term.id,
        // Named by the term and its worth; the note (its block, surcharge, Seoul's security) describes it.
        'aria-label': `${term.name}, ${term.valueText}`,
        'aria-describedby': `${id}-note`,
        ...(term.chosen ? { checked: '' } : {}),
        ...(locked || (!term.choosable && !term.chosen) ? { disabled: '' } : {}),
      },
      on: { change: () => set(toggleTerm(draft, view!.table!, side, term.id)) },
    });
    return h(
      'label',
      { class: `term${term.blocked ? ' blocked' : ''}`, attrs: { for: id } },
      box,
      h('span', { class: 'term-name', text: term.name }),
      h('span', { class: 'term-worth', text: term.valueText }),
      h('small', { attrs: { id: `${id}-note` }, text: term.note }),
    );
  };

  const radios = (
    name: string,
    legend: string,
    items: { value: string; label: string; selected: boolean; enabled: boolean }[],
    pick: (v: string) => void,
    locked: boolean,
  ) =>
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', { text: legend }),
      ...items.map((it) =>
        h(
          'label',
          {},
          h('input', {
            attrs: {
              type: 'radio',
              name,
              value: it.value,
              'data-focus': `${name}-${it.value}`,
              ...(it.selected ? { checked: '' } : {}),
              ...(locked || !it.enabled ? { disabled: '' } : {}),
            },
            on: { change: () => pick(it.value) },
          }),
          ` ${it.label}`,
        ),
      ),
    );

  let frozen = false;
  const render = (v: PlayerView) => {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.focus ?? null;
    clear(el);
    el.hidden = v.table === null;
    if (!v.table) return;
    const table = v.table;
    const vm = tableVM(v, lang, draft);
    const locked = vm.locked || frozen;
    const open = vm.offers.filter((o) => o.status === 'open');
    const past = vm.offers.filter((o) => o.status !== 'open').slice(0, HISTORY);
    append(el, h('h2', { attrs: { id: 'table-title', tabindex: '-1' }, text: t(lang, 'ui.table.title') }));
    // What goes out with the card (or went out): a region kept across redraws, so it is read out only when it changes.
    const lines: [string, string][] = vm.sealed
      ? [['notice', t(lang, 'ui.table.sealed', { action: vm.sealed })]]
      : locked
        ? [['hint', t(lang, 'course.team.table.noneSealed')]]
        : vm.choice?.ready
          ? [['notice', t(lang, 'course.team.table.withCard', { action: vm.choice.text })]]
          : vm.choice
            ? [
                ['notice', vm.choice.text],
                ['error', t(lang, 'course.team.table.incomplete', { problem: vm.choice.problem ?? '' })],
              ]
            : [['hint', t(lang, 'course.team.table.nothing')]];
    const said = lines.map((l) => l.join(':')).join('|');
    if (summary.dataset.said !== said) {
      summary.dataset.said = said;
      clear(summary);
      for (const [cls, text] of lines) append(summary, h('p', { class: cls, text }));
    }
    append(el, summary);
    if (!locked)
      append(
        el,
        h(
          'div',
          { class: 'controls' },
          vm.choice
            ? h('button', {
                class: 'small',
                attrs: { type: 'button', 'data-focus': 'table-clear', id: 'table-clear' },
                text: t(lang, 'ui.table.clear'),
                on: { click: () => set(null) },
              })
            : null,
          h('a', { class: 'skip', attrs: { href: '#hand' }, text: t(lang, 'course.team.table.toCards') }),
        ),
      );

    if (vm.agreed) append(el, h('h3', { text: t(lang, 'course.team.table.agreed') }), h('p', { class: 'agreed', text: vm.agreed.text }));
    append(el, h('h3', { text: t(lang, 'course.team.table.open', { n: open.length }) }));
    if (open.length === 0) append(el, h('p', { class: 'hint', text: t(lang, 'course.team.table.noOffers') }));
    else append(el, h('ul', { class: 'offers' }, ...open.map((o) => offerItem(o, locked))));

    if (!locked && vm.builder.partners.length > 0) {
      const b = vm.builder;
      const partner = radios(
        'table-to',
        t(lang, 'ui.table.to'),
        b.partners.map((p) => ({ value: p.seat, label: p.name, selected: b.active && p.selected, enabled: true })),
        (s) => set(withPartner(draft, table, s as Seat)),
        locked,
      );
      const line = radios(
        'table-line',
        t(lang, 'course.team.table.line'),
        b.lines.map((l) => ({ value: l.line, label: l.label, selected: b.active && l.selected, enabled: l.enabled })),
        (l) => set(withLine(draft, table, l as 'secret' | 'public')),
        locked,
      );
      append(
        el,
        h(
          'div',
          { class: 'builder', attrs: { role: 'group', 'aria-labelledby': 'builder-title' } },
          h('h3', { attrs: { id: 'builder-title' }, text: t(lang, 'course.team.table.build') }),
          h('p', { class: 'hint', text: t(lang, 'course.team.table.buildHint') }),
          h('div', { class: 'builder-head' }, partner, line),
          b.lines.some((l) => l.line === 'secret' && !l.enabled)
            ? h('p', { class: 'hint', text: t(lang, 'course.team.table.noSecret', { seat: b.toName }) })
            : null,
          h(
            'fieldset',
            { class: 'terms-list' },
            h('legend', { text: t(lang, 'course.team.table.give') }),
            ...b.give.map((x) => termBox('gives', x, locked)),
          ),
          h(
            'fieldset',
            { class: 'terms-list' },
            h('legend', { text: t(lang, 'course.team.table.ask', { seat: b.toName }) }),
            ...b.ask.map((x) => termBox('asks', x, locked)),
          ),
          b.active ? h('p', { class: 'worth', text: `${b.totalText} · ${b.costText}` }) : null,
        ),
      );
    }

    if (past.length > 0)
      append(
        el,
        h('h3', { text: t(lang, 'course.team.table.history') }),
        h('ul', { class: 'offers past' }, ...past.map((o) => offerItem(o, true))),
      );
    if (focused) el.querySelector<HTMLElement>(`[data-focus="${focused}"]`)?.focus();
  };

  return {
    el,
    update(v, f = false) {
      frozen = f;
      // A new month starts with no table action.
      if (v.turn !== turn) draft = null;
      turn = v.turn;
      view = v;
      render(v);
    },
    draft: () => draft,
    restore(d) {
      draft = d;
      if (view) render(view);
    },
  };
}
