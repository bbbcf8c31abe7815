/** A large selectable seat card for the Setup screen. */
import type Phaser from 'phaser';
import { Colors, Css } from '../theme';
import { Control, type ControlHost } from './Control';
import { fitText, makeText } from './text';

export class SeatCard extends Control {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private selectedState = false;
  private readonly color: number;

  constructor(
    scene: Phaser.Scene & ControlHost,
    id: string,
    x: number,
    y: number,
    w: number,
    h: number,
    color: number,
    name: string,
    long: string,
    goals: string[],
    onActivate: () => void,
  ) {
    super(scene, id, x, y, w, h, onActivate);
    this.color = color;
    this.radius = 14;
    this.group = 'seats';
    this.bg = scene.add.graphics();
    this.add(this.bg);
    this.title = makeText(scene, 24, 26, name, { size: 28, bold: true });
    fitText(this.title, w - 80, 40, 18);
    const sub = makeText(scene, 24, 64, long, { size: 15, color: Css.inkMuted, bold: true });
    fitText(sub, w - 48, 24, 11);
    this.add(this.title);
    this.add(sub);
    let gy = 100;
    for (const goal of goals) {
      const t = makeText(scene, 42, gy, goal, { size: 14, color: '#cfd9e4', wrap: w - 66 });
      fitText(t, w - 66, 40, 11);
      const dot = scene.add.graphics();
      dot.fillStyle(color, 1);
      dot.fillCircle(30, gy + 10, 3.5);
      this.add(dot);
      this.add(t);
      gy += Math.max(22, t.height + 4);
      if (gy > h - 24) break;
    }
    this.finishChildren();
    this.redraw();
  }

  label(): string {
    return this.title.text;
  }

  setSelected(on: boolean): this {
    this.selectedState = on;
    this.redraw();
    return this;
  }

  protected redraw(): void {
    const g = this.bg;
    const { cw: w, ch: h } = this;
    g.clear();
    g.fillStyle(this.selectedState ? 0x1b3048 : this.hovered || this.isFocused ? 0x1a293b : Colors.panel, 1);
    g.fillRoundedRect(0, 0, w, h, 14);
    g.fillStyle(this.color, 1);
    g.fillRoundedRect(0, 0, w, 8, { tl: 14, tr: 14, bl: 0, br: 0 });
    g.lineStyle(
      this.selectedState ? 3 : 1.5,
      this.selectedState ? this.color : this.hovered || this.isFocused ? 0x5a7898 : Colors.panelLine,
      1,
    );
    g.strokeRoundedRect(0, 0, w, h, 14);
    if (this.selectedState) {
      g.fillStyle(this.color, 1);
      g.fillCircle(w - 30, 36, 13);
      g.lineStyle(3, Colors.bg, 1);
      g.beginPath();
      g.moveTo(w - 36, 36);
      g.lineTo(w - 31, 41);
      g.lineTo(w - 23, 31);
      g.strokePath();
    }
  }
}
