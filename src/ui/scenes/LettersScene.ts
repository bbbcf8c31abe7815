/**
 * Letters between seats (issue 11), over the board: on the left the letters the player may read,
 * newest first (its own, those addressed to it, public ones and leaked ones), each as plain text
 * on the canvas, never as HTML; on the right the form to write one: the recipient (another seat or
 * both), secret or public, the text (a text area of at most 1,000 characters) and, in scenario
 * version 3, one of the player's own offers to carry. A letter does not end the turn. In hot-seat
 * play the recipient reads it when the device is handed to it; in a network game, at once.
 */
import { lettersVM, type LettersVM } from '../../app/screens/letters';
import { netPlay } from '../../app/net';
import type { LetterTo } from '../../model/letters';
import type { OfferLine } from '../../model/table';
import { SceneKeys } from '../keys';
import { Css, fieldStyle } from '../theme';
import { FieldStop } from '../widgets/FieldStop';
import { fitText } from '../widgets/text';
import { OverlayScene } from './OverlayScene';

const W = 1232;
const H = 696;
const LEFT_W = 600;
const ROW_H = 132;
const ROW_GAP = 8;

export class LettersScene extends OverlayScene {
  private underKey: unknown = null;
  private page = 0;
  private to: LetterTo | null = null;
  private line: OfferLine = 'secret';
  private offer: number | null = null;
  private status = '';
  private field: HTMLTextAreaElement | null = null;
  private vm!: LettersVM;

  constructor() {
    super(SceneKeys.Letters);
  }

  protected override restartData(): Record<string, unknown> {
    return { under: this.underKey, page: this.page, quiet: true };
  }

  protected build(data: Record<string, unknown>): void {
    this.underKey = data.under;
    this.page = typeof data.page === 'number' ? data.page : 0;
    if (data.quiet !== true) {
      // A scene object lives on between openings: a new opening (perhaps another seat's) starts a fresh letter.
      this.to = null;
      this.line = 'secret';
      this.offer = null;
      this.status = '';
    }
    this.frame(data, W, H, this.t('letters.title'));
    const hint = this.text(this.px + W - 28, this.py + 30, this.t('letters.keyHint'), {
      size: 12,
      color: Css.inkMuted,
      wrap: 560,
      align: 'right',
    });
    hint.setOrigin(1, 0);
    fitText(hint, 560, 34, 11);
    this.closeButton('letters.close');
    this.makeField();
    this.render();
    this.cleanup(this.session.events.on('update', () => this.render()));
    if (data.quiet !== true) {
      const first = this.vm.rows[0];
      this.session.announce(this.t('letters.announce', { count: this.vm.rows.length, heading: first ? first.heading : '—' }));
    }
    this.focus.focusId(this.vm.rows.length ? 'letters.to.' + (this.to ?? this.vm.recipients[0]?.id ?? '') : 'letters.close');
  }

  /** The text area, made once (re-drawing the rest keeps what was typed). */
  private makeField(): void {
    const field = document.createElement('textarea');
    field.id = 'letter-text';
    field.maxLength = 1000;
    field.autocomplete = 'off';
    field.setAttribute('aria-label', this.t('letters.text', { max: 1000 }));
    Object.assign(field.style, fieldStyle({ padding: '8px 12px', resize: 'none' }));
    document.body.appendChild(field);
    this.field = field;
    const x = this.px + LEFT_W + 68;
    this.pinOver(field, x, this.py + 292, W - LEFT_W - 96, 170);
    field.style.fontSize = '15px';
    this.cleanup(() => {
      field.remove();
      if (this.field === field) this.field = null;
    });
  }

  private render(): void {
    const view = this.session.view();
    if (!view) return this.closeOverlay();
    const focused = this.focus.focused()?.id ?? null;
    this.clearDrawn();
    this.vm = lettersVM(view, this.lang);
    if (this.to !== null && !this.vm.recipients.some((r) => r.id === this.to)) this.to = null;
    if (this.offer !== null && !(this.to && this.vm.offersFor(this.to, this.line).some((o) => o.id === this.offer))) this.offer = null;
    this.drawList();
    this.drawForm();
    if (focused) this.focus.focusId(focused);
  }

  private drawList(): void {
    const x = this.px + 28;
    let y = this.py + 90;
    const rows = this.vm.rows;
    const bottom = this.py + H - 24 - 46 - 12;
    const perPage = Math.max(1, Math.floor((bottom - y + ROW_GAP) / (ROW_H + ROW_GAP)));
    const pages = Math.max(1, Math.ceil(rows.length / perPage));
    this.page = Math.min(this.page, pages - 1);
    if (rows.length === 0) this.keep(this.text(x, y + 6, this.t('letters.none'), { size: 14, color: Css.inkMuted, wrap: LEFT_W }));
    for (const r of rows.slice(this.page * perPage, (this.page + 1) * perPage)) {
      const g = this.keep(this.add.graphics());
      g.fillStyle(r.mine ? 0x16263a : 0x1b2c20, 1);
      g.fillRoundedRect(x, y, LEFT_W, ROW_H, 10);
      const head = this.keep(this.text(x + 12, y + 8, r.heading, { size: 13, bold: true, color: Css.inkMuted }));
      fitText(head, LEFT_W - 24, 18, 10);
      let ty = y + 30;
      if (r.leaked) {
        this.keep(this.text(x + 12, ty, r.leaked, { size: 12, bold: true, color: Css.bad }));
        ty += 18;
      }
      const room = y + ROW_H - 8 - ty - (r.offer ? 20 : 0);
      const body = this.keep(this.text(x + 12, ty, r.text, { size: 14, wrap: LEFT_W - 24, lineSpacing: 2 }));
      body.setName(`letter.${r.id}`);
      fitText(body, LEFT_W - 24, room, 10);
      if (r.offer) {
        const o = this.keep(this.text(x + 12, y + ROW_H - 26, r.offer, { size: 12, color: Css.accent }));
        fitText(o, LEFT_W - 24, 18, 9);
      }
      y += ROW_H + ROW_GAP;
    }
    if (pages > 1) {
      const py = this.py + H - 24 - 40;
      this.btn('letters.prev', x, py, 110, 34, this.t('letters.prev'), () => this.flip(-1), { group: 'pages' }).setEnabled(this.page > 0);
      this.btn('letters.next', x + 120, py, 110, 34, this.t('letters.next'), () => this.flip(1), { group: 'pages' }).setEnabled(
        this.page < pages - 1,
      );
    }
  }

  private drawForm(): void {
    const x = this.px + LEFT_W + 68;
    const w = W - LEFT_W - 96;
    let y = this.py + 90;
    const vm = this.vm;
    const off = netPlay()?.status().session?.letters === false;
    this.keep(this.text(x, y, this.t('letters.compose'), { size: 13, bold: true, color: Css.inkMuted, letterSpacing: 1 }));
    y += 26;
    this.keep(this.text(x, y, this.t('letters.to'), { size: 12, color: Css.inkMuted }));
    y += 18;
    const rw = Math.floor((w - 16) / 3);
    vm.recipients.forEach((r, i) => {
      this.btn(`letters.to.${r.id}`, x + i * (rw + 8), y, rw, 40, r.label, () => this.pick({ to: r.id }), {
        toggle: true,
        selected: this.to === r.id,
        group: 'to',
      });
    });
    y += 52;
    this.keep(this.text(x, y, this.t('letters.line'), { size: 12, color: Css.inkMuted }));
    y += 18;
    const lw = Math.floor((w - 8) / 2);
    vm.lines.forEach((l, i) => {
      this.btn(`letters.line.${l.id}`, x + i * (lw + 8), y, lw, 40, l.label, () => this.pick({ line: l.id }), {
        toggle: true,
        selected: this.line === l.id,
        group: 'line',
      });
    });
    y += 52;
    this.keep(this.text(x, y, this.t('letters.text', { max: vm.maxLength }), { size: 12, color: Css.inkMuted }));
    if (this.field)
      this.keep(new FieldStop(this, 'letters.text', x, this.py + 292, w, 170, this.field, this.t('letters.text', { max: vm.maxLength })));
    y = this.py + 292 + 180;
    const offers = this.to ? vm.offersFor(this.to, this.line) : [];
    if (offers.length) {
      this.keep(this.text(x, y, this.t('letters.offer'), { size: 12, color: Css.inkMuted }));
      const choices = [{ id: 0, label: this.t('letters.noOffer') }, ...offers.slice(0, 3)];
      const ow = Math.floor((w - 8 * (choices.length - 1)) / choices.length);
      choices.forEach((o, i) => {
        this.btn(`letters.offer.${o.id}`, x + i * (ow + 8), y + 18, ow, 34, o.label, () => this.pick({ offer: o.id || null }), {
          toggle: true,
          selected: (this.offer ?? 0) === o.id,
          group: 'offer',
          size: 13,
        });
      });
    }
    const sy = this.py + H - 24 - 46 - 58;
    const send = this.btn('letters.send', x, sy, 180, 46, this.t('letters.send'), () => this.send(), { variant: 'primary', size: 16 });
    send.setEnabled(vm.open && !off && this.to !== null);
    const note = off ? this.t('letters.off') : this.status;
    if (note) {
      const s = this.keep(this.text(x + 196, sy + 4, note, { size: 13, wrap: w - 200, color: off ? Css.bad : Css.inkMuted }));
      fitText(s, w - 200, 40, 10);
    }
  }

  private pick(p: { to?: LetterTo; line?: OfferLine; offer?: number | null }): void {
    if (p.to !== undefined) this.to = p.to;
    if (p.line !== undefined) this.line = p.line;
    if (p.offer !== undefined) this.offer = p.offer;
    this.status = '';
    this.render();
  }

  private flip(d: number): void {
    this.page = Math.max(0, this.page + d);
    this.render();
  }

  private send(): void {
    const text = this.field?.value ?? '';
    if (!this.to) return;
    const r = this.session.sendLetter({ to: this.to, line: this.line, text, ...(this.offer !== null ? { offer: this.offer } : {}) });
    if (!r.ok) {
      this.status = r.error;
      this.session.announce(r.error, true);
    } else {
      if (this.field) this.field.value = '';
      this.status = this.t('letters.sent');
      this.session.announce(this.status);
      // In a network game the server answers later: a refusal (letters turned off, say) replaces "Sent.".
      void netPlay()?.lastSend.then((answer) => {
        if (answer.ok || !this.scene.isActive()) return;
        this.status = answer.error;
        this.session.announce(answer.error, true);
        this.render();
      });
    }
    this.render();
  }
}
