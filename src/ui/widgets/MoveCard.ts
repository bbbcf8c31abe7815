/**
 * A move card in the hand: cost, a public/secret badge, the name, and the indicators it touches
 * (how much of the effect shows depends on the difficulty). Selecting a card raises it.
 */
import type Phaser from 'phaser';
import type { CardVM } from '../../app/screens/cards';
import { Colors, Css } from '../theme';
import { Control, type ControlHost } from './Control';
import { fitText, makeText } from './text';

export class MoveCard extends Control {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly nameText: Phaser.GameObjects.Text;
  private selectedState = false;
  readonly vm: CardVM;
  private readonly baseY: number;

  constructor(
    scene: Phaser.Scene & ControlHost,
    vm: CardVM,
    x: number,
    y: number,
    w: number,
    h: number,
    private readonly costLabel: string,
    onActivate: () => void,
  ) {
    super(scene, `move.${vm.id}`, x, y, w, h, onActivate);
    this.vm = vm;
    this.baseY = y;
    this.group = 'hand';
    this.radius = 10;
    this.uiCue = false;
    this.bg = scene.add.graphics();
    this.add(this.bg);
    // Badge
    const badge = makeText(scene, 35, 15, vm.visibilityLabel.toUpperCase(), {
      size: 11,
      bold: true,
      color: vm.secret ? '#1a0f17' : '#06121d',
    }).setOrigin(0, 0.5);
    const flagged = vm.answers.length > 0;
    fitText(badge, w - 35 - (vm.secret ? 24 : 6) - (flagged ? 18 : 0), 16, 7);
    this.add(badge);
    // Version 5: a flag in the band when the card, played now, brings news of its own (the detail panel says which).
    if (flagged) this.add(makeText(scene, w - (vm.secret ? 26 : 8), 15, '⚑', { size: 15, bold: true, color: Css.dark }).setOrigin(1, 0.5));
    // Cost disc
    const cost = makeText(scene, 17, 16, String(vm.cost), { size: 15, bold: true, color: Css.dark }).setOrigin(0.5);
    this.add(cost);
    this.nameText = makeText(scene, 10, 38, vm.name, { size: 15, bold: true, wrap: w - 20, lineSpacing: 1 });
    fitText(this.nameText, w - 20, 60, 11);
    this.add(this.nameText);
    // Touches
    let ty = 38 + Math.max(40, this.nameText.height) + 8;
    const maxRows = Math.floor((h - ty - 6) / 19);
    vm.touches.slice(0, maxRows).forEach((t) => {
      const color = t.tone > 0 ? Css.good : t.tone < 0 ? Css.bad : Css.inkMuted;
      const lbl = makeText(scene, 10, ty, t.label, { size: 12, color: '#c8d3df' });
      const mark = makeText(scene, w - 10, ty, t.mark, { size: 12, bold: true, color }).setOrigin(1, 0);
      fitText(lbl, w - 24 - mark.width, 18, 9);
      this.add(lbl);
      this.add(mark);
      ty += 19;
    });
    this.finishChildren();
    this.redraw();
  }

  label(): string {
    return this.vm.name;
  }

  /** For screen readers and the automation contract: "Send a secret envoy (secret, 2 capital)". */
  describe(): string {
    const news = this.vm.answers.map((a) => `; ⚑ ${a.title}`).join('');
    return `${this.vm.name} (${this.vm.visibilityLabel}, ${this.vm.cost} ${this.costLabel}${news})`;
  }

  setSelected(on: boolean): void {
    this.selectedState = on;
    this.y = on ? this.baseY - 12 : this.baseY;
    this.redraw();
  }

  get selected(): boolean {
    return this.selectedState;
  }

  protected redraw(): void {
    const g = this.bg;
    const { cw: w, ch: h } = this;
    g.clear();
    g.fillStyle(0x000000, 0.35);
    g.fillRoundedRect(2, 5, w, h, 10);
    const fill = this.selectedState ? 0x23364d : this.hovered || this.isFocused ? 0x1f3045 : Colors.panelHi;
    g.fillStyle(fill, 1);
    g.fillRoundedRect(0, 0, w, h, 10);
    // Visibility band
    const band = this.vm.secret ? Colors.secret : Colors.public;
    g.fillStyle(band, 1);
    g.fillRoundedRect(0, 0, w, 30, { tl: 10, tr: 10, bl: 0, br: 0 });
    // A lock on secret cards: the badge is told by its word and shape, not by colour alone.
    if (this.vm.secret) {
      g.fillStyle(Colors.bg, 1);
      g.fillRect(w - 20, 14, 11, 9);
      g.lineStyle(2, Colors.bg, 1);
      g.strokeCircle(w - 14.5, 13, 3.6);
    }
    // Cost disc
    g.fillStyle(Colors.accent, 1);
    g.fillCircle(17, 16, 12);
    g.lineStyle(2, 0x0d1520, 1);
    g.strokeCircle(17, 16, 12);
    g.lineStyle(
      this.selectedState ? 3 : 1.5,
      this.selectedState ? Colors.accent : this.hovered || this.isFocused ? 0x5a7898 : Colors.panelLine,
      1,
    );
    g.strokeRoundedRect(0, 0, w, h, 10);
    this.setAlpha(this.isEnabled ? 1 : 0.45);
  }
}
