/**
 * The negotiation table (scenario version 3), over the board: on the left the offers the player
 * may see, open ones first, with their history and the agreed package; on the right the offer
 * builder (partner, line, the terms given and asked, each with its worth to the player and its
 * block, and the offer's total as it grows). Accept and Reject sit on the offers the player may
 * answer. Whatever is chosen is the month's table action, sealed with the card at End turn; it can
 * be changed or cleared until then. The draft lives in the session; the view model
 * (src/app/screens/table.ts) says what to show.
 */
import { actionText, tableVM, type TableVM, type TermChoiceVM } from '../../app/screens/table';
import { chooseOffer, toggleTerm, withLine, withPartner, type Side, type TableDraft } from '../../app/screens/tableDraft';
import type { OfferLine, TableView } from '../../model/table';
import type { Seat } from '../../model/types';
import { SceneKeys } from '../keys';
import { Colors, Css } from '../theme';
import { OfferRow, TermToggle } from '../board/TableParts';
import { fitText } from '../widgets/text';
import { OverlayScene } from './OverlayScene';

const W = 1232;
const H = 696;
const LEFT_W = 560;
const ROW_H = 92;
const ROW_GAP = 8;
const TERM_W = 290;
const TERM_H = 46;

export class TableScene extends OverlayScene {
  private underKey: unknown = null;
  private page = 0;
  private vm!: TableVM;

  constructor() {
    super(SceneKeys.Table);
  }

  protected override restartData(): Record<string, unknown> {
    return { under: this.underKey, page: this.page, quiet: true };
  }

  protected build(data: Record<string, unknown>): void {
    this.underKey = data.under;
    this.page = typeof data.page === 'number' ? data.page : 0;
    this.frame(data, W, H, this.t('ui.table.title'));
    const hint = this.text(this.px + W - 28, this.py + 30, this.t('ui.table.keyHint'), {
      size: 12,
      color: Css.inkMuted,
      wrap: 520,
      align: 'right',
    });
    hint.setOrigin(1, 0);
    fitText(hint, 520, 34, 11);
    this.closeButton('table.close');
    if (!this.render()) return; // no table in this game: the panel closed
    // Keyboard users hear each offer and term as the focus reaches it.
    this.focus.onFocusChange = (f) => {
      if (!f || !this.focus.keyboardMode) return;
      const spoken = this.spokenFor(f.id);
      if (spoken) this.session.announce(spoken);
    };
    this.cleanup(() => {
      this.focus.onFocusChange = null;
    });
    // A network game may move on (or the view change) while the table is open.
    this.cleanup(this.session.events.on('update', (u) => (u.resolvedTurn !== null ? this.closeOverlay() : this.render())));
    // The first offer waiting for an answer takes the focus, else the builder (or Close when nothing can be chosen).
    const waiting = this.vm.offers.find((o) => o.acceptable);
    if (!(waiting && this.focus.focusId(`offer.${waiting.id}`)))
      this.focus.focusId(this.vm.locked ? 'table.close' : `table.partner.${this.vm.builder.to ?? ''}`);
    this.focus.focusId(this.vm.locked ? 'table.close' : 'table.partner.' + (this.vm.builder.to ?? ''));
    if (data.quiet !== true) this.session.announce(this.openingAnnouncement());
  }

  private table(): TableView | null {
    return this.session.view()?.table ?? null;
  }

  private openingAnnouncement(): string {
    const vm = this.vm;
    const choice = vm.sealed
      ? this.t('ui.table.sealed', { action: vm.sealed })
      : vm.choice
        ? this.t('ui.table.announce.chosen', { action: vm.choice.text })
        : this.t('ui.table.noChoice');
    return this.t('ui.table.announce.open', { open: vm.openCount, acceptable: vm.acceptableCount, choice });
  }

  private spokenFor(id: string): string | null {
    const answer = /^offer\.(\d+)\.(accept|reject)$/.exec(id);
    if (answer) return actionText(this.lang, { kind: answer[2] as 'accept' | 'reject', offer: Number(answer[1]) }, this.table());
    if (id.startsWith('offer.')) return this.vm.offers.find((o) => `offer.${o.id}` === id)?.spoken ?? null;
    const term = /^table\.(give|ask)\.(\w+)$/.exec(id);
    if (term) {
      const list = term[1] === 'give' ? this.vm.builder.give : this.vm.builder.ask;
      const t = list.find((x) => x.id === term[2]);
      return t ? `${t.spoken}${t.chosen ? '. ✓' : ''}` : null;
    }
    return null;
  }

  // ── Drawing ─────────────────────────────────────────────────────────────────────────────
  /** Draws everything that changes, keeping the keyboard focus on the same control. */
  private render(): boolean {
    const view = this.session.view();
    const vm = view ? tableVM(view, this.lang, this.session.tableDraft()) : null;
    if (!vm?.available) {
      this.closeOverlay();
      return false;
    }
    const focused = this.focus.focused()?.id ?? null;
    this.clearDrawn();
    this.vm = vm;
    this.drawOffers();
    this.drawBuilder();
    if (focused && !this.focus.focusId(focused)) this.focus.focusId('table.close');
    return true;
  }

  private drawOffers(): void {
    const x = this.px + 28;
    let y = this.py + 86;
    const vm = this.vm;
    if (vm.agreed) {
      this.say(x, y, this.t('ui.table.agreedTitle'), { size: 13, bold: true, color: Css.accent, letterSpacing: 1 });
      const body = this.say(x, y + 20, vm.agreed.text, { size: 14, wrap: LEFT_W, lineSpacing: 2 });
      fitText(body, LEFT_W, 40, 11);
      y += 20 + Math.min(40, body.height) + 12;
    }
    this.say(x, y, this.t('ui.table.offersTitle'), { size: 13, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    y += 22;
    const bottom = this.py + H - 24 - 46 - 12;
    const perPage = Math.max(1, Math.floor((bottom - y + ROW_GAP) / (ROW_H + ROW_GAP)));
    const pages = Math.max(1, Math.ceil(vm.offers.length / perPage));
    this.page = Math.min(this.page, pages - 1);
    if (vm.offers.length === 0) this.say(x, y + 6, this.t('ui.table.none'), { size: 14, color: Css.inkMuted, wrap: LEFT_W });
    const locked = vm.locked;
    for (const o of vm.offers.slice(this.page * perPage, (this.page + 1) * perPage)) {
      const answer = o.acceptable || (o.toMe && o.status === 'open');
      const textW = answer ? LEFT_W - 110 : LEFT_W - 12;
      this.keep(new OfferRow(this, x, y, LEFT_W, ROW_H, o, textW, () => this.session.announce(o.spoken)));
      if (answer) {
        const bx = x + LEFT_W - 98;
        const acc = this.btn(`offer.${o.id}.accept`, bx, y + 12, 88, 32, this.t('ui.table.accept'), () => this.choose('accept', o.id), {
          toggle: true,
          selected: o.chosen === 'accept',
          group: 'offers',
          size: 13,
        });
        acc.setEnabled(o.acceptable && !locked);
        const rej = this.btn(`offer.${o.id}.reject`, bx, y + 50, 88, 32, this.t('ui.table.reject'), () => this.choose('reject', o.id), {
          toggle: true,
          selected: o.chosen === 'reject',
          group: 'offers',
          size: 13,
        });
        rej.setEnabled(!locked);
      }
      y += ROW_H + ROW_GAP;
    }
    if (pages > 1) {
      const py = this.py + H - 24 - 40;
      this.btn('table.prev', x, py, 40, 34, '‹', () => this.flip(-1), { size: 18, group: 'pages' }).setEnabled(this.page > 0);
      this.btn('table.next', x + 48, py, 40, 34, '›', () => this.flip(1), { size: 18, group: 'pages' }).setEnabled(this.page < pages - 1);
      this.say(x + 98, py + 17, this.t('ui.history.page', { n: this.page + 1, total: pages }), { size: 12, color: Css.inkMuted }).setOrigin(
        0,
        0.5,
      );
    }
  }

  private drawBuilder(): void {
    const vm = this.vm;
    const b = vm.builder;
    const x = this.px + 28 + LEFT_W + 32;
    const w = this.px + W - 28 - x;
    const g = this.keep(this.add.graphics());
    g.lineStyle(1, Colors.panelLine, 1);
    g.lineBetween(x - 16, this.py + 86, x - 16, this.py + H - 24);
    let y = this.py + 86;
    this.say(x, y, this.t('ui.table.builderTitle'), { size: 13, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    y += 24;
    const locked = vm.locked;
    this.say(x, y + 18, this.t('ui.table.to'), { size: 14, bold: true }).setOrigin(0, 0.5);
    b.partners.forEach((p, i) => {
      this.btn(`table.partner.${p.seat}`, x + 44 + i * 148, y, 140, 36, p.name, () => this.pickPartner(p.seat), {
        toggle: true,
        selected: p.selected,
        group: 'partner',
      }).setEnabled(!locked);
    });
    b.lines.forEach((l, i) => {
      this.btn(`table.line.${l.line}`, x + w - 228 + i * 116, y, 112, 36, l.label, () => this.pickLine(l.line), {
        toggle: true,
        selected: l.selected,
        group: 'line',
      }).setEnabled(l.enabled && !locked);
    });
    y += 50;
    const colW = Math.min(TERM_W, Math.floor((w - 12) / 2));
    this.say(x, y, this.t('ui.table.give'), { size: 12, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    const askHead = this.say(x + colW + 12, y, this.t('ui.table.ask', { seat: b.toName.toUpperCase() }), {
      size: 12,
      bold: true,
      color: Css.inkMuted,
      letterSpacing: 1,
    });
    fitText(askHead, colW, 18, 10);
    y += 20;
    const termsTop = y;
    const drawTerm = (t: TermChoiceVM, side: Side, tx: number, ty: number) => {
      const id = `table.${side === 'gives' ? 'give' : 'ask'}.${t.id}`;
      this.keep(new TermToggle(this, id, tx, ty, colW, TERM_H, t, t.detail, () => this.pickTerm(side, t))).setEnabled(!locked);
    };
    b.give.forEach((t, i) => drawTerm(t, 'gives', x, termsTop + i * (TERM_H + 5)));
    b.ask.forEach((t, i) => drawTerm(t, 'asks', x + colW + 12, termsTop + i * (TERM_H + 5)));
    y = termsTop + Math.max(b.give.length, b.ask.length, 3) * (TERM_H + 5) + 6;
    if (b.active) {
      const total = this.say(x, y, `${b.totalText} · ${b.costText}`, { size: 16, bold: true, color: b.total >= 0 ? Css.good : Css.bad });
      fitText(total, w, 24, 12);
    }
    y += 30;
    this.drawChoice(x, y, w);
  }

  /** What End turn will do at the table (or has done), and the button that clears it. */
  private drawChoice(x: number, y: number, w: number): void {
    const vm = this.vm;
    const by = this.py + H - 24 - 46;
    this.say(x, y, this.t('ui.table.atEndTurn'), { size: 12, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    const line = vm.sealed
      ? this.t('ui.table.sealed', { action: vm.sealed })
      : vm.locked
        ? this.t('ui.table.locked')
        : (vm.choice?.text ?? this.t('ui.table.noChoice'));
    const text = this.say(x, y + 18, line, {
      size: 14,
      wrap: w,
      lineSpacing: 2,
      color: vm.choice?.ready || vm.sealed ? Css.ink : Css.inkMuted,
    });
    fitText(text, w, Math.max(20, by - y - 18 - (vm.choice?.problem ? 24 : 4)), 11);
    if (vm.choice?.problem && !vm.locked) {
      const p = this.say(x, y + 18 + text.height + 2, `${vm.choice.problem} ${this.t('ui.table.notSent')}`, {
        size: 13,
        color: Css.accent,
        wrap: w,
      });
      fitText(p, w, 36, 10);
    }
    this.btn('table.clear', x, by, 150, 46, this.t('ui.table.clear'), () => this.clearChoice(), { variant: 'ghost', size: 15 }).setEnabled(
      vm.choice !== null && !vm.locked,
    );
  }

  // ── Choices ─────────────────────────────────────────────────────────────────────────────
  private setDraft(d: TableDraft, spoken: string): void {
    this.session.setTableDraft(d);
    this.render();
    this.session.announce(spoken);
  }

  private pickPartner(seat: Seat): void {
    const t = this.table();
    if (!t) return;
    this.setDraft(
      withPartner(this.session.tableDraft(), t, seat),
      this.t('ui.table.announce.partner', { seat: this.vm.builder.partners.find((p) => p.seat === seat)?.name ?? seat }),
    );
  }

  private pickLine(line: OfferLine): void {
    const t = this.table();
    if (!t) return;
    this.setDraft(withLine(this.session.tableDraft(), t, line), this.t('ui.table.announce.line', { line: this.t(`offer.line.${line}`) }));
  }

  private pickTerm(side: Side, term: TermChoiceVM): void {
    const t = this.table();
    if (!t) return;
    if (!term.choosable) {
      this.session.announce(this.t('ui.table.announce.blocked', { term: term.name, reason: term.blocked ?? '' }), true);
      return;
    }
    const d = toggleTerm(this.session.tableDraft(), t, side, term.id);
    this.session.setTableDraft(d);
    this.render();
    const key = d[side].includes(term.id) ? 'ui.table.announce.added' : 'ui.table.announce.removed';
    this.session.announce(this.t(key, { term: term.name, total: this.vm.builder.totalText, cost: this.vm.builder.costText }));
  }

  private choose(kind: 'accept' | 'reject', offer: number): void {
    const d = chooseOffer(this.session.tableDraft(), kind, offer);
    this.session.setTableDraft(d);
    this.render();
    this.session.announce(
      this.vm.choice ? this.t('ui.table.announce.chosen', { action: this.vm.choice.text }) : this.t('ui.table.announce.cleared'),
    );
  }

  private clearChoice(): void {
    this.setDraft(null, this.t('ui.table.announce.cleared'));
    this.focus.focusId('table.close');
  }

  private flip(d: number): void {
    this.page = Math.max(0, this.page + d);
    this.render();
  }

  override onKey(e: KeyboardEvent): boolean {
    if (e.key === 't' || e.key === 'T') {
      this.closeOverlay();
      return true;
    }
    return false;
  }
}
