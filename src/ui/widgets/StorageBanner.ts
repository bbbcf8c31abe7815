/**
 * The warning shown while games cannot be saved (storage unavailable, blocked or full): what
 * happened, that the game goes on in memory, and a button to export it as a file.
 */
import type Phaser from 'phaser';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import type { Button } from './Button';
import { fitText, makeText } from './text';

export class StorageBanner {
  readonly objects: Phaser.GameObjects.GameObject[] = [];
  readonly button: Button | null;

  constructor(
    scene: BaseScene,
    x: number,
    y: number,
    w: number,
    message: string,
    title: string,
    exportLabel: string | null,
    onExport?: () => void,
    h = 44,
  ) {
    const g = scene.add.graphics();
    g.fillStyle(0x2a1c16, 0.97);
    g.fillRoundedRect(x, y, w, h, 8);
    g.lineStyle(1.5, Colors.bad, 1);
    g.strokeRoundedRect(x, y, w, h, 8);
    // A warning triangle: the message is not told by colour alone.
    const cx = x + 22;
    const cy = y + h / 2;
    g.fillStyle(Colors.bad, 1);
    g.fillTriangle(cx, cy - 10, cx + 11, cy + 9, cx - 11, cy + 9);
    this.objects.push(g);
    const bang = makeText(scene, cx, cy + 2, '!', { size: 13, bold: true, color: Css.dark }).setOrigin(0.5);
    const bw = exportLabel ? 170 : 0;
    const head = makeText(scene, x + 44, y + 6, title, { size: 11, bold: true, color: Css.bad, letterSpacing: 2 });
    const body = makeText(scene, x + 44, y + 20, message, { size: 12, color: Css.ink, wrap: w - 60 - bw });
    fitText(body, w - 60 - bw, h - 22, 8);
    this.objects.push(bang, head, body);
    for (const o of this.objects) (o as unknown as Phaser.GameObjects.Components.Depth).setDepth(30);
    this.button =
      exportLabel && onExport
        ? scene.button('storage.export', x + w - bw - 6, y + 5, bw, h - 10, exportLabel, onExport, { size: 13, variant: 'primary' })
        : null;
    this.button?.setDepth(31);
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    if (this.button) this.button.destroy();
  }
}
