/**
 * What every screen shares: a 1280×720 design space fitted into any window by the camera (so text
 * stays crisp: its resolution follows the zoom), focus handling, the automation targets, and
 * subscriptions that end when the scene shuts down.
 */
import Phaser from 'phaser';
import type { Target } from '../app/automation';
import type { Session } from '../app/session';
import { tr, type Params } from '../app/text';
import { Button, type ButtonOptions } from './widgets/Button';
import type { Control, ControlHost } from './widgets/Control';
import { FocusManager, type Focusable } from './widgets/FocusManager';
import { makeText, setTextResolution, textResolution, type TextOptions } from './widgets/text';
import { isLive } from './liveness';
import { Colors, DESIGN_HEIGHT, DESIGN_WIDTH } from './theme';
import { services } from './services';
import type { SceneKey } from './keys';

/**
 * Which screens are up. The top one is the one drawn last (overlays are later in the scene list);
 * keys go to it, and the automation contract lists its controls (an overlay blocks the screen
 * below, so those are not clickable).
 */
const up = new Set<BaseScene>();

export function topScreen(): BaseScene | null {
  let best: BaseScene | null = null;
  let bestIndex = -1;
  for (const s of up) {
    if (!isLive(s)) continue;
    const i = s.sys.game.scene.getIndex(s);
    if (i > bestIndex) {
      best = s;
      bestIndex = i;
    }
  }
  return best;
}

export function screenTargets(): Target[] {
  const top = topScreen();
  return top ? top.targets() : [];
}

/** Camera zoom that fits the design space into a canvas of this size. */
export function fitZoom(width: number, height: number): number {
  return Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
}

export abstract class BaseScene extends Phaser.Scene implements ControlHost {
  readonly focus = new FocusManager();
  private cleanups: (() => void)[] = [];
  protected zoom = 1;
  /** Overlays set this: the scene below stops taking input while they are up. */
  protected overlay = false;
  private underneath: BaseScene | null = null;
  private leavingNow = false;

  constructor(readonly screenKey: SceneKey) {
    super(screenKey);
  }

  get session(): Session {
    return services().session;
  }

  get lang() {
    return this.session.lang;
  }

  t(key: string, params?: Params): string {
    return tr(this.lang, key, params);
  }

  /** Subclasses draw here; `data` is what the scene was started with. */
  protected abstract build(data: Record<string, unknown>): void;

  create(data: Record<string, unknown> = {}): void {
    this.leavingNow = false;
    this.focus.clear();
    this.cleanups = [];
    this.fitCamera();
    this.cameras.main.setBackgroundColor(this.overlay ? 'rgba(0,0,0,0)' : Colors.bg);
    const onResize = () => this.onResize();
    this.scale.on('resize', onResize);
    this.cleanup(() => this.scale.off('resize', onResize));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.teardown());
    const offLang = this.session.settings.subscribe((_s, changed) => {
      if (changed.includes('language')) this.onLanguageChanged();
    });
    this.cleanup(offLang);
    up.add(this);
    this.build(data);
    // Rebuilt under an open overlay (e.g. after a language switch): stay blocked until it closes.
    this.input.enabled = topScreen() === this;
  }

  private teardown(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.focus.clear();
    up.delete(this);
    if (this.underneath) {
      this.underneath.input.enabled = !this.underneath.leaving;
      this.underneath = null;
    }
  }

  cleanup(fn: () => void): void {
    this.cleanups.push(fn);
  }

  /** Language switched while this screen is up: rebuild it in place (with its state from `restartData`). */
  protected onLanguageChanged(): void {
    this.scene.restart(this.restartData());
  }

  protected restartData(): Record<string, unknown> {
    return {};
  }

  private fitCamera(): void {
    const { width, height } = this.scale.gameSize;
    this.zoom = fitZoom(width, height);
    const cam = this.cameras.main;
    cam.setSize(width, height);
    cam.setZoom(this.zoom);
    cam.centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
    // The canvas is backed at device resolution, so the zoom already includes the pixel ratio.
    setTextResolution(this.zoom);
  }

  protected onResize(): void {
    const before = textResolution();
    this.fitCamera();
    if (Math.abs(textResolution() - before) > 0.05) {
      const r = textResolution();
      const visit = (list: Phaser.GameObjects.GameObject[]) => {
        for (const o of list) {
          if (o instanceof Phaser.GameObjects.Text) o.setResolution(r);
          else if (o instanceof Phaser.GameObjects.Container) visit(o.list);
        }
      };
      visit(this.children.list);
    }
  }

  // ── Controls and focus ─────────────────────────────────────────────────────────────────
  registerControl(c: Control): void {
    this.focus.add(c);
  }

  playUiCue(): void {
    this.session.cue('ui');
  }

  pointerUsed(): void {
    this.focus.pointerUsed();
  }

  /** Escape: close or go back. */
  onEscape(): void {}

  /** Screen-specific keys before focus handling; return true when used. */
  onKey(_e: KeyboardEvent): boolean {
    return false;
  }

  handleKey(e: KeyboardEvent): boolean {
    if (this.leavingNow) return true;
    if (this.onKey(e)) return true;
    return this.focus.handleKey(e);
  }

  /** A point in design space to page CSS pixels. */
  toPage(x: number, y: number): { x: number; y: number } {
    const canvas = this.game.canvas;
    const rect = canvas.getBoundingClientRect();
    const { width, height } = this.scale.gameSize;
    const sx = width / 2 + (x - DESIGN_WIDTH / 2) * this.zoom;
    const sy = height / 2 + (y - DESIGN_HEIGHT / 2) * this.zoom;
    return { x: rect.left + (sx * rect.width) / width, y: rect.top + (sy * rect.height) / height };
  }

  /**
   * Keeps a page element (a text field) over the design-space rectangle (x, y, w, h), its font
   * sized to the rectangle, through every resize until the scene stops.
   */
  pinOver(el: HTMLElement, x: number, y: number, w: number, h: number): void {
    const place = () => {
      const a = this.toPage(x, y);
      const b = this.toPage(x + w, y + h);
      el.style.left = `${a.x}px`;
      el.style.top = `${a.y}px`;
      el.style.width = `${b.x - a.x}px`;
      el.style.height = `${b.y - a.y}px`;
      el.style.fontSize = `${Math.max(12, (b.y - a.y) * 0.42)}px`;
    };
    place();
    const onResize = () => window.setTimeout(place, 0);
    this.scale.on('resize', onResize);
    this.cleanup(() => this.scale.off('resize', onResize));
  }

  /** Lists the controls that take clicks now: none while the screen is on its way out (`goAfter`). */
  targets(): Target[] {
    if (this.leavingNow) return [];
    const canvas = this.game.canvas;
    const scaleCss = canvas.getBoundingClientRect().width / this.scale.gameSize.width;
    return this.focus.visible().map((f: Focusable) => {
      const r = f.rect();
      const p = this.toPage(r.x, r.y);
      return {
        id: f.id,
        label: f.label(),
        enabled: f.enabled(),
        x: Math.round(p.x * 10) / 10,
        y: Math.round(p.y * 10) / 10,
        width: Math.round(r.width * this.zoom * scaleCss * 10) / 10,
        height: Math.round(r.height * this.zoom * scaleCss * 10) / 10,
      };
    });
  }

  // ── Drawing helpers ────────────────────────────────────────────────────────────────────
  text(x: number, y: number, value: string, o?: TextOptions): Phaser.GameObjects.Text {
    return makeText(this, x, y, value, o);
  }

  button(id: string, x: number, y: number, w: number, h: number, label: string, onActivate: () => void, o?: ButtonOptions): Button {
    return new Button(this, id, x, y, w, h, label, onActivate, o);
  }

  panel(
    x: number,
    y: number,
    w: number,
    h: number,
    fill: number = Colors.panel,
    alpha = 1,
    line: number = Colors.panelLine,
    radius = 12,
  ): Phaser.GameObjects.Graphics {
    const g = this.add.graphics();
    g.fillStyle(fill, alpha);
    g.fillRoundedRect(x, y, w, h, radius);
    g.lineStyle(1.5, line, 1);
    g.strokeRoundedRect(x, y, w, h, radius);
    return g;
  }

  /** A full-bleed background: the design area plus whatever the window adds around it. */
  backdrop(color: number = Colors.bg): Phaser.GameObjects.Graphics {
    const g = this.add.graphics();
    g.fillStyle(color, 1);
    g.fillRect(-2000, -2000, DESIGN_WIDTH + 4000, DESIGN_HEIGHT + 4000);
    return g;
  }

  /** Goes to another full screen. */
  go(key: SceneKey, data?: Record<string, unknown>): void {
    this.scene.start(key, data);
  }

  /**
   * Goes to another full screen after `ms` (a beat to see the last click land). Until then the
   * screen still shows but takes no pointer or key input and lists no automation targets: its
   * controls are about to be replaced, so a click on them would be lost.
   */
  goAfter(ms: number, key: SceneKey, data?: Record<string, unknown>): void {
    this.retire();
    this.time.delayedCall(ms, () => this.go(key, data));
  }

  /** Stops taking input and listing targets, for a screen whose controls are about to be replaced. */
  protected retire(): void {
    this.leavingNow = true;
    this.input.enabled = false;
  }

  /** True from `retire` or `goAfter` until the next screen (or this one rebuilt). */
  get leaving(): boolean {
    return this.leavingNow;
  }

  /** Opens an overlay scene above this one; this one stops taking pointer input until it closes. */
  openOverlay(key: SceneKey, data?: Record<string, unknown>): void {
    this.input.enabled = false;
    this.scene.launch(key, { ...(data ?? {}), under: this.scene.key });
  }

  /** For overlays: remember the screen below so it gets input back on close. */
  protected attachUnder(data: Record<string, unknown>): void {
    const key = data.under;
    if (typeof key === 'string') {
      const s = this.scene.get(key);
      if (s instanceof BaseScene) this.underneath = s;
    }
  }

  closeOverlay(): void {
    this.scene.stop();
  }
}
