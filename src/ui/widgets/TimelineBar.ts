/**
 * The replay's timeline: a tick per month (0 is the start), markers above the ticks for what
 * happened (event, leak, summit, turning point, ending), branch points below them, and the cursor.
 * Click or drag to seek; with the keyboard focus on it, ←/→ step a month, Home/End jump, and
 * Enter/Space plays or pauses (the scene handles those keys).
 */
import type Phaser from 'phaser';
import type { Marker } from '../../app/saves/viewModels';
import { Colors, Css, OkabeIto } from '../theme';
import { Control, type ControlHost } from './Control';
import { makeText } from './text';

export const MARKER_COLORS: Readonly<Record<Marker | 'branch', number>> = {
  event: OkabeIto.sky,
  leak: OkabeIto.purple,
  summit: OkabeIto.orange,
  stage: 0xcfd8e3,
  ending: OkabeIto.vermillion,
  branch: OkabeIto.green,
};

/** Draws a marker's glyph; shapes differ so markers are told apart without colour. */
export function drawMarker(g: Phaser.GameObjects.Graphics, kind: Marker | 'branch', x: number, y: number, r = 4): void {
  g.fillStyle(MARKER_COLORS[kind], 1);
  switch (kind) {
    case 'event':
      g.fillCircle(x, y, r);
      break;
    case 'leak':
      g.fillTriangle(x, y - r - 1, x + r + 1, y, x, y + r + 1);
      g.fillTriangle(x, y - r - 1, x - r - 1, y, x, y + r + 1);
      break;
    case 'summit': {
      const pts: Phaser.Types.Math.Vector2Like[] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r + 1.5 : (r + 1.5) * 0.45;
        pts.push({ x: x + Math.cos(a) * rr, y: y + Math.sin(a) * rr });
      }
      g.fillPoints(pts as Phaser.Math.Vector2[], true);
      break;
    }
    case 'stage':
      g.fillRect(x - r * 0.45, y - r - 1, r * 0.9, 2 * r + 2);
      break;
    case 'ending':
      g.fillRect(x - r, y - r, 2 * r, 2 * r);
      break;
    case 'branch':
      g.fillTriangle(x - r - 1, y + r, x + r + 1, y + r, x, y - r);
      break;
  }
}

export interface TimelineData {
  /** The last month that can be shown. */
  last: number;
  /** Months the bar spans (at least `last`: an unfinished game shows the months to come). */
  span: number;
  markers: Marker[][];
  /** Months after which a branch of this game left it. */
  branches: number[];
  /** For a branch: the months it shares with its parent (up to and including this one). */
  sharedUpTo: number | null;
  /** Labels under some ticks (e.g. "Jan 2025"), by month. */
  labels: Map<number, string>;
}

export class TimelineBar extends Control {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly labelTexts: Phaser.GameObjects.Text[] = [];
  private tl: TimelineData = { last: 0, span: 0, markers: [], branches: [], sharedUpTo: null, labels: new Map() };
  private cursor = 0;
  private dragging = false;
  private pointerSeek = false;
  private readonly text: string;
  /** Called with the month under the pointer while clicking or dragging. */
  onSeek: (turn: number) => void = () => {};

  constructor(scene: Phaser.Scene & ControlHost, x: number, y: number, w: number, h: number, label: string) {
    super(scene, 'replay.timeline', x, y, w, h, () => {});
    this.text = label;
    this.radius = 8;
    this.g = scene.add.graphics();
    this.add(this.g);
    this.finishChildren();
    this.zone.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.dragging = true;
      this.pointerSeek = true;
      this.seekAt(p);
    });
    this.zone.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (this.dragging && p.isDown) this.seekAt(p);
    });
    this.zone.on('pointerup', () => {
      this.dragging = false;
    });
    this.zone.on('pointerout', () => {
      this.dragging = false;
      this.pointerSeek = false;
    });
    this.uiCue = false;
  }

  /** Enter or Space on the focused timeline; a click only seeks. */
  onToggle: () => void = () => {};

  override activate(): void {
    if (this.pointerSeek) {
      this.pointerSeek = false;
      return;
    }
    if (this.isEnabled) this.onToggle();
  }

  label(): string {
    return this.text;
  }

  private x0(): number {
    return 18;
  }

  private step(): number {
    return (this.cw - 36) / Math.max(1, this.tl.span, this.tl.last);
  }

  /** Horizontal position of month `t` in the bar's own coordinates. */
  xOf(t: number): number {
    return this.x0() + t * this.step();
  }

  private seekAt(p: Phaser.Input.Pointer): void {
    const local = p.worldX - this.getWorldTransformMatrix().tx;
    const t = Math.round((local - this.x0()) / this.step());
    this.onSeek(Math.max(0, Math.min(this.tl.last, t)));
  }

  setTimeline(d: TimelineData): void {
    this.tl = d;
    for (const t of this.labelTexts) t.destroy();
    this.labelTexts.length = 0;
    for (const [turn, s] of d.labels) {
      const t = makeText(this.scene, this.xOf(turn), this.ch - 13, s, { size: 10, color: Css.inkFaint }).setOrigin(turn === 0 ? 0 : 0.5, 0);
      this.add(t);
      this.labelTexts.push(t);
    }
    this.bringToTop(this.zone);
    this.bringToTop(this.ring);
    this.redraw();
  }

  setCursor(t: number): void {
    if (t === this.cursor) return;
    this.cursor = t;
    this.redraw();
  }

  protected redraw(): void {
    const g = this.g;
    if (!g) return;
    const { cw: w, ch: h } = this;
    const d = this.tl;
    g.clear();
    g.fillStyle(this.hovered || this.isFocused ? 0x1a293b : Colors.panel, 1);
    g.fillRoundedRect(0, 0, w, h, 8);
    g.lineStyle(1.5, this.hovered || this.isFocused ? 0x5a7898 : Colors.panelLine, 1);
    g.strokeRoundedRect(0, 0, w, h, 8);
    const axisY = h - 20;
    // The months shared with the parent game, for a branch.
    if (d.sharedUpTo !== null && d.sharedUpTo > 0) {
      g.fillStyle(Colors.rok, 0.16);
      g.fillRoundedRect(this.xOf(0) - 6, 4, this.xOf(Math.min(d.sharedUpTo, d.last)) - this.xOf(0) + 12, h - 8, 6);
    }
    g.lineStyle(2, Colors.panelLine, 1);
    g.lineBetween(this.xOf(0), axisY, this.xOf(Math.max(d.span, d.last)), axisY);
    g.fillStyle(0x5a7898, 1);
    g.fillRect(this.xOf(0), axisY - 1, this.xOf(this.cursor) - this.xOf(0), 2);
    const dense = this.step() < 9;
    for (let t = 0; t <= Math.max(d.span, d.last); t++) {
      const x = this.xOf(t);
      const yearStart = t === 0 || (t - 1) % 12 === 0;
      const hgt = yearStart ? 12 : 8;
      // Played months in light grey (darker before the cursor), months not played yet faint.
      g.fillStyle(t > d.last ? 0x223246 : t <= this.cursor ? 0x8fa6bf : 0x4a6078, 1);
      if (!dense || yearStart || t === d.last) g.fillRect(x - 1, axisY - hgt / 2, 2, hgt);
      const marks = d.markers[t] ?? [];
      marks.slice(0, 3).forEach((m, i) => drawMarker(g, m, x, axisY - 12 - i * 9, dense ? 2.5 : 3));
    }
    for (const b of d.branches) drawMarker(g, 'branch', this.xOf(b), axisY + 8, 3);
    // The cursor.
    const cx = this.xOf(this.cursor);
    g.fillStyle(Colors.accent, 1);
    g.fillRoundedRect(cx - 3, 3, 6, axisY + 4, 3);
    g.fillStyle(Colors.bg, 1);
    g.fillCircle(cx, axisY, 3);
    this.setAlpha(this.isEnabled ? 1 : 0.42);
  }
}
