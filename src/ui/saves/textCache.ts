/**
 * Remembers what each text object shows, so redrawing a screen on every seek of the replay only
 * touches the texts that change (each change re-renders the text's canvas).
 */
import type Phaser from 'phaser';
import { fitText, setTextSafe } from '../widgets/text';

export interface PutOptions {
  color?: string;
  /** Font size to start from before fitting. */
  size?: number;
  /** Shrink to fit: [max width, max height, min size]. */
  fit?: [number, number, number];
}

export class TextCache {
  private shown = new WeakMap<Phaser.GameObjects.Text, string>();

  /** Sets a text (with its colour, size and fit) unless it already shows exactly that. */
  put(t: Phaser.GameObjects.Text, value: string, o: PutOptions = {}): void {
    const key = `${value}\u0000${o.color ?? ''}\u0000${o.size ?? ''}`;
    if (this.shown.get(t) === key) return;
    this.shown.set(t, key);
    if (o.color !== undefined || o.size !== undefined) {
      if (o.color !== undefined) t.style.color = o.color;
      if (o.size !== undefined) t.style.fontSize = `${o.size}px`;
      t.style.update(true);
    }
    setTextSafe(t, value);
    if (o.fit) fitText(t, o.fit[0], o.fit[1], o.fit[2]);
  }
}
