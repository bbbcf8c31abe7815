/**
 * Base of every clickable thing on the canvas: a container with a hit zone, hover/press/focus
 * states, a focus ring, and an id for the automation contract. Pointer and keyboard both end in
 * `activate()`, which only calls the handler: controls never change game state themselves.
 */
import Phaser from 'phaser';
import { Colors } from '../theme';
import type { Focusable, Rect } from './FocusManager';
import { isLive } from '../liveness';

export interface ControlHost {
  registerControl(c: Control): void;
  playUiCue(): void;
  pointerUsed(): void;
}

export abstract class Control extends Phaser.GameObjects.Container implements Focusable {
  readonly id: string;
  /** Size in design pixels (not Phaser's `w`, which is a transform coordinate). */
  cw: number;
  ch: number;
  group?: string;
  protected isEnabled = true;
  protected isFocused = false;
  protected ringShown = false;
  protected hovered = false;
  protected pressed = false;
  protected readonly zone: Phaser.GameObjects.Zone;
  protected readonly ring: Phaser.GameObjects.Graphics;
  protected radius = 8;
  onActivate: () => void;
  /** Plays the UI tick on activation (cards play their own cue). */
  uiCue = true;

  constructor(scene: Phaser.Scene & ControlHost, id: string, x: number, y: number, w: number, h: number, onActivate: () => void) {
    super(scene, x, y);
    this.id = id;
    this.cw = w;
    this.ch = h;
    this.onActivate = onActivate;
    this.ring = scene.add.graphics();
    this.zone = scene.add.zone(0, 0, w, h).setOrigin(0, 0);
    this.zone.setInteractive({ useHandCursor: true });
    this.zone.on('pointerover', () => {
      this.hovered = true;
      this.redraw();
    });
    this.zone.on('pointerout', () => {
      this.hovered = false;
      this.pressed = false;
      this.redraw();
    });
    this.zone.on('pointerdown', () => {
      scene.pointerUsed();
      if (!this.isEnabled) return;
      this.pressed = true;
      this.redraw();
    });
    this.zone.on('pointerup', () => {
      const was = this.pressed;
      this.pressed = false;
      this.redraw();
      if (was && this.isEnabled) this.activate();
    });
    scene.add.existing(this);
    scene.registerControl(this);
  }

  /** Adds the zone and ring last so they sit above the visuals. */
  protected finishChildren(): void {
    this.add(this.zone);
    this.add(this.ring);
  }

  abstract label(): string;
  protected abstract redraw(): void;

  enabled(): boolean {
    return this.isEnabled;
  }

  setEnabled(on: boolean): this {
    if (this.isEnabled === on) return this;
    this.isEnabled = on;
    if (on) this.zone.setInteractive({ useHandCursor: true });
    else this.zone.disableInteractive();
    this.redraw();
    return this;
  }

  shown(): boolean {
    if (!this.active || !this.scene || !isLive(this.scene)) return false;
    if (!this.visible || this.alpha === 0) return false;
    for (let c = this.parentContainer; c; c = c.parentContainer) {
      if (!c.visible || c.alpha === 0) return false;
    }
    return true;
  }

  rect(): Rect {
    const m = this.getWorldTransformMatrix();
    return { x: m.tx, y: m.ty, width: this.cw, height: this.ch };
  }

  setFocused(on: boolean, visible: boolean): void {
    this.isFocused = on;
    this.ringShown = on && visible;
    this.drawRing();
    this.redraw();
  }

  protected drawRing(): void {
    this.ring.clear();
    if (!this.ringShown) return;
    this.ring.lineStyle(3, Colors.focus, 1);
    this.ring.strokeRoundedRect(-5, -5, this.cw + 10, this.ch + 10, this.radius + 4);
  }

  activate(): void {
    if (!this.isEnabled) return;
    if (this.uiCue) (this.scene as unknown as ControlHost).playUiCue();
    this.onActivate();
  }

  resize(w: number, h: number): void {
    this.cw = w;
    this.ch = h;
    this.zone.setSize(w, h);
    if (this.zone.input) (this.zone.input.hitArea as Phaser.Geom.Rectangle).setTo(0, 0, w, h);
    this.drawRing();
    this.redraw();
  }
}
