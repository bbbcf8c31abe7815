/**
 * The map's static geography painted into a canvas once: the sea, a faint chart grid, the
 * countries (the two Koreas and the board's countries stand out), and, for the title screen's
 * decorative map, fades into the page.
 */
import { Colors, css, mix } from '../theme';
import type { MapData } from './mapData';
import type { Pt } from './mapGeometry';

/** Where the geography goes: the canvas size, the scale and crop of the map, and how a ring is clipped. */
export interface Frame {
  width: number;
  height: number;
  s: number;
  crop: { x: number; y: number };
  clip: (ring: number[]) => Pt[];
}

/** A country's fill: the Koreas brightest, the board's countries next, the rest as land; muted on the decorative map. */
function landFill(korea: boolean, board: boolean, deco: boolean): number {
  if (deco) return korea ? 0x1f3247 : board ? 0x17263a : 0x132033;
  return korea ? Colors.landKorea : board ? Colors.landBoard : Colors.land;
}

export function paintGeography(ctx: CanvasRenderingContext2D, map: MapData, frame: Frame, res: number, deco: boolean): void {
  const W = frame.width;
  const H = frame.height;
  ctx.scale(res, res);
  ctx.fillStyle = css(deco ? Colors.bg : Colors.sea);
  ctx.fillRect(0, 0, W, H);
  // A faint graticule-like grid for the feel of a chart.
  ctx.strokeStyle = deco ? 'rgba(22,41,61,0.5)' : 'rgba(22,41,61,0.9)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let x = (50 - (frame.crop.x % 50)) * frame.s; x <= W; x += 50 * frame.s) {
    ctx.moveTo(x, 0);
    ctx.lineTo(x, H);
  }
  for (let y = (50 - (frame.crop.y % 50)) * frame.s; y <= H; y += 50 * frame.s) {
    ctx.moveTo(0, y);
    ctx.lineTo(W, y);
  }
  ctx.stroke();
  ctx.lineJoin = 'round';
  for (const c of map.countries) {
    const korea = c.id === 'KP' || c.id === 'KR';
    ctx.fillStyle = css(landFill(korea, c.board, deco));
    ctx.strokeStyle = css(deco ? 0x22344a : korea ? mix(Colors.border, 0xffffff, 0.25) : Colors.border);
    ctx.lineWidth = korea && !deco ? 1.6 : 1;
    for (const ring of c.rings) {
      const pts = frame.clip(ring);
      if (pts.length < 3) continue;
      ctx.beginPath();
      ctx.moveTo(pts[0]!.x, pts[0]!.y);
      for (let i = 1; i < pts.length; i++) ctx.lineTo(pts[i]!.x, pts[i]!.y);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
  }
  if (!deco) {
    ctx.strokeStyle = css(Colors.panelLine);
    ctx.lineWidth = 2;
    ctx.strokeRect(1, 1, W - 2, H - 2);
  } else {
    // Fade into the page on the left (where the title menu sits) and at the bottom.
    const bg = css(Colors.bg);
    const left = ctx.createLinearGradient(0, 0, W * 0.5, 0);
    left.addColorStop(0, bg);
    left.addColorStop(1, 'rgba(13,21,32,0)');
    ctx.fillStyle = left;
    ctx.fillRect(0, 0, W * 0.5, H);
    const top = ctx.createLinearGradient(0, 0, 0, H * 0.12);
    top.addColorStop(0, bg);
    top.addColorStop(1, 'rgba(13,21,32,0)');
    ctx.fillStyle = top;
    ctx.fillRect(0, 0, W, H * 0.12);
    const bottom = ctx.createLinearGradient(0, H * 0.8, 0, H);
    bottom.addColorStop(0, 'rgba(13,21,32,0)');
    bottom.addColorStop(1, bg);
    ctx.fillStyle = bottom;
    ctx.fillRect(0, H * 0.8, W, H * 0.2);
  }
}
