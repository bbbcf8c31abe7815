/** A modal panel over another screen: dims it, takes its input and keys until closed. */
import type Phaser from 'phaser';
import { BaseScene } from '../BaseScene';
import { Colors, Css, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import type { SceneKey } from '../keys';
import type { Button } from '../widgets/Button';
import { Control } from '../widgets/Control';

/** A panel's title. */
const TITLE_STYLE = { size: 26, bold: true } as const;
/** The rule's offset from the panel's top under a title this tall (a one-line title's: 64). */
const ruleUnder = (titleHeight: number) => Math.max(64, Math.round(22 + titleHeight + 4));

export abstract class OverlayScene extends BaseScene {
  protected px = 0;
  protected py = 0;
  protected pw = 0;
  protected ph = 0;
  /** What a panel that redraws itself made in its last drawing (`keep`), destroyed by `clearDrawn`. */
  private drawn: Phaser.GameObjects.GameObject[] = [];

  constructor(key: SceneKey) {
    super(key);
    this.overlay = true;
  }

  /**
   * Dims the screen under a `w`×`h` panel with `title`; a title given a `titleWrap` width may take
   * several lines. Returns where the title's rule is, for what comes under it.
   */
  protected frame(data: Record<string, unknown>, w: number, h: number, title: string, titleWrap?: number): number {
    this.drawn = []; // a new opening: the scene's earlier objects are gone
    this.attachUnder(data);
    const dim = this.add.graphics();
    dim.fillStyle(0x03070c, 0.72);
    dim.fillRect(-2000, -2000, DESIGN_WIDTH + 4000, DESIGN_HEIGHT + 4000);
    // Swallow clicks outside the panel.
    this.add
      .zone(-2000, -2000, DESIGN_WIDTH + 4000, DESIGN_HEIGHT + 4000)
      .setOrigin(0)
      .setInteractive();
    this.pw = w;
    this.ph = h;
    this.px = Math.round((DESIGN_WIDTH - w) / 2);
    this.py = Math.round((DESIGN_HEIGHT - h) / 2);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.4);
    g.fillRoundedRect(this.px + 4, this.py + 8, w, h, 16);
    g.fillStyle(Colors.panel, 1);
    g.fillRoundedRect(this.px, this.py, w, h, 16);
    g.lineStyle(2, Colors.panelLine, 1);
    g.strokeRoundedRect(this.px, this.py, w, h, 16);
    const t = this.text(this.px + 28, this.py + 22, title, { ...TITLE_STYLE, color: Css.ink, wrap: titleWrap });
    const rule = titleWrap ? ruleUnder(t.height) : 64;
    g.fillStyle(Colors.accent, 1);
    g.fillRect(this.px + 28, this.py + rule, 48, 3);
    return this.py + rule;
  }

  /** Where `frame` draws the rule under `title` wrapped at `titleWrap` (measured, not shown): what lies under it starts there. */
  protected ruleBelow(title: string, titleWrap?: number): number {
    return titleWrap ? ruleUnder(this.measure(title, { ...TITLE_STYLE, wrap: titleWrap })) : 64;
  }

  /** The height a text would take in this scene, measured and not shown. */
  protected measure(value: string, o: Parameters<BaseScene['text']>[3]): number {
    const probe = this.text(0, 0, value, o);
    const h = probe.height;
    probe.destroy();
    return h;
  }

  /**
   * The panel's answers, right-aligned along its bottom edge, each `bw` wide; the primary one (or
   * the first) takes the keyboard focus.
   */
  protected choiceRow(
    choices: readonly { id: string; label: string; primary?: boolean }[],
    bw: number,
    answer: (id: string) => void,
  ): void {
    let x = this.px + this.pw - 28 - bw;
    for (const c of [...choices].reverse()) {
      this.button(`choice.${c.id}`, x, this.py + this.ph - 24 - 48, bw, 48, c.label, () => answer(c.id), {
        variant: c.primary ? 'primary' : 'secondary',
        group: 'choices',
      });
      x -= bw + 14;
    }
    const first = choices.find((c) => c.primary) ?? choices[0];
    if (first) this.focus.focusId(`choice.${first.id}`);
  }

  /** The panel's one Close button at its bottom right (`id` is its automation target). */
  protected closeButton(id: string): void {
    this.button(
      id,
      this.px + this.pw - 28 - 160,
      this.py + this.ph - 24 - 46,
      160,
      46,
      this.t('ui.common.close'),
      () => this.closeOverlay(),
      {
        variant: 'primary',
      },
    );
  }

  /** Keeps an object of the panel's redrawn part, so the next redraw replaces it. */
  protected keep<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.drawn.push(o);
    return o;
  }

  /** Destroys the redrawn part (its controls leave the focus order first). */
  protected clearDrawn(): void {
    for (const o of this.drawn) {
      if (o instanceof Control) this.focus.remove(o);
      o.destroy();
    }
    this.drawn = [];
  }

  /** A text of the redrawn part. */
  protected say(x: number, y: number, s: string, o: Parameters<BaseScene['text']>[3] = {}): Phaser.GameObjects.Text {
    return this.keep(this.text(x, y, s, o));
  }

  /** A button of the redrawn part (14 px labels unless told). */
  protected btn(
    id: string,
    x: number,
    y: number,
    w: number,
    h: number,
    label: string,
    on: () => void,
    o: Parameters<BaseScene['button']>[7] = {},
  ): Button {
    return this.keep(this.button(id, x, y, w, h, label, on, { size: 14, ...o }));
  }

  override onEscape(): void {
    this.closeOverlay();
  }
}
