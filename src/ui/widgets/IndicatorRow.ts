/** A dashboard row: name, a 0–100 bar, the value and a trend arrow with the month's change. */
import type Phaser from 'phaser';
import type { IndicatorVM } from '../../app/screens/board';
import { Colors, Css } from '../theme';
import { Control, type ControlHost } from './Control';
import { fitText, makeText } from './text';

export class IndicatorRow extends Control {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly nameText: Phaser.GameObjects.Text;
  private selectedState = false;
  vm: IndicatorVM;
  private shownValue: number;
  private readonly barX: number;
  private readonly barW: number;

  constructor(scene: Phaser.Scene & ControlHost, vm: IndicatorVM, x: number, y: number, w: number, h: number, onActivate: () => void) {
    super(scene, `indicator.${vm.id}`, x, y, w, h, onActivate);
    this.vm = vm;
    this.group = 'dashboard';
    this.radius = 6;
    this.shownValue = vm.value;
    this.bg = scene.add.graphics();
    this.bar = scene.add.graphics();
    this.add(this.bg);
    this.add(this.bar);
    this.nameText = makeText(scene, 8, h / 2, vm.short, { size: 13, bold: true, color: '#d5dee8' }).setOrigin(0, 0.5);
    fitText(this.nameText, 112, h, 9);
    this.add(this.nameText);
    this.barX = 124;
    this.barW = w - this.barX - 74;
    this.valueText = makeText(scene, this.barX + this.barW + 8, h / 2, String(vm.value), { size: 14, bold: true }).setOrigin(0, 0.5);
    this.add(this.valueText);
    const arrow = vm.trend === 'up' ? '▲' : vm.trend === 'down' ? '▼' : '▶';
    const good = vm.delta * vm.polarity;
    const color = vm.trend === 'flat' ? Css.inkFaint : good > 0 ? Css.good : good < 0 ? Css.bad : '#c8d3df';
    const trend = makeText(scene, w - 6, h / 2, vm.trend === 'flat' ? '▶ 0' : `${arrow} ${Math.abs(vm.delta)}`, {
      size: 12,
      bold: true,
      color,
    }).setOrigin(1, 0.5);
    if (vm.trend === 'flat') trend.setAlpha(0.7);
    this.add(trend);
    this.finishChildren();
    this.redraw();
  }

  label(): string {
    return this.vm.short;
  }

  setSelected(on: boolean): void {
    this.selectedState = on;
    this.redraw();
  }

  /** Animates the bar from `from` to the row's value. */
  animateFrom(from: number, duration = 900): void {
    this.shownValue = from;
    this.drawBar();
    const k = { v: from };
    this.scene.tweens.add({
      targets: k,
      v: this.vm.value,
      duration,
      ease: 'Cubic.easeOut',
      onUpdate: () => {
        this.shownValue = k.v;
        this.valueText.setText(String(Math.round(k.v)));
        this.drawBar();
      },
    });
  }

  private drawBar(): void {
    const g = this.bar;
    const { ch: h } = this;
    g.clear();
    const y = h / 2 - 4;
    g.fillStyle(0x0b1420, 1);
    g.fillRoundedRect(this.barX, y, this.barW, 8, 4);
    const v = Math.max(0, Math.min(100, this.shownValue));
    const pol = this.vm.polarity;
    // Colour says whether high is good for this seat (sky) or bad (orange); neutral otherwise.
    const color = pol > 0 ? Colors.sky : pol < 0 ? Colors.accent : 0xa9b7c6;
    g.fillStyle(color, 0.95);
    if (v > 0) g.fillRoundedRect(this.barX, y, Math.max(8, (this.barW * v) / 100), 8, 4);
    g.fillStyle(0x0d1520, 0.9);
    g.fillRect(this.barX + this.barW / 2 - 0.5, y, 1, 8);
  }

  protected redraw(): void {
    const g = this.bg;
    const { cw: w, ch: h } = this;
    g.clear();
    if (this.selectedState || this.hovered || this.isFocused) {
      g.fillStyle(this.selectedState ? 0x23405e : 0x1b2a3c, 1);
      g.fillRoundedRect(0, 0, w, h, 6);
    }
    if (this.selectedState) {
      g.fillStyle(Colors.accent, 1);
      g.fillRoundedRect(0, 3, 3, h - 6, 1.5);
    }
    this.drawBar();
  }
}
