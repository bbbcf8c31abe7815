/**
 * A focus stop for a native form field laid over the canvas (the seed input, a letter's text): Tab
 * reaches it like any control, it reads its label to screen readers, and focusing it puts the caret
 * in the field.
 */
import type Phaser from 'phaser';
import { Control, type ControlHost } from './Control';

export class FieldStop extends Control {
  constructor(
    scene: Phaser.Scene & ControlHost,
    id: string,
    x: number,
    y: number,
    w: number,
    h: number,
    private readonly field: HTMLInputElement | HTMLTextAreaElement,
    private readonly spoken: string,
  ) {
    super(scene, id, x, y, w, h, () => field.focus());
    this.uiCue = false;
    this.finishChildren();
  }

  label(): string {
    return this.spoken;
  }

  protected redraw(): void {}

  override setFocused(on: boolean, visible: boolean): void {
    super.setFocused(on, visible);
    if (on && visible) this.field.focus();
  }
}
