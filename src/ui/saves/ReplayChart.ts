/**
 * The replay's chart: four indicators over the whole game, faint after the cursor and full up to
 * it, with the cursor's month marked. Lines differ by colour and by marker shape.
 */
import type Phaser from 'phaser';
import type { ReplayVM } from '../../app/saves/viewModels';
import * as T from '../../app/text';
import type { IndicatorId } from '../../model/types';
import type { BaseScene } from '../BaseScene';
import { Colors, Css, OkabeIto } from '../theme';
import { fitText } from '../widgets/text';

type Box = { x: number; y: number; w: number; h: number };

const LINES: IndicatorId[] = ['trust', 'tension', 'alliance', 'determination'];
const COLORS = [OkabeIto.sky, OkabeIto.orange, OkabeIto.green, OkabeIto.purple];

function markerShape(g: Phaser.GameObjects.Graphics, k: number, x: number, y: number, r: number): void {
  if (k % 3 === 0) g.fillCircle(x, y, r);
  else if (k % 3 === 1) g.fillRect(x - r, y - r, r * 2, r * 2);
  else g.fillTriangle(x, y - r - 1, x - r - 1, y + r, x + r + 1, y + r);
}

export class ReplayChart {
  private readonly lines: Phaser.GameObjects.Graphics;

  constructor(
    scene: BaseScene,
    private readonly box: Box,
  ) {
    const { x, y, w, h } = box;
    scene.panel(x, y, w, h, Colors.panel);
    scene.text(x + 14, y + 8, scene.t('ui.replay.chart'), { size: 12, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    const g = scene.add.graphics();
    const { px, py, ph } = this.plot();
    g.lineStyle(1, Colors.panelLine, 1);
    for (const v of [0, 50, 100]) {
      const yy = py + ph - (ph * v) / 100;
      g.lineBetween(px, yy, x + w - 14, yy);
      scene.text(px - 8, yy, T.num(scene.lang, v), { size: 10, color: Css.inkFaint }).setOrigin(1, 0.5);
    }
    let lx = px;
    LINES.forEach((id, k) => {
      const color = COLORS[k] ?? OkabeIto.sky;
      g.lineStyle(2.5, color, 1);
      g.lineBetween(lx, y + h - 16, lx + 16, y + h - 16);
      g.fillStyle(color, 1);
      markerShape(g, k, lx + 8, y + h - 16, 3.5);
      const t = scene.text(lx + 22, y + h - 16, T.indicatorShort(scene.lang, id), { size: 11, color: Css.ink }).setOrigin(0, 0.5);
      fitText(t, 90, 16, 8);
      lx += 22 + Math.min(90, t.width) + 18;
    });
    this.lines = scene.add.graphics();
  }

  private plot() {
    const { x, y, w, h } = this.box;
    return { px: x + 40, py: y + 30, pw: w - 54, ph: h - 62 };
  }

  render(vm: ReplayVM): void {
    const g = this.lines;
    g.clear();
    const { px, py, pw, ph } = this.plot();
    const n = Math.max(1, vm.last);
    const xAt = (i: number) => px + (pw * i) / n;
    const yAt = (v: number) => py + ph - (ph * v) / 100;
    g.fillStyle(Colors.accent, 0.18);
    g.fillRect(xAt(vm.cursor) - 1.5, py - 4, 3, ph + 8);
    LINES.forEach((id, k) => {
      const color = COLORS[k] ?? OkabeIto.sky;
      for (const [upto, alpha, width] of [
        [vm.last, 0.22, 1.5],
        [vm.cursor, 1, 2.5],
      ] as const) {
        if (upto < 1) continue;
        g.lineStyle(width, color, alpha);
        g.beginPath();
        for (let i = 0; i <= upto; i++) {
          const v = vm.series[i]?.[id] ?? 0;
          if (i === 0) g.moveTo(xAt(i), yAt(v));
          else g.lineTo(xAt(i), yAt(v));
        }
        g.strokePath();
      }
      g.fillStyle(color, 1);
      markerShape(g, k, xAt(vm.cursor), yAt(vm.series[vm.cursor]?.[id] ?? 0), 4);
    });
  }
}
