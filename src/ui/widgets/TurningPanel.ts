/**
 * The counterfactual turning points in a panel (app/turning.ts, app/screens/turning.ts): a button
 * that finds them on the lab's Web Workers (cancel while it runs), a progress bar, and the
 * strongest moves in words with their intervals. Redrawn on every report from the workers; the
 * scene itself keeps running at full frame rate. Used by the ending screen and the replay overlay.
 */
import { turningFinder } from '../../app/turning';
import { turningPanelVM, type TurningPanelVM } from '../../app/screens/turning';
import type { SaveFile } from '../../codec/save';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import type { Button } from './Button';
import { fitText } from './text';

export interface TurningPanelOptions {
  /** Automation id of the button. */
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  top: number;
  save: () => SaveFile | null;
  /** Futures per alternative (default: the screens' TURNING_FUTURES). */
  futures?: number;
  /** Called when the panel starts showing a search (the ending screen hides what lies below). */
  onActive?: () => void;
  /** Show the panel before any search (its help), without its own background and heading (inside an overlay). */
  inset?: boolean;
  /** Where the button goes (default: the panel's top right corner, 210 × 30). */
  button?: { x: number; y: number; w: number; h: number; size?: number };
}

export class TurningPanel {
  private body: Phaser.GameObjects.Container;
  private button: Button;
  private lastAnnounced = '';

  constructor(
    private scene: BaseScene,
    private o: TurningPanelOptions,
  ) {
    const b = o.button ?? { x: o.x + o.w - 224, y: o.y + 10, w: 210, h: 30, size: 13 };
    this.body = scene.add.container(0, 0).setDepth(30);
    this.button = scene.button(o.id, b.x, b.y, b.w, b.h, '', () => this.act(), b.size ? { size: b.size } : undefined);
    this.button.setDepth(31);
    const off = turningFinder.subscribe(() => this.render());
    scene.cleanup(off);
    this.lastAnnounced = this.vm().status;
    this.render();
    turningFinder.warm();
  }

  /** The panel's current status as words. */
  vm(): TurningPanelVM {
    const status = turningFinder.status(this.o.save());
    return turningPanelVM(status, this.scene.lang, this.o.futures, this.o.top);
  }

  active(): boolean {
    return turningFinder.status(this.o.save()).kind !== 'idle';
  }

  private act(): void {
    const save = this.o.save();
    if (!save) return;
    turningFinder.toggle(save, this.o.futures ? { futures: this.o.futures } : {});
  }

  private render(): void {
    const vm = this.vm();
    this.button.setLabel(vm.action);
    this.body.removeAll(true);
    const { x, y, w, h } = this.o;
    if (!this.active() && !this.o.inset) return;
    this.o.onActive?.();
    const bg = this.scene.add.graphics();
    this.body.add(bg);
    let cy = y;
    if (!this.o.inset) {
      bg.fillStyle(Colors.panel, 1);
      bg.fillRoundedRect(x, y, w, h, 12);
      bg.lineStyle(1.5, Colors.panelLine, 1);
      bg.strokeRoundedRect(x, y, w, h, 12);
      this.body.add(this.scene.text(x + 18, y + 12, vm.heading, { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 }));
      cy += 46;
    }
    if (vm.running) {
      bg.fillStyle(0x0b1420, 1);
      bg.fillRoundedRect(x + 18, cy, w - 36, 8, 4);
      bg.fillStyle(Colors.sky, 1);
      bg.fillRoundedRect(x + 18, cy, Math.max(8, (w - 36) * vm.progress), 8, 4);
      cy += 16;
    }
    const status = this.scene.text(x + 18, cy, vm.status, { size: this.o.inset ? 15 : 12, color: Css.inkMuted, wrap: w - 36 });
    fitText(status, w - 36, this.o.inset ? 60 : 30, 8);
    this.body.add(status);
    cy += status.height + 6;
    const per = vm.lines.length > 0 ? (y + h - 10 - cy) / vm.lines.length : 0;
    for (const line of vm.lines) {
      const t = this.scene.text(x + 18, cy, `${line.text} ${line.detail}`, {
        size: this.o.inset ? 16 : 12,
        wrap: w - 36,
        color: line.clear ? Css.ink : Css.inkMuted,
      });
      fitText(t, w - 36, per - 4, 10);
      this.body.add(t);
      cy += Math.min(per, t.height + 12);
    }
    if (!vm.running && vm.status !== this.lastAnnounced) {
      this.lastAnnounced = vm.status;
      this.scene.session.announce([vm.status, ...vm.lines.map((l) => l.text)].join(' '));
    }
  }
}
