/**
 * Text objects that are crisp at any zoom (their resolution follows the camera zoom and the
 * device pixel ratio) and that wait for Korean glyphs before they are shown.
 */
import type Phaser from 'phaser';
import { clipAtWord, longestFitting } from '../../app/clip';
import { ensureGlyphs, needsGlyphs } from '../fonts';
import { KOREAN_STACK, LATIN_STACK, Css } from '../theme';

export interface TextOptions {
  size?: number;
  color?: string;
  bold?: boolean;
  /** Wrap width in design pixels. */
  wrap?: number;
  align?: 'left' | 'center' | 'right';
  lineSpacing?: number;
  maxLines?: number;
  italic?: boolean;
  letterSpacing?: number;
  /** Force a family (the language decides otherwise). */
  korean?: boolean;
}

let currentResolution = 1;
let koreanFirst = false;

export function setTextResolution(r: number): void {
  currentResolution = Math.max(1, Math.min(4, r));
}
export function textResolution(): number {
  return currentResolution;
}
export function setKoreanFirst(on: boolean): void {
  koreanFirst = on;
}

export function styleFor(o: TextOptions): Phaser.Types.GameObjects.Text.TextStyle {
  const size = o.size ?? 16;
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: o.korean || koreanFirst ? KOREAN_STACK : LATIN_STACK,
    fontSize: `${size}px`,
    fontStyle: `${o.italic ? 'italic ' : ''}${o.bold ? 'bold' : 'normal'}`.trim(),
    color: o.color ?? Css.ink,
    align: o.align ?? 'left',
    resolution: currentResolution,
    // Room for Korean ascenders/descenders and bold overhang.
    padding: { top: Math.ceil(size * 0.12), bottom: Math.ceil(size * 0.12), left: 1, right: 1 },
  };
  if (o.wrap) style.wordWrap = { width: o.wrap, useAdvancedWrap: false };
  if (o.maxLines) style.maxLines = o.maxLines;
  return style;
}

/** Sets text, and redraws it once any Korean glyphs it needs have loaded. */
export function setTextSafe(t: Phaser.GameObjects.Text, value: string): Phaser.GameObjects.Text {
  t.setText(value);
  if (needsGlyphs(value)) {
    void ensureGlyphs(value).then((loadedNow) => {
      if (loadedNow && t.active && t.scene) t.updateText();
    });
  }
  return t;
}

export function makeText(scene: Phaser.Scene, x: number, y: number, value: string, o: TextOptions = {}): Phaser.GameObjects.Text {
  const t = scene.add.text(x, y, '', styleFor(o));
  if (o.lineSpacing !== undefined) t.setLineSpacing(o.lineSpacing);
  if (o.letterSpacing !== undefined) t.setLetterSpacing(o.letterSpacing);
  return setTextSafe(t, value);
}

/**
 * Shrinks a text's font until it fits `maxWidth` (and `maxHeight`), down to `minSize`; a text that
 * still does not fit is cut with an ellipsis (a wrapped one at a word), never left to run over its
 * box or cropped mid-line. Returns whether it was cut, so the caller can offer the whole text.
 */
export function fitText(t: Phaser.GameObjects.Text, maxWidth: number, maxHeight = Infinity, minSize = 11): boolean {
  let size = parseInt(String(t.style.fontSize), 10) || 16;
  while ((t.width > maxWidth + 2 || t.height > maxHeight + 2) && size > minSize) {
    size -= 1;
    t.setFontSize(size);
    if (t.style.wordWrapWidth) t.setWordWrapWidth(t.style.wordWrapWidth, false);
  }
  const full = t.text;
  if (t.width > maxWidth + 2 && !t.style.wordWrapWidth) {
    const chars = Array.from(full);
    const fits = (n: number) => {
      t.setText(`${chars.slice(0, n).join('').trimEnd()}…`);
      return t.width <= maxWidth + 2;
    };
    const n = longestFitting(chars.length, (k) => k === 0 || fits(k));
    t.setText(`${chars.slice(0, n).join('').trimEnd()}…`);
  } else if (t.height > maxHeight + 2 && t.style.wordWrapWidth) {
    const lineHeight = t.height / Math.max(1, t.getWrappedText().length);
    const lines = Math.max(1, Math.floor((maxHeight + 2) / lineHeight));
    t.setText(clipAtWord(full, (s) => t.getWrappedText(s).length <= lines));
  }
  return t.text !== full;
}
