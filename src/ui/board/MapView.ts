/**
 * East Asia from Natural Earth data, already projected (assets/data/east-asia.json): the static
 * geography is drawn once into Graphics at build time, never re-projected per frame. On top,
 * relationship lines whose colour and weight follow the indicators, the cities, an off-map marker
 * towards Moscow, an inset for Washington and a pulse of tension around the DMZ.
 */
import Phaser from 'phaser';
import type { BaseScene } from '../BaseScene';
import { Colors, Css, OkabeIto, mix, relationColor } from '../theme';
import type { MapCity, MapData } from './mapData';
import { makeText, textResolution } from '../widgets/text';
import { clipToRect, curve, strokePolyline, type Pt } from './mapGeometry';
import { paintGeography } from './mapPaint';

export interface Relations {
  trust: number;
  alliance: number;
  interKorean: number;
  russiaTies: number;
  tension: number;
}

/** A window onto the map in its own coordinates (the board zooms in on the peninsula). */
export interface Crop {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapOptions {
  crop?: Crop;
  /** Dim, label-free version for the title screen. */
  decorative?: boolean;
  labels?: Record<string, string>;
  lineLabels?: Record<string, string>;
  /** Negotiation stage, to draw the channel as secret (dashed) or public (solid). */
  negotiation?: string;
}

/** Label offsets move the pill off short lines so it does not cover the peninsula. */
const LINE_DEFS = [
  { id: 'trust', from: 'washington', to: 'pyongyang', bend: -0.28, lx: 0, ly: 0 },
  { id: 'alliance', from: 'washington', to: 'seoul', bend: 0.18, lx: 0, ly: 0 },
  { id: 'interKorean', from: 'seoul', to: 'pyongyang', bend: 0.5, lx: -78, ly: 34 },
  { id: 'russiaTies', from: 'pyongyang', to: 'moscow', bend: 0.12, lx: 36, ly: 16 },
] as const;

export class MapView extends Phaser.GameObjects.Container {
  private readonly map: MapData;
  private readonly s: number;
  private readonly crop: Crop;
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly pulse: Phaser.GameObjects.Graphics;
  private readonly lineLabels = new Map<string, { bg: Phaser.GameObjects.Graphics; text: Phaser.GameObjects.Text }>();
  private relations: Relations = { trust: 50, alliance: 50, interKorean: 50, russiaTies: 50, tension: 50 };
  private readonly opts: MapOptions;
  private pulseTween: Phaser.Tweens.Tween | null = null;
  private pulsePhase = { v: 0 };

  constructor(scene: BaseScene, x: number, y: number, width: number, data: MapData, opts: MapOptions = {}) {
    super(scene, x, y);
    this.map = data;
    this.opts = opts;
    this.crop = opts.crop ?? { x: 0, y: 0, w: data.width, h: data.height };
    this.s = width / this.crop.w;
    scene.add.existing(this);
    this.drawGeography();
    this.pulse = scene.add.graphics();
    this.lines = scene.add.graphics();
    this.add(this.pulse);
    this.add(this.lines);
    if (!opts.decorative) {
      this.drawCities();
      this.drawWashington();
      for (const def of LINE_DEFS) {
        const bg = scene.add.graphics();
        const text = makeText(scene, 0, 0, '', { size: 12, bold: true, color: Css.ink }).setOrigin(0.5);
        this.add(bg);
        this.add(text);
        this.lineLabels.set(def.id, { bg, text });
      }
    }
  }

  get mapWidth(): number {
    return this.crop.w * this.s;
  }

  get mapHeight(): number {
    return this.crop.h * this.s;
  }

  private p(x: number, y: number): Pt {
    return { x: (x - this.crop.x) * this.s, y: (y - this.crop.y) * this.s };
  }

  /** Clips a flat ring to the crop rectangle, returning design-space points. */
  private clipRing(ring: number[]): Pt[] {
    const c = this.crop;
    return clipToRect(ring, c).map((p) => ({ x: (p.x - c.x) * this.s, y: (p.y - c.y) * this.s }));
  }

  private city(id: string): Pt {
    if (id === 'washington') {
      const w = this.insetRect();
      return this.p(w.x + w.w * 0.5, w.y + w.h * 0.55);
    }
    const c = this.map.cities.find((k) => k.id === id);
    if (c?.offMap) return this.offMapPoint(c);
    return c ? this.p(c.x, c.y) : { x: 0, y: 0 };
  }

  /** The Washington inset: the data's rectangle, shrunk towards its bottom-right corner when zoomed in. */
  private insetRect(): { x: number; y: number; w: number; h: number } {
    const r = this.map.washingtonInset;
    const k = Math.min(1, 0.55 / (this.s * (this.map.width / 1000)) + 0.05);
    const w = r.w * k;
    const h = r.h * k;
    return { x: r.x + r.w - w, y: r.y + r.h - h, w, h };
  }

  /**
   * The coastlines and borders are drawn once with the Canvas 2D API into a texture at the
   * screen's resolution, then shown as an image: Phaser Graphics would re-triangulate thousands of
   * polygon points every frame.
   */
  private drawGeography(): void {
    const W = this.mapWidth;
    const H = this.mapHeight;
    const res = Math.max(1, Math.min(3, textResolution()));
    const deco = !!this.opts.decorative;
    const key = `map-${deco ? 'd' : 'b'}-${Math.round(W)}x${Math.round(H)}-${this.crop.x},${this.crop.y},${this.crop.w}-${res.toFixed(2)}`;
    const textures = this.scene.textures;
    if (!textures.exists(key)) {
      // One map texture per look: drop older ones of the same look (after a resize).
      const prefix = key.slice(0, key.lastIndexOf('-'));
      for (const k of textures.getTextureKeys()) if (k.startsWith(prefix) && k !== key) textures.remove(k);
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(W * res);
      canvas.height = Math.ceil(H * res);
      const ctx = canvas.getContext('2d');
      if (ctx)
        paintGeography(
          ctx,
          this.map,
          { width: this.mapWidth, height: this.mapHeight, s: this.s, crop: this.crop, clip: (ring) => this.clipRing(ring) },
          res,
          deco,
        );
      textures.addCanvas(key, canvas);
    }
    const img = this.scene.add
      .image(0, 0, key)
      .setOrigin(0, 0)
      .setScale(1 / res);
    this.add(img);
  }

  private label(
    x: number,
    y: number,
    text: string,
    o: { size?: number; color?: string; bold?: boolean; originX?: number; originY?: number } = {},
  ): Phaser.GameObjects.Text {
    const t = makeText(this.scene, x, y, text, { size: o.size ?? 13, color: o.color ?? Css.ink, bold: o.bold ?? true });
    t.setOrigin(o.originX ?? 0, o.originY ?? 0.5);
    t.setShadow(0, 1, '#000000', 3, false, true);
    this.add(t);
    return t;
  }

  private drawCities(): void {
    const g = this.scene.add.graphics();
    this.add(g);
    const labels = this.opts.labels ?? {};
    const place: Record<string, [number, number, number]> = {
      pyongyang: [-8, -10, 1],
      seoul: [10, 8, 0],
      beijing: [-8, -12, 1],
      tokyo: [8, 10, 0],
      dmz: [0, 0, 0],
    };
    for (const c of this.map.cities) {
      if (c.id === 'moscow') {
        this.drawMoscow(c, g);
        continue;
      }
      if (c.id === 'dmz') continue;
      const pt = this.p(c.x, c.y);
      const color = c.id === 'pyongyang' ? Colors.dprk : c.id === 'seoul' ? Colors.rok : c.id === 'beijing' ? Colors.china : 0xcfd8e3;
      g.fillStyle(0x000000, 0.5);
      g.fillCircle(pt.x, pt.y + 1, 6);
      g.fillStyle(color, 1);
      g.fillCircle(pt.x, pt.y, 5);
      g.lineStyle(1.5, 0xffffff, 0.9);
      g.strokeCircle(pt.x, pt.y, 5);
      const [dx, dy, right] = place[c.id] ?? [8, 0, 0];
      this.label(pt.x + dx, pt.y + dy, labels[c.id] ?? c.name, { originX: right ? 1 : 0 });
    }
  }

  /** Where the marker for an off-map city sits: 28 px inside the visible frame, towards it from Beijing. */
  private offMapPoint(c: MapCity): Pt {
    const a = ((c.screenAngle ?? 315) * Math.PI) / 180;
    const dx = Math.sin(a);
    const dy = -Math.cos(a);
    const b = this.map.cities.find((k) => k.id === 'beijing');
    if (!b) return this.p(c.x, c.y);
    const m = 28 / this.s;
    const cr = this.crop;
    let t = Infinity;
    if (dx < 0) t = Math.min(t, (b.x - (cr.x + m)) / -dx);
    if (dx > 0) t = Math.min(t, (cr.x + cr.w - m - b.x) / dx);
    if (dy < 0) t = Math.min(t, (b.y - (cr.y + m)) / -dy);
    if (dy > 0) t = Math.min(t, (cr.y + cr.h - m - b.y) / dy);
    return this.p(b.x + dx * t, b.y + dy * t);
  }

  private drawMoscow(c: MapCity, g: Phaser.GameObjects.Graphics): void {
    const pt = this.offMapPoint(c);
    const a = ((c.screenAngle ?? 315) * Math.PI) / 180;
    const dx = Math.sin(a);
    const dy = -Math.cos(a);
    g.fillStyle(Colors.russia, 1);
    g.fillTriangle(pt.x + dx * 12, pt.y + dy * 12, pt.x - dy * 7, pt.y + dx * 7, pt.x + dy * 7, pt.y - dx * 7);
    g.fillCircle(pt.x, pt.y, 4);
    const name = this.opts.labels?.moscow ?? c.name;
    const dist = this.opts.labels?.moscowDistance ?? '';
    this.label(pt.x + 12, pt.y + 14, name, { size: 13 });
    if (dist) this.label(pt.x + 12, pt.y + 30, dist, { size: 11, bold: false, color: Css.inkMuted });
  }

  private drawWashington(): void {
    const w = this.insetRect();
    const tl = this.p(w.x, w.y);
    const W = w.w * this.s;
    const H = w.h * this.s;
    const g = this.scene.add.graphics();
    g.fillStyle(0x0f2136, 0.95);
    g.fillRoundedRect(tl.x, tl.y, W, H, 8);
    g.lineStyle(1.5, Colors.us, 0.8);
    g.strokeRoundedRect(tl.x, tl.y, W, H, 8);
    // A stylised Capitol: dome and columns.
    const cx = tl.x + W / 2;
    const cy = tl.y + H * 0.55;
    g.fillStyle(Colors.us, 0.9);
    g.fillCircle(cx, cy, 6);
    g.fillRect(cx - 14, cy + 3, 28, 3);
    for (let i = -12; i <= 12; i += 6) g.fillRect(cx + i - 1, cy + 6, 2, 8);
    g.fillRect(cx - 16, cy + 14, 32, 3);
    this.add(g);
    this.label(tl.x + 10, tl.y + 14, this.opts.labels?.washington ?? 'Washington', { size: 13 });
    this.label(tl.x + 10, tl.y + H - 12, this.opts.labels?.inset ?? '', { size: 10, bold: false, color: Css.inkMuted });
  }

  setRelations(r: Relations, lineLabels?: Record<string, string>): void {
    this.relations = { ...r };
    this.drawLines(lineLabels);
    this.startPulse();
  }

  /** Tweens the lines from their current values to `r`. */
  animateTo(r: Relations, lineLabels: Record<string, string> | undefined, duration = 900): void {
    const from = { ...this.relations };
    const k = { t: 0 };
    this.scene.tweens.add({
      targets: k,
      t: 1,
      duration,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        const cur = {} as Relations;
        for (const key of Object.keys(r) as (keyof Relations)[]) cur[key] = from[key] + (r[key] - from[key]) * k.t;
        this.relations = cur;
        this.drawLines(lineLabels);
      },
      onComplete: () => {
        this.relations = { ...r };
        this.drawLines(lineLabels);
        this.startPulse();
      },
    });
  }

  private drawLines(lineLabels?: Record<string, string>): void {
    const g = this.lines;
    g.clear();
    const neg = this.opts.negotiation ?? 'noContact';
    for (const def of LINE_DEFS) {
      const v = this.relations[def.id];
      const pts = curve(this.city(def.from), this.city(def.to), def.bend);
      const color = relationColor(v);
      const width = 1.5 + (v / 100) * 6.5;
      // The US–DPRK line is the channel: dashed while secret, dotted with no contact, solid once public.
      const dashed = def.id === 'trust' && ['secretEnvoy', 'exploratory'].includes(neg);
      const dotted = def.id === 'trust' && ['noContact', 'collapsed'].includes(neg);
      g.lineStyle(width + 3, 0x000000, 0.35);
      strokePolyline(g, pts, dashed ? 2 : dotted ? 3 : 0);
      g.lineStyle(width, color, 0.95);
      strokePolyline(g, pts, dashed ? 2 : dotted ? 3 : 0);
      const lab = this.lineLabels.get(def.id);
      const mid = pts[Math.floor(pts.length / 2)] as Pt;
      if (lab) {
        const s = lineLabels?.[def.id] ?? '';
        if (lab.text.text !== s) lab.text.setText(s);
        const lx = mid.x + def.lx;
        const ly = mid.y + def.ly;
        lab.text.setPosition(lx, ly);
        lab.bg.clear();
        if (s) {
          if (def.lx !== 0 || def.ly !== 0) {
            lab.bg.lineStyle(1, color, 0.8);
            lab.bg.lineBetween(mid.x, mid.y, lx, ly);
          }
          const w = lab.text.width + 12;
          const h = lab.text.height + 2;
          lab.bg.fillStyle(0x0b1522, 0.88);
          lab.bg.fillRoundedRect(lx - w / 2, ly - h / 2, w, h, h / 2);
          lab.bg.lineStyle(1.5, color, 1);
          lab.bg.strokeRoundedRect(lx - w / 2, ly - h / 2, w, h, h / 2);
        }
      }
    }
  }

  private startPulse(): void {
    if (this.opts.decorative) return;
    const dmz = this.map.cities.find((c) => c.id === 'dmz');
    if (!dmz) return;
    const pt = this.p(dmz.x, dmz.y);
    const t = this.relations.tension;
    const maxR = 10 + (t / 100) * 38;
    const color = mix(OkabeIto.yellow, OkabeIto.vermillion, t / 100);
    this.pulseTween?.stop();
    this.pulseTween = this.scene.tweens.add({
      targets: this.pulsePhase,
      v: { from: 0, to: 1 },
      duration: Math.max(700, 2400 - t * 16),
      repeat: -1,
      onUpdate: () => {
        const v = this.pulsePhase.v;
        this.pulse.clear();
        for (const off of [0, 0.5]) {
          const k = (v + off) % 1;
          this.pulse.lineStyle(2.5, color, (1 - k) * (0.35 + t / 160));
          this.pulse.strokeCircle(pt.x, pt.y, 6 + k * maxR);
        }
        this.pulse.fillStyle(color, 0.25 + t / 300);
        this.pulse.fillCircle(pt.x, pt.y, 5 + t / 25);
      },
    });
  }

  override destroy(fromScene?: boolean): void {
    this.pulseTween?.stop();
    this.pulseTween = null;
    super.destroy(fromScene);
  }
}
