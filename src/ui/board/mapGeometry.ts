/** Plane geometry for the map: clipping the coastlines to the board's window, the bent relationship lines, and dashed strokes. */
import type Phaser from 'phaser';

export type Pt = { x: number; y: number };

/** A rectangle in the map's own coordinates. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Clips a flat ring [x0, y0, x1, y1, …] to a rectangle (Sutherland–Hodgman); the points stay in the ring's coordinates. */
export function clipToRect(ring: number[], c: Rect): Pt[] {
  let pts: Pt[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) pts.push({ x: ring[i] as number, y: ring[i + 1] as number });
  const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p.x >= c.x, (a, b) => ({ x: c.x, y: a.y + ((b.y - a.y) * (c.x - a.x)) / (b.x - a.x) })],
    [(p) => p.x <= c.x + c.w, (a, b) => ({ x: c.x + c.w, y: a.y + ((b.y - a.y) * (c.x + c.w - a.x)) / (b.x - a.x) })],
    [(p) => p.y >= c.y, (a, b) => ({ x: a.x + ((b.x - a.x) * (c.y - a.y)) / (b.y - a.y), y: c.y })],
    [(p) => p.y <= c.y + c.h, (a, b) => ({ x: a.x + ((b.x - a.x) * (c.y + c.h - a.y)) / (b.y - a.y), y: c.y + c.h })],
  ];
  for (const [inside, cut] of edges) {
    if (pts.length === 0) break;
    const out: Pt[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i] as Pt;
      const prev = pts[(i + pts.length - 1) % pts.length] as Pt;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    pts = out;
  }
  return pts;
}

/** A quadratic curve from a to b, its control point pushed sideways by `bend` times the distance, as n + 1 points. */
export function curve(a: Pt, b: Pt, bend: number, n = 28): Pt[] {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const cx = mx - dy * bend;
  const cy = my + dx * bend;
  const out: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    out.push({ x: u * u * a.x + 2 * u * t * cx + t * t * b.x, y: u * u * a.y + 2 * u * t * cy + t * t * b.y });
  }
  return out;
}

/** Strokes a polyline, skipping every other segment for dashes (gap 2) or two of three for dots (gap 3). */
export function strokePolyline(g: Phaser.GameObjects.Graphics, pts: Pt[], gap: number): void {
  if (gap === 0) {
    g.beginPath();
    g.moveTo((pts[0] as Pt).x, (pts[0] as Pt).y);
    for (let i = 1; i < pts.length; i++) g.lineTo((pts[i] as Pt).x, (pts[i] as Pt).y);
    g.strokePath();
    return;
  }
  for (let i = 0; i + 1 < pts.length; i++) {
    if (i % gap !== 0) continue;
    const a = pts[i] as Pt;
    const b = pts[i + 1] as Pt;
    g.lineBetween(a.x, a.y, b.x, b.y);
  }
}
