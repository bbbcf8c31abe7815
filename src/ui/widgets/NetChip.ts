/**
 * Network mode's status chip on the Board: connected / reconnecting / paused by the teacher /
 * waiting, the month's timer counting down (or, in a session played over days, the month's
 * deadline), the line about a sealed move that may still change, and the server's reason when it
 * refused a move.
 */
import type Phaser from 'phaser';
import { courseBoardVM } from '../../app/screens/course';
import { netPlay, type NetPlay } from '../../app/net';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import { setTextSafe } from './text';

function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class NetChip {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly error: Phaser.GameObjects.Text;
  private readonly sealedBg: Phaser.GameObjects.Graphics;
  private readonly sealed: Phaser.GameObjects.Text;
  private lastError = '';

  /** Adds the chip when this page plays a network game; `onChange` runs on every status change. */
  static attach(scene: BaseScene, x: number, y: number, onChange: () => void): NetChip | null {
    const net = netPlay();
    return net ? new NetChip(scene, net, x, y, onChange) : null;
  }

  private constructor(
    private readonly scene: BaseScene,
    private readonly net: NetPlay,
    private readonly x: number,
    private readonly y: number,
    onChange: () => void,
  ) {
    this.bg = scene.add.graphics().setDepth(20);
    this.label = scene
      .text(x + 12, y + 15, '', { size: 13, bold: true })
      .setOrigin(0, 0.5)
      .setDepth(21);
    this.sealedBg = scene.add.graphics().setDepth(20);
    this.sealed = scene.text(x + 12, y + 33 + 3, '', { size: 12, wrap: 590 }).setDepth(21);
    this.sealed.setName('net.sealed');
    this.error = scene.text(x, y + 36, '', { size: 13, bold: true, color: Css.bad, wrap: 600 }).setDepth(21);
    const update = () => {
      this.render();
      onChange();
    };
    scene.cleanup(net.onChange(update));
    const timer = scene.time.addEvent({ delay: 500, loop: true, callback: () => this.render() });
    scene.cleanup(() => timer.remove());
    this.render();
  }

  blocked(): boolean {
    return this.net.blocked();
  }

  /** The End turn button's second line while it is off for a network reason, or null. */
  sealNote(): string | null {
    const s = this.net.status();
    const view = this.net.net.getView();
    if (s.sending) return this.scene.t('ui.net.sending');
    if (view?.pending) return this.scene.t('ui.net.sealed');
    if (s.session?.status === 'paused') return this.scene.t('ui.net.paused');
    if (s.connection !== 'open') return this.scene.t('ui.net.reconnecting');
    if (s.session?.status === 'lobby') return this.scene.t('ui.net.lobby');
    return null;
  }

  private render(): void {
    const s = this.net.status();
    let text: string;
    let color: number;
    if (s.connection === 'rejected') {
      text = this.scene.t('ui.net.rejected');
      color = Colors.bad;
    } else if (s.connection !== 'open') {
      text = this.scene.t('ui.net.reconnecting');
      color = Colors.accent;
    } else if (s.session?.status === 'paused') {
      text = this.scene.t('ui.net.paused');
      color = Colors.accent;
    } else if (s.session?.status === 'lobby') {
      text = this.scene.t('ui.net.lobby');
      color = Colors.sky;
    } else if (s.session?.status === 'ended') {
      text = this.scene.t('ui.net.ended');
      color = Colors.inkFaint;
    } else {
      text = this.scene.t('ui.net.connected', { team: this.net.stored.team });
      color = Colors.good;
    }
    const course = courseBoardVM(this.scene.lang, this.net.course());
    if (course.due !== null) text += ` · ${course.due}`;
    else if (s.remainingMs !== null && s.session?.status !== 'ended' && !this.net.paced())
      text += ` · ${this.scene.t('ui.net.timer', { time: clock(s.remainingMs) })}`;
    this.renderSealed(course.sealedLine);
    if (this.label.text !== text) {
      setTextSafe(this.label, text);
      const w = Math.min(620, this.label.width + 34);
      this.bg.clear();
      this.bg.fillStyle(Colors.bgDeep, 0.92);
      this.bg.fillRoundedRect(this.x, this.y, w, 30, 15);
      this.bg.lineStyle(1.5, color, 1);
      this.bg.strokeRoundedRect(this.x, this.y, w, 30, 15);
      this.bg.fillStyle(color, 1);
      this.bg.fillCircle(this.x + w - 14, this.y + 15, 4.5);
    }
    this.error.setY(this.sealed.text ? this.y + 33 + this.sealed.height + 12 : this.y + 36);
    if (s.error !== this.lastError) {
      this.lastError = s.error;
      setTextSafe(this.error, s.error ? this.scene.t('ui.net.refused', { error: s.error }) : '');
      if (s.error) this.scene.session.announce(this.error.text, true);
    }
  }

  /** The line about the sealed move under the chip (a session played over days), said aloud when it changes. */
  private renderSealed(line: string | null): void {
    const text = line ?? '';
    if (this.sealed.text === text) return;
    setTextSafe(this.sealed, text);
    this.sealedBg.clear();
    if (!text) return;
    const w = Math.min(614, this.sealed.width + 24);
    this.sealedBg.fillStyle(Colors.bgDeep, 0.92);
    this.sealedBg.fillRoundedRect(this.x, this.y + 33, w, this.sealed.height + 6, 10);
    this.sealedBg.lineStyle(1.5, Colors.accent, 1);
    this.sealedBg.strokeRoundedRect(this.x, this.y + 33, w, this.sealed.height + 6, 10);
    this.scene.session.announce(text);
  }
}
