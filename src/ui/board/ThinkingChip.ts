/**
 * "Pyongyang is thinking…" in the map's corner while a slow bot (the strategist, which plans in a
 * Web Worker) decides its move, read out once for screen readers; gone when it has decided.
 */
import type Phaser from 'phaser';
import { thinkingVM } from '../../app/screens/board';
import type { Session } from '../../app/session';
import type { Thinking } from '../../app/thinker';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import { fitText } from '../widgets/text';

/** The chip's right edge and top, inside the map panel. */
const RIGHT = 906;
const TOP = 74;

export class ThinkingChip {
  private readonly box: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly dots: Phaser.GameObjects.Arc[] = [];

  constructor(
    private readonly scene: BaseScene,
    private readonly session: Session,
  ) {
    this.box = scene.add.container(0, 0).setDepth(20);
    this.bg = scene.add.graphics();
    this.label = scene.text(0, 15, '', { size: 14, bold: true, color: Css.ink }).setOrigin(0, 0.5);
    this.box.add([this.bg, this.label]);
    for (let i = 0; i < 3; i++) {
      const d = scene.add.circle(0, 15, 3, Colors.accent);
      this.dots.push(d);
      this.box.add(d);
      scene.tweens.add({ targets: d, alpha: 0.2, duration: 420, yoyo: true, repeat: -1, delay: i * 140 });
    }
    this.show(session.thinking(), false);
    scene.cleanup(session.events.on('thinking', (t) => this.show(t, true)));
  }

  /** Shows the chip for `t` (hides it for null); `speak`: say it for screen readers. */
  private show(t: Thinking | null, speak: boolean): void {
    const vm = thinkingVM(this.scene.lang, t);
    this.box.setVisible(vm !== null);
    if (!vm) return;
    this.label.setText(vm.text);
    fitText(this.label, 300, 24, 11);
    const w = 14 + 3 * 10 + 8 + this.label.width + 14;
    this.box.setPosition(RIGHT - w, TOP);
    this.bg.clear();
    this.bg.fillStyle(Colors.bgDeep, 0.9);
    this.bg.fillRoundedRect(0, 0, w, 30, 15);
    this.bg.lineStyle(1.5, Colors.accent, 1);
    this.bg.strokeRoundedRect(0, 0, w, 30, 15);
    this.dots.forEach((d, i) => d.setPosition(17 + i * 10, 15));
    this.label.setX(14 + 3 * 10 + 8);
    if (speak) this.session.announce(vm.spoken);
  }
}
