/**
 * A message that needs reading: an import refused (what is wrong, the codec's exact words, and that
 * nothing changed), a share link, a question with a text field (renaming a game). Like the Dialog,
 * its options are `choice.<id>` targets.
 */
import type Phaser from 'phaser';
import { SceneKeys } from '../keys';
import { Css, fieldStyle } from '../theme';
import { fitText } from '../widgets/text';
import { OverlayScene } from './OverlayScene';

export interface NoticeRequest {
  title: string;
  /** The main sentence, in bold. */
  lead?: string;
  body?: string;
  /** Small print: the codec's own message, a link. */
  detail?: string;
  /** Tone of the lead: a refusal is drawn in the warning colour. */
  tone?: 'warning' | 'normal';
  /** A text field: to type a name, or (read-only, selected) to copy a link from. */
  input?: { value: string; maxLength: number; label: string; readOnly?: boolean };
  choices: { id: string; label: string; primary?: boolean }[];
  /** `value` is the text field's content, when there is one. */
  onChoice: (id: string, value: string) => void;
  /** The choice Escape picks (default: the first that is not primary). */
  cancel?: string;
}

let pending: NoticeRequest | null = null;

export function setNotice(req: NoticeRequest): void {
  pending = req;
}

const W = 680;

export class NoticeScene extends OverlayScene {
  private req: NoticeRequest | null = null;
  private field: HTMLInputElement | null = null;
  /** The screen below, kept for a restart with another notice. */
  underKey: string | null = null;

  constructor() {
    super(SceneKeys.Notice);
  }

  protected build(data: Record<string, unknown>): void {
    this.req = pending;
    this.underKey = typeof data.under === 'string' ? data.under : null;
    const req = this.req;
    if (!req) {
      this.closeOverlay();
      return;
    }
    const textW = W - 56;
    // Measure first, so the panel fits its text.
    const parts: { text: Phaser.GameObjects.Text; gap: number }[] = [];
    const add = (value: string | undefined, o: Parameters<OverlayScene['text']>[3], gap: number, maxH: number) => {
      if (!value) return;
      const t = this.text(0, 0, value, { wrap: textW, lineSpacing: 3, ...o });
      fitText(t, textW, maxH, 10);
      parts.push({ text: t, gap });
    };
    add(req.lead, { size: 18, bold: true, color: req.tone === 'warning' ? Css.bad : Css.ink }, 10, 110);
    add(req.body, { size: 15, color: Css.ink }, 10, 140);
    add(req.detail, { size: 13, color: Css.inkMuted }, 12, 150);
    const inputH = req.input ? 48 : 0;
    const content = parts.reduce((a, p) => a + p.text.height + p.gap, 0) + (inputH ? inputH + 12 : 0);
    const h = Math.max(230, Math.min(620, 88 + content + 24 + 48 + 24));
    this.frame(data, W, h, req.title);
    let y = this.py + 88;
    for (const p of parts) {
      p.text.setPosition(this.px + 28, y);
      p.text.setDepth(1);
      y += p.text.height + p.gap;
    }
    if (req.input) this.placeField(req.input, this.px + 28, y + 2, textW, inputH - 4);
    const bw = Math.min(170, Math.floor((textW - (req.choices.length - 1) * 14) / Math.max(1, req.choices.length)));
    this.choiceRow(req.choices, bw, (id) => this.answer(id));
    const spoken = [req.title, req.lead, req.body].filter(Boolean).join('. ');
    this.session.announce(spoken, req.tone === 'warning');
  }

  private placeField(spec: NonNullable<NoticeRequest['input']>, x: number, y: number, w: number, h: number): void {
    const input = document.createElement('input');
    input.type = 'text';
    input.id = 'notice-input';
    input.maxLength = spec.maxLength;
    input.readOnly = spec.readOnly === true;
    input.value = spec.value;
    input.autocomplete = 'off';
    input.setAttribute('aria-label', spec.label);
    Object.assign(input.style, fieldStyle({ padding: '0 12px' }));
    document.body.appendChild(input);
    this.field = input;
    this.pinOver(input, x, y, w, h);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || (e.key === 'Tab' && !e.shiftKey)) {
        const primary = this.req?.choices.find((c) => c.primary);
        if (primary) {
          e.preventDefault();
          e.stopPropagation();
          this.answer(primary.id);
        }
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.onEscape();
      }
    };
    input.addEventListener('keydown', onKey);
    window.setTimeout(() => {
      input.focus();
      input.select();
    }, 0);
    this.cleanup(() => {
      input.removeEventListener('keydown', onKey);
      input.remove();
      if (this.field === input) this.field = null;
    });
  }

  protected override onLanguageChanged(): void {
    /* a notice keeps its texts; it is short-lived */
  }

  private answer(id: string): void {
    const req = this.req;
    const value = this.field?.value ?? '';
    pending = null;
    this.req = null;
    this.closeOverlay();
    req?.onChoice(id, value);
  }

  override onEscape(): void {
    const req = this.req;
    if (!req) return;
    const cancel = req.cancel ?? req.choices.find((c) => !c.primary)?.id ?? req.choices[0]?.id ?? 'cancel';
    this.answer(cancel);
  }
}
