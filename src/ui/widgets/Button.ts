/** A labelled button: primary (the one main action), secondary, ghost, or a toggle in a group. */
import type Phaser from 'phaser';
import { Colors, Css } from '../theme';
import { Control, type ControlHost } from './Control';
import { fitText, makeText, setTextSafe } from './text';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonOptions {
  variant?: ButtonVariant;
  size?: number;
  /** A toggle shows a selected state (with a marker, not by colour alone). */
  toggle?: boolean;
  selected?: boolean;
  group?: string;
  /** Small second line under the label. */
  sub?: string;
  align?: 'center' | 'left';
  bold?: boolean;
  korean?: boolean;
}

export class Button extends Control {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private readonly subText: Phaser.GameObjects.Text | null;
  private variant: ButtonVariant;
  private selectedState: boolean;
  private readonly opts: ButtonOptions;

  constructor(
    scene: Phaser.Scene & ControlHost,
    id: string,
    x: number,
    y: number,
    w: number,
    h: number,
    label: string,
    onActivate: () => void,
    opts: ButtonOptions = {},
  ) {
    super(scene, id, x, y, w, h, onActivate);
    this.opts = opts;
    this.variant = opts.variant ?? 'secondary';
    this.selectedState = opts.selected ?? false;
    if (opts.group) this.group = opts.group;
    this.bg = scene.add.graphics();
    const size = opts.size ?? (h >= 52 ? 20 : h >= 40 ? 17 : 15);
    const color = this.variant === 'primary' ? Css.dark : Css.ink;
    const left = opts.align === 'left';
    const pad = left ? (opts.toggle ? 26 : 16) : 12;
    this.text = makeText(scene, left ? pad : w / 2, opts.sub ? h / 2 - size * 0.55 : h / 2, label, {
      size,
      color,
      bold: opts.bold ?? true,
      align: left ? 'left' : 'center',
      ...(opts.korean ? { korean: true } : {}),
    }).setOrigin(left ? 0 : 0.5, 0.5);
    fitText(this.text, w - pad - 10, h - 4, 11);
    this.subText = opts.sub
      ? makeText(scene, left ? pad : w / 2, h / 2 + size * 0.6, opts.sub, {
          size: Math.max(12, size - 5),
          color: this.variant === 'primary' ? '#2a1d00' : Css.inkMuted,
          align: left ? 'left' : 'center',
        }).setOrigin(left ? 0 : 0.5, 0.5)
      : null;
    if (this.subText) fitText(this.subText, w - pad - 10, h / 2, 10);
    this.add(this.bg);
    this.add(this.text);
    if (this.subText) this.add(this.subText);
    this.finishChildren();
    this.redraw();
  }

  label(): string {
    return this.text.text;
  }

  setLabel(s: string): this {
    setTextSafe(this.text, s);
    fitText(this.text, this.cw - 20, this.ch - 4, 11);
    return this;
  }

  setSub(s: string): this {
    if (this.subText) {
      setTextSafe(this.subText, s);
      this.subText.setFontSize(Math.max(12, (this.opts.size ?? 17) - 5));
      fitText(this.subText, this.cw - 20, this.ch / 2, 10);
    }
    return this;
  }

  setSelected(on: boolean): this {
    this.selectedState = on;
    this.redraw();
    return this;
  }

  get selected(): boolean {
    return this.selectedState;
  }

  protected redraw(): void {
    const g = this.bg;
    g.clear();
    const { cw: w, ch: h } = this;
    const r = this.radius;
    let fill: number;
    let line: number;
    let lineW = 1.5;
    if (this.variant === 'primary') {
      fill = this.pressed ? 0xc98a00 : this.hovered || this.isFocused ? 0xf5b42a : Colors.accent;
      line = fill;
    } else if (this.variant === 'ghost') {
      fill = this.hovered || this.isFocused ? 0x1a2839 : Colors.bg;
      line = this.hovered || this.isFocused ? 0x4a6482 : Colors.panelLine;
    } else if (this.variant === 'danger') {
      fill = this.hovered || this.isFocused ? 0x3a2418 : 0x2a1c16;
      line = Colors.bad;
    } else {
      fill = this.pressed ? 0x152131 : this.hovered || this.isFocused ? 0x243750 : Colors.panelHi;
      line = this.hovered || this.isFocused ? 0x5a7898 : Colors.panelLine;
    }
    if (this.opts.toggle && this.selectedState) {
      fill = 0x1d3a57;
      line = Colors.sky;
      lineW = 2.5;
    }
    g.fillStyle(fill, 1);
    g.fillRoundedRect(0, 0, w, h, r);
    g.lineStyle(lineW, line, 1);
    g.strokeRoundedRect(0, 0, w, h, r);
    if (this.opts.toggle && this.selectedState) {
      // A check disc: selection is not told by colour alone.
      const cx = this.opts.align === 'left' ? 13 : w - 13;
      g.fillStyle(Colors.sky, 1);
      g.fillCircle(cx, 13, 7);
      g.lineStyle(2, Colors.bg, 1);
      g.beginPath();
      g.moveTo(cx - 3.5, 13);
      g.lineTo(cx - 1, 15.5);
      g.lineTo(cx + 3.5, 10.5);
      g.strokePath();
    }
    this.setAlpha(this.isEnabled ? 1 : 0.42);
    if (this.variant !== 'primary') this.text.setColor(this.opts.toggle && this.selectedState ? '#ffffff' : Css.ink);
  }
}
