/**
 * Ending: the verdict for every seat and why, the indicators over the game, the turning points,
 * a short dated note on what happened in reality, and new game / replay.
 */
import { endingVM, type EndingVM } from '../../app/screens/ending';
import { cueForEnding } from '../../app/cues';
import * as T from '../../app/text';
import type { IndicatorId } from '../../model/types';
import { BaseScene } from '../BaseScene';
import { SceneKeys } from '../keys';
import { Colors, Css, OkabeIto, SEAT_COLORS, SEAT_CSS, css } from '../theme';
import type { Button } from '../widgets/Button';
import { fitText } from '../widgets/text';
import { TurningPanel } from '../widgets/TurningPanel';

const CHART_CHOICES: IndicatorId[] = [
  'trust',
  'tension',
  'alliance',
  'determination',
  'sanctions',
  'interKorean',
  'rokNukeSupport',
  'secrecy',
];
const LINE_COLORS = [OkabeIto.sky, OkabeIto.orange, OkabeIto.green, OkabeIto.purple, OkabeIto.yellow, OkabeIto.vermillion];

export class EndingScene extends BaseScene {
  private vm!: EndingVM;
  private shown: IndicatorId[] = ['trust', 'tension', 'alliance', 'determination'];
  private chartLayer!: Phaser.GameObjects.Container;
  private toggles: Button[] = [];

  constructor() {
    super(SceneKeys.Ending);
  }

  protected override restartData(): Record<string, unknown> {
    return { shown: this.shown, noAnimation: true };
  }

  protected build(data: Record<string, unknown>): void {
    const view = this.session.view();
    const vm = view ? endingVM(view, this.lang) : null;
    if (!vm || !view) {
      this.go(SceneKeys.Title);
      return;
    }
    this.vm = vm;
    this.toggles = [];
    if (Array.isArray(data.shown)) this.shown = data.shown as IndicatorId[];
    const animate = data.noAnimation !== true;

    // Header
    this.text(40, 22, this.t('ui.ending.kicker', { date: vm.dateLabel }), { size: 15, bold: true, color: Css.accent, letterSpacing: 3 });
    const title = this.text(40, 44, vm.title, { size: 34, bold: true, wrap: 760 });
    fitText(title, 760, 46, 22);
    const summary = this.text(40, 48 + title.height, vm.summary, { size: 15, wrap: 1200, lineSpacing: 2, color: '#cdd7e2' });
    fitText(summary, 1200, 136 - 48 - title.height, 10);

    this.drawVerdicts(40, 142);
    this.drawWhy(40, 328);
    this.drawChart(650, 142, animate);
    this.drawRight(650, 454);

    // A network game is kept by the classroom server: this page can neither replay it nor play it again.
    const local = this.session.persists;
    let bx = 40;
    const action = (id: string, w: number, label: string, act: () => void, variant?: 'primary' | 'ghost') => {
      this.button(id, bx, 652, w, 52, label, act, variant ? { variant } : undefined);
      bx += w + 12;
    };
    action('ending.new', 220, this.t('ui.ending.newGame'), () => this.go(SceneKeys.Setup), 'primary');
    if (local) action('ending.replay', 280, this.t('ui.ending.replay'), () => this.playAgain());
    action(
      'ending.title',
      170,
      this.t('ui.ending.title'),
      () => {
        this.session.endGame();
        this.go(SceneKeys.Title);
      },
      'ghost',
    );
    if (local) action('ending.watch', 240, this.t('ui.ending.watch'), () => this.watch());
    // The counterfactual turning points take the turning points panel over once asked for.
    const save = local ? this.session.currentSave() : null;
    if (save)
      new TurningPanel(this, {
        id: 'ending.turning',
        ...{ x: 650, y: 454, w: 590, h: 186, top: 2 },
        save: () => save,
        button: { x: bx, y: 652, w: 1240 - bx, h: 52 },
      });
    this.focus.focusId('ending.new');
    if (animate) {
      this.session.cue(cueForEnding(vm.id));
      this.session.announce(vm.announcement, true);
    }
  }

  private drawVerdicts(x: number, y: number): void {
    const w = 190;
    this.vm.verdicts.forEach((v, i) => {
      const cx = x + i * (w + 10);
      const g = this.add.graphics();
      g.fillStyle(v.mine ? 0x1c3048 : Colors.panel, 1);
      g.fillRoundedRect(cx, y, w, 176, 12);
      g.fillStyle(SEAT_COLORS[v.seat], 1);
      g.fillRoundedRect(cx, y, w, 6, { tl: 12, tr: 12, bl: 0, br: 0 });
      g.lineStyle(v.mine ? 2.5 : 1.5, v.mine ? SEAT_COLORS[v.seat] : Colors.panelLine, 1);
      g.strokeRoundedRect(cx, y, w, 176, 12);
      const name = this.text(cx + 14, y + 16, v.seatName, { size: 17, bold: true, color: SEAT_CSS[v.seat] });
      fitText(name, w - 28, 24, 11);
      const ctl = this.text(cx + 14, y + 40, v.mine ? this.t('ui.ending.you') : v.controller, {
        size: 12,
        color: Css.inkMuted,
        bold: v.mine,
      });
      fitText(ctl, w - 28, 16, 9);
      const icon = v.verdictId === 'win' ? '✓' : v.verdictId === 'draw' ? '=' : '✗';
      const col = v.verdictId === 'win' ? Css.good : v.verdictId === 'draw' ? '#e8eef5' : Css.bad;
      const verdict = this.text(cx + 14, y + 62, `${icon} ${v.verdict}`, { size: 26, bold: true, color: col });
      fitText(verdict, w - 28, 36, 14);
      this.text(cx + 14, y + 100, this.t('ui.ending.score', { score: T.num(this.lang, v.score) }), { size: 13, color: Css.inkMuted });
      g.fillStyle(0x0b1420, 1);
      g.fillRoundedRect(cx + 14, y + 122, w - 28, 8, 4);
      g.fillStyle(v.verdictId === 'win' ? Colors.sky : v.verdictId === 'loss' ? Colors.accent : 0xc8d3df, 1);
      g.fillRoundedRect(cx + 14, y + 122, Math.max(8, ((w - 28) * v.score) / 100), 8, 4);
      // The best and worst objective, in a line.
      const sorted = [...v.objectives].sort((a, b) => b.met * b.weight - a.met * a.weight);
      const best = sorted[0];
      if (best) {
        const t = this.text(cx + 14, y + 138, `+ ${best.label}`, { size: 11, color: Css.inkMuted });
        fitText(t, w - 28, 14, 8);
      }
      const worst = sorted[sorted.length - 1];
      if (worst && worst !== best) {
        const t = this.text(cx + 14, y + 152, `− ${worst.label}`, { size: 11, color: Css.inkFaint });
        fitText(t, w - 28, 14, 8);
      }
    });
  }

  private drawWhy(x: number, y: number): void {
    const w = 590;
    this.panel(x, y, w, 310, Colors.panel);
    this.text(x + 18, y + 12, this.t('ui.ending.why'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    let cy = y + 40;
    for (const c of this.vm.conditions) {
      const mark = c.held ? '✓' : '✗';
      this.text(x + 18, cy, mark, { size: 14, bold: true, color: c.held ? Css.good : Css.bad });
      const t = this.text(x + 40, cy, c.label, { size: 14, color: c.held ? Css.ink : Css.inkMuted });
      fitText(t, w - 60, 20, 10);
      cy += 22;
    }
    cy += 6;
    const paras = this.vm.why.filter((p) => p.trim().length > 0);
    const body = this.text(x + 18, cy, paras.join('\n'), { size: 15, wrap: w - 36, lineSpacing: 4, color: '#cdd7e2' });
    fitText(body, w - 36, y + 302 - cy, 9);
  }

  private drawChart(x: number, y: number, animate: boolean): void {
    const w = 590;
    const h = 300;
    this.panel(x, y, w, h, Colors.panel);
    this.text(x + 18, y + 12, this.t('ui.ending.chart'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    this.chartLayer = this.add.container(0, 0).setDepth(20);
    CHART_CHOICES.forEach((id, i) => {
      const col = i % 4;
      const row = Math.floor(i / 4);
      const b = this.button(
        `chart.${id}`,
        x + 14 + col * 142,
        y + h - 70 + row * 32,
        136,
        28,
        T.indicatorShort(this.lang, id),
        () => this.toggleLine(id),
        {
          toggle: true,
          selected: this.shown.includes(id),
          size: 12,
          group: 'chart',
          bold: false,
          align: 'left',
        },
      );
      this.toggles.push(b);
    });
    this.renderChart(x, y, w, h, animate);
  }

  private chartBox = { x: 0, y: 0, w: 0, h: 0 };

  private renderChart(x: number, y: number, w: number, h: number, animate: boolean): void {
    this.chartBox = { x, y, w, h };
    this.chartLayer.removeAll(true);
    const px = x + 44;
    const py = y + 40;
    const pw = w - 64;
    const ph = h - 138;
    const g = this.add.graphics();
    this.chartLayer.add(g);
    g.lineStyle(1, Colors.panelLine, 1);
    for (const v of [0, 25, 50, 75, 100]) {
      const yy = py + ph - (ph * v) / 100;
      g.lineBetween(px, yy, px + pw, yy);
      this.chartLayer.add(this.text(px - 8, yy, T.num(this.lang, v), { size: 10, color: Css.inkFaint }).setOrigin(1, 0.5));
    }
    const series = this.vm.series;
    const n = Math.max(1, series.length - 1);
    const xAt = (i: number) => px + (pw * i) / n;
    const labels = this.vm.seriesLabels;
    [0, Math.floor(n / 2), n].forEach((i) => {
      const l = labels[i];
      if (l)
        this.chartLayer.add(
          this.text(xAt(i), py + ph + 6, l, { size: 10, color: Css.inkFaint }).setOrigin(i === 0 ? 0 : i === n ? 1 : 0.5, 0),
        );
    });
    const lines = this.add.graphics();
    this.chartLayer.add(lines);
    const draw = (upto: number) => {
      lines.clear();
      this.shown.forEach((id, k) => {
        const color = LINE_COLORS[CHART_CHOICES.indexOf(id) % LINE_COLORS.length] ?? OkabeIto.sky;
        lines.lineStyle(2.5, color, 1);
        lines.beginPath();
        const last = Math.min(n, upto);
        for (let i = 0; i <= Math.floor(last); i++) {
          const v = series[i]?.[id] ?? 0;
          const yy = py + ph - (ph * v) / 100;
          if (i === 0) lines.moveTo(xAt(i), yy);
          else lines.lineTo(xAt(i), yy);
        }
        lines.strokePath();
        // Markers differ per line (circle, square, triangle…) so lines are told apart without colour.
        const v = series[Math.floor(last)]?.[id] ?? 0;
        const ex = xAt(Math.floor(last));
        const ey = py + ph - (ph * v) / 100;
        lines.fillStyle(color, 1);
        if (k % 3 === 0) lines.fillCircle(ex, ey, 4.5);
        else if (k % 3 === 1) lines.fillRect(ex - 4, ey - 4, 8, 8);
        else lines.fillTriangle(ex, ey - 5, ex - 5, ey + 4, ex + 5, ey + 4);
      });
    };
    // Legend markers on the toggles.
    const legend = this.add.graphics();
    this.chartLayer.add(legend);
    this.toggles.forEach((b) => {
      const id = b.id.slice(6) as IndicatorId;
      const k = this.shown.indexOf(id);
      if (k < 0) return;
      const color = LINE_COLORS[CHART_CHOICES.indexOf(id) % LINE_COLORS.length] ?? OkabeIto.sky;
      legend.fillStyle(color, 1);
      legend.fillRect(b.x + b.cw - 22, b.y + b.ch / 2 - 1.5, 14, 3);
    });
    if (animate) {
      const k = { v: 0 };
      draw(0);
      this.tweens.add({ targets: k, v: n, duration: 1400, ease: 'Sine.easeInOut', onUpdate: () => draw(k.v) });
    } else draw(n);
    void css;
  }

  private toggleLine(id: IndicatorId): void {
    if (this.shown.includes(id)) {
      if (this.shown.length > 1) this.shown = this.shown.filter((s) => s !== id);
    } else {
      this.shown = [...this.shown, id].slice(-5);
    }
    for (const b of this.toggles) b.setSelected(this.shown.includes(b.id.slice(6) as IndicatorId));
    const { x, y, w, h } = this.chartBox;
    this.renderChart(x, y, w, h, false);
  }

  private drawRight(x: number, y: number): void {
    const w = 590;
    const h = 186;
    this.panel(x, y, w, h, Colors.panel);
    const half = 290;
    this.text(x + 18, y + 12, this.t('ui.ending.turningPoints'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    let ty = y + 40;
    const tps = this.vm.turningPoints.slice(-6);
    if (tps.length === 0) this.text(x + 18, ty, this.t('ui.ending.noTurningPoints'), { size: 13, color: Css.inkMuted, wrap: half - 30 });
    for (const tp of tps) {
      if (ty > y + h - 30) break;
      this.text(x + 18, ty, tp.date, { size: 11, bold: true, color: Css.accent });
      const t = this.text(x + 18, ty + 14, tp.text, { size: 12, wrap: half - 30 });
      fitText(t, half - 30, 16, 8);
      ty += 32;
    }
    const rx = x + half + 8;
    const g = this.add.graphics();
    g.lineStyle(1, Colors.panelLine, 1);
    g.lineBetween(rx - 8, y + 14, rx - 8, y + h - 14);
    this.text(rx + 8, y + 12, this.t('ui.ending.reality'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    const r = this.text(rx + 8, y + 40, this.vm.reality, { size: 13, wrap: w - half - 36, lineSpacing: 2, color: '#cdd7e2' });
    fitText(r, w - half - 36, h - 54, 9);
  }

  /** Opens the game just played in the replay viewer (it is saved with its ending). */
  private watch(): void {
    const save = this.session.currentSave();
    if (!save) return;
    const r = this.session.saves.openSave(save, this.session.saves.currentId);
    if (r.ok) this.go(SceneKeys.Replay, { from: SceneKeys.Ending });
  }

  private playAgain(): void {
    if (this.session.playAgain()) this.go(SceneKeys.Board);
  }

  override onEscape(): void {}
}
