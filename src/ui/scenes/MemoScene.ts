/**
 * The position memo over the board (issue 11, a classroom session in network play): the teacher's
 * prompt for this seat, a text area of at most 1,200 characters (a native field laid over the
 * canvas, as the letters panel has), how many characters are used, Send, and the server's answer:
 * "Memo sent" or why it was refused. The text stays in the field (and for the month, between
 * openings), so a refusal loses nothing and a revised memo can replace the one sent. The server is the authority; this panel only asks it.
 */
import { memoCount, memoVM, type MemoVM } from '../../app/screens/course';
import { netPlay } from '../../app/net';
import { SceneKeys } from '../keys';
import { Css, fieldStyle } from '../theme';
import { FieldStop } from '../widgets/FieldStop';
import { fitText, setTextSafe } from '../widgets/text';
import { OverlayScene } from './OverlayScene';
import type Phaser from 'phaser';

const W = 900;
const H = 580;
const FIELD = { dx: 28, dy: 226, h: 220 };

export class MemoScene extends OverlayScene {
  private field: HTMLTextAreaElement | null = null;
  private count: Phaser.GameObjects.Text | null = null;
  /** The server's last answer ('' for none) and whether it was a refusal. */
  private status = '';
  private refused = false;
  private sending = false;
  /** What was typed, kept between openings in the same month (a scene object lives on between them). */
  private draft = { turn: 0, text: '' };
  private vm!: MemoVM;

  constructor() {
    super(SceneKeys.Memo);
  }

  protected build(data: Record<string, unknown>): void {
    const net = netPlay();
    if (!net) return this.closeOverlay();
    this.status = '';
    this.refused = false;
    this.sending = false;
    this.frame(data, W, H, this.t('course.board.memoTitle'));
    const keys = this.text(this.px + W - 28, this.py + 30, this.t('course.board.memoKeys'), {
      size: 12,
      color: Css.inkMuted,
      align: 'right',
    });
    keys.setOrigin(1, 0);
    fitText(keys, 420, 20, 10);
    this.closeButton('memo.close');
    this.makeField();
    this.count = this.text(this.px + W - 28, this.py + FIELD.dy + FIELD.h + 8, '', { size: 12, color: Css.inkMuted }).setOrigin(1, 0);
    this.render();
    this.cleanup(net.onChange(() => this.render()));
    this.session.announce(`${this.vm.ask} ${this.vm.prompt}`);
    // The panel is for writing: the caret goes into the text box however it was opened.
    this.focus.focusId('memo.text');
    this.field?.focus();
  }

  /** The text area, made once per opening (redrawing the rest keeps what was typed). */
  private makeField(): void {
    const field = document.createElement('textarea');
    field.id = 'memo-text';
    field.name = 'memo';
    field.autocomplete = 'off';
    Object.assign(field.style, fieldStyle({ padding: '8px 12px', resize: 'none' }));
    document.body.appendChild(field);
    this.field = field;
    this.pinOver(field, this.px + FIELD.dx, this.py + FIELD.dy, W - 2 * FIELD.dx, FIELD.h);
    field.style.fontSize = '15px';
    const turn = netPlay()?.net.getView()?.turn ?? 0;
    if (this.draft.turn === turn) field.value = this.draft.text;
    const onInput = () => this.showCount();
    field.addEventListener('input', onInput);
    this.cleanup(() => {
      this.draft = { turn, text: field.value };
      field.removeEventListener('input', onInput);
      field.remove();
      if (this.field === field) this.field = null;
    });
  }

  private showCount(): void {
    if (this.count && this.field) setTextSafe(this.count, memoCount(this.lang, this.field.value.length));
  }

  private render(): void {
    const net = netPlay();
    if (!net) return this.closeOverlay();
    const focused = this.focus.focused()?.id ?? null;
    this.clearDrawn();
    this.vm = memoVM(this.lang, net.net.seat, net.course());
    const x = this.px + 28;
    const w = W - 56;
    this.say(x, this.py + 86, this.vm.ask, { size: 13, bold: true, color: Css.inkMuted, wrap: w });
    const prompt = this.say(x, this.py + 110, this.vm.prompt, { size: 17, wrap: w, lineSpacing: 3 }).setName('memo.prompt');
    fitText(prompt, w, 84, 12);
    this.say(x, this.py + FIELD.dy - 22, this.vm.label, { size: 12, color: Css.inkMuted });
    if (this.field) {
      this.field.maxLength = this.vm.maxLength;
      this.field.setAttribute('aria-label', this.vm.label);
      this.keep(new FieldStop(this, 'memo.text', x, this.py + FIELD.dy, w, FIELD.h, this.field, this.vm.label));
    }
    this.showCount();
    const by = this.py + H - 24 - 46;
    const send = this.btn('memo.send', x, by, 220, 46, this.t('course.memo.send'), () => this.send(), { variant: 'primary', size: 16 });
    send.setEnabled(!this.sending);
    const note = this.sending ? this.t('course.board.memoSending') : this.status || (this.vm.sent ? this.t('course.memo.sent') : '');
    if (note) {
      const s = this.say(x + 236, by - 2, note, {
        size: 13,
        bold: this.refused,
        wrap: w - 236 - 190,
        color: this.refused ? Css.bad : Css.inkMuted,
      });
      s.setName('memo.status');
      fitText(s, w - 236 - 190, 50, 10);
    }
    if (focused) this.focus.focusId(focused);
  }

  private send(): void {
    const net = netPlay();
    const text = this.field?.value ?? '';
    if (!net || this.sending) return;
    if (text.trim() === '') {
      this.answer(this.t('course.board.memoEmpty'), true);
      return;
    }
    this.sending = true;
    this.status = '';
    this.render();
    void net.sendMemo(text).then((r) => {
      this.sending = false;
      if (!this.scene.isActive()) return;
      this.answer(r.ok ? this.t('course.memo.sent') : this.t('course.board.memoRefused', { error: r.error }), !r.ok);
    });
  }

  private answer(text: string, refused: boolean): void {
    this.status = text;
    this.refused = refused;
    this.session.announce(text, refused);
    this.render();
  }
}
