/**
 * The replay viewer, like a chess analysis board: a timeline with a tick per month and markers
 * for events, leaks, summits and the ending; play/pause, speed, step and jump; the map, the
 * dashboard, the month's moves (with the reason each seat gave) and news, and a chart, all
 * following the cursor; the game as Washington, Pyongyang or Seoul saw it, or everything; "take
 * over from here"; and the tree of what-if branches. Seeking only updates what is already drawn,
 * so it fits in a frame.
 */
import type Phaser from 'phaser';
import { childrenOf, familyTree, flattenTree } from '../../app/saves/branches';
import { PERSPECTIVES, SPEEDS, type Perspective, type ReplayChange, type ReplayController } from '../../app/saves/replayController';
import { MARKERS, gameTitle, perspectiveLabel, replayVM, seriesOf, timelineMarkers, treeRowsVM, type Marker, type ReplayVM, type TreeRowVM } from '../../app/saves/viewModels';
import * as T from '../../app/text';
import type { IndicatorId, Indicators } from '../../model/types';
import { BaseScene } from '../BaseScene';
import { AssetKeys, SceneKeys, type SceneKey } from '../keys';
import { MapView } from '../board/MapView';
import { isMapData } from '../board/mapData';
import { Colors, Css, OkabeIto, SEAT_COLORS, SEAT_CSS } from '../theme';
import type { Button } from '../widgets/Button';
import { TimelineBar, drawMarker } from '../widgets/TimelineBar';
import { fitText, setTextSafe } from '../widgets/text';
import { exportSave, replaySaved, shareGame, takeOverFlow } from '../saves/flows';

const DASH = { x: 12, y: 64, w: 264, h: 408 };
const TRACKS = { x: 12, y: 480, w: 264, h: 112 };
const MAP = { x: 284, y: 64, w: 508 };
const CHART = { x: 284, y: 438, w: 508, h: 154 };
const MONTH = { x: 800, y: 64, w: 468, h: 344 };
const TREE = { x: 800, y: 416, w: 468, h: 176 };
const TIMELINE = { x: 12, y: 600, w: 1068, h: 52 };
const LEGEND = { x: 1088, y: 600, w: 180, h: 52 };
const CHART_LINES: IndicatorId[] = ['trust', 'tension', 'alliance', 'determination'];
const LINE_COLORS = [OkabeIto.sky, OkabeIto.orange, OkabeIto.green, OkabeIto.purple];
const TREE_ROWS = 4;

interface MoveSlot {
  dot: Phaser.GameObjects.Graphics;
  seat: Phaser.GameObjects.Text;
  by: Phaser.GameObjects.Text;
  name: Phaser.GameObjects.Text;
  reason: Phaser.GameObjects.Text;
}

function mapClass(stage: string): string {
  return ['secretEnvoy', 'exploratory'].includes(stage) ? 'dashed' : ['noContact', 'collapsed'].includes(stage) ? 'dotted' : 'solid';
}

export class ReplayScene extends BaseScene {
  private ctl!: ReplayController;
  private from: SceneKey = SceneKeys.Title;
  private series: Indicators[] = [];
  private readonly markers = new Map<Perspective, Marker[][]>();
  private vm!: ReplayVM;
  private dateText!: Phaser.GameObjects.Text;
  private turnText!: Phaser.GameObjects.Text;
  private titleText!: Phaser.GameObjects.Text;
  private rows: { value: Phaser.GameObjects.Text; trend: Phaser.GameObjects.Text }[] = [];
  private bars!: Phaser.GameObjects.Graphics;
  private trackTexts: Phaser.GameObjects.Text[] = [];
  private trackBar!: Phaser.GameObjects.Graphics;
  private map: MapView | null = null;
  private mapKind = '';
  private slots: MoveSlot[] = [];
  private newsTexts: Phaser.GameObjects.Text[] = [];
  private newsHead!: Phaser.GameObjects.Text;
  private emptyText!: Phaser.GameObjects.Text;
  private endingText!: Phaser.GameObjects.Text;
  private chart!: Phaser.GameObjects.Graphics;
  private timeline!: TimelineBar;
  private playButton!: Button;
  private speedButtons: Button[] = [];
  private perspectiveButtons: Button[] = [];
  private takeOverButton!: Button;
  private treeButtons: Button[] = [];
  private treeObjects: Phaser.GameObjects.GameObject[] = [];
  private treePage = 0;
  private treeRows: TreeRowVM[] = [];

  constructor() {
    super(SceneKeys.Replay);
  }

  protected override restartData(): Record<string, unknown> {
    return { from: this.from, treePage: this.treePage };
  }

  protected build(data: Record<string, unknown>): void {
    const ctl = this.session.saves.replay;
    if (!ctl) {
      this.go(SceneKeys.Title);
      return;
    }
    this.ctl = ctl;
    if (typeof data.from === 'string' && data.from !== SceneKeys.Replay && data.from !== SceneKeys.Notice && data.from !== SceneKeys.Dialog) this.from = data.from as SceneKey;
    this.treePage = typeof data.treePage === 'number' ? data.treePage : 0;
    this.rows = [];
    this.trackTexts = [];
    this.slots = [];
    this.newsTexts = [];
    this.speedButtons = [];
    this.perspectiveButtons = [];
    this.treeButtons = [];
    this.treeObjects = [];
    this.markers.clear();
    this.map = null;
    this.mapKind = '';
    this.series = seriesOf(ctl);

    this.drawTopBar();
    this.drawDashboard();
    this.drawTracks();
    this.drawChartPanel();
    this.drawMonthPanel();
    this.drawTreePanel();
    this.drawTimeline();
    this.drawTransport();
    this.render('cursor');
    this.renderTree();

    this.cleanup(ctl.subscribe((what) => this.render(what)));
    this.cleanup(this.session.saves.subscribe((what) => {
      if (what === 'list') this.renderTree();
      if (what === 'replay' && this.session.saves.replay !== this.ctl) this.scene.restart(this.restartData());
    }));
    this.cleanup(() => this.ctl.pause());
    this.focus.focusId('replay.play');
    this.session.announce(`${gameTitle(this.lang, this.metaOrDefault())}. ${this.vm.announcement}`);
  }

  private metaOrDefault() {
    const m = this.ctl.meta ? this.session.saves.get(this.ctl.meta.id) ?? this.ctl.meta : null;
    if (m) return m;
    const seat = (['us', 'dprk', 'rok'] as const).find((s) => this.ctl.timeline.save.seats[s] === 'human') ?? null;
    return { title: this.ctl.timeline.save.meta?.title ?? '', origin: 'import' as const, seat, ...(this.ctl.timeline.save.meta?.parent ? { parent: this.ctl.timeline.save.meta.parent } : {}) };
  }

  override update(_time: number, delta: number): void {
    this.ctl?.tick(Math.min(delta, 250));
  }

  // ── Layout (drawn once) ─────────────────────────────────────────────────────────────────
  private drawTopBar(): void {
    const g = this.add.graphics();
    g.fillStyle(Colors.bgDeep, 1);
    g.fillRect(-2000, -2000, 5280, 2056);
    g.lineStyle(1, Colors.panelLine, 1);
    g.lineBetween(-2000, 56, 3280, 56);
    this.text(24, 7, this.t('ui.replay.kicker'), { size: 11, bold: true, color: Css.accent, letterSpacing: 2 });
    this.titleText = this.text(24, 23, '', { size: 17, bold: true });
    this.dateText = this.text(372, 5, '', { size: 22, bold: true });
    this.turnText = this.text(372, 33, '', { size: 13, color: Css.inkMuted });
    const seen = this.text(624, 28, this.t('ui.replay.seenBy'), { size: 11, bold: true, color: Css.inkMuted, align: 'right' }).setOrigin(1, 0.5);
    fitText(seen, 56, 20, 8);
    PERSPECTIVES.forEach((p, i) => {
      const b = this.button(`replay.perspective.${p}`, 630 + i * 126, 10, 120, 36, perspectiveLabel(this.lang, p), () => this.ctl.setPerspective(p), {
        toggle: true, selected: this.ctl.perspective === p, group: 'perspective', size: 13,
      });
      this.perspectiveButtons.push(b);
    });
    this.button('replay.back', 1158, 10, 110, 36, this.t('ui.common.back'), () => this.back(), { size: 14, variant: 'ghost' });
  }

  private drawDashboard(): void {
    this.panel(DASH.x, DASH.y, DASH.w, DASH.h, Colors.panel);
    this.text(DASH.x + 12, DASH.y + 8, this.t('ui.board.indicators'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    this.bars = this.add.graphics();
    const vm = replayVM(this.ctl, this.lang, this.series);
    vm.board.indicators.forEach((ind, i) => {
      const y = DASH.y + 32 + i * 26.5 + 12.5;
      const name = this.text(DASH.x + 12, y, ind.short, { size: 13, bold: true, color: '#d5dee8' }).setOrigin(0, 0.5);
      fitText(name, 112, 25, 9);
      const value = this.text(DASH.x + 202, y, '', { size: 14, bold: true }).setOrigin(0, 0.5);
      const trend = this.text(DASH.x + DASH.w - 10, y, '', { size: 12, bold: true }).setOrigin(1, 0.5);
      this.rows.push({ value, trend });
    });
  }

  private drawTracks(): void {
    const { x, y, w, h } = TRACKS;
    this.panel(x, y, w, h, Colors.panel);
    this.text(x + 12, y + 8, this.t('ui.track.negotiation'), { size: 11, color: Css.inkFaint, bold: true });
    const neg = this.text(x + 12, y + 21, '', { size: 14, bold: true, color: Css.accent });
    this.trackTexts.push(neg);
    this.trackBar = this.add.graphics();
    (['seoul', 'ukraine', 'cabinet'] as const).forEach((track, i) => {
      const ty = y + 54 + i * 18;
      const label = this.text(x + 12, ty, this.t(`ui.track.${track}`), { size: 10, color: Css.inkFaint, bold: true });
      fitText(label, 110, 16, 8);
      const v = this.text(x + w - 12, ty - 1, '', { size: 12, bold: true }).setOrigin(1, 0);
      this.trackTexts.push(v);
    });
  }

  private drawChartPanel(): void {
    const { x, y, w, h } = CHART;
    this.panel(x, y, w, h, Colors.panel);
    this.text(x + 14, y + 8, this.t('ui.replay.chart'), { size: 12, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    const g = this.add.graphics();
    const px = x + 40;
    const py = y + 30;
    const ph = h - 62;
    g.lineStyle(1, Colors.panelLine, 1);
    for (const v of [0, 50, 100]) {
      const yy = py + ph - (ph * v) / 100;
      g.lineBetween(px, yy, x + w - 14, yy);
      this.text(px - 8, yy, T.num(this.lang, v), { size: 10, color: Css.inkFaint }).setOrigin(1, 0.5);
    }
    // Legend: colour and marker shape per line.
    let lx = x + 40;
    CHART_LINES.forEach((id, k) => {
      const color = LINE_COLORS[k] ?? OkabeIto.sky;
      g.lineStyle(2.5, color, 1);
      g.lineBetween(lx, y + h - 16, lx + 16, y + h - 16);
      g.fillStyle(color, 1);
      this.markerShape(g, k, lx + 8, y + h - 16, 3.5);
      const t = this.text(lx + 22, y + h - 16, T.indicatorShort(this.lang, id), { size: 11, color: Css.ink }).setOrigin(0, 0.5);
      fitText(t, 90, 16, 8);
      lx += 22 + Math.min(90, t.width) + 18;
    });
    this.chart = this.add.graphics();
  }

  private markerShape(g: Phaser.GameObjects.Graphics, k: number, x: number, y: number, r: number): void {
    if (k % 3 === 0) g.fillCircle(x, y, r);
    else if (k % 3 === 1) g.fillRect(x - r, y - r, r * 2, r * 2);
    else g.fillTriangle(x, y - r - 1, x - r - 1, y + r, x + r + 1, y + r);
  }

  private drawMonthPanel(): void {
    const { x, y, w, h } = MONTH;
    this.panel(x, y, w, h, Colors.panel);
    this.text(x + 16, y + 10, this.t('ui.replay.moves'), { size: 13, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    this.endingText = this.text(x + w - 16, y + 10, '', { size: 13, bold: true, color: Css.bad, align: 'right' }).setOrigin(1, 0);
    for (let i = 0; i < 3; i++) {
      const sy = y + 34 + i * 78;
      const dot = this.add.graphics();
      const seat = this.text(x + 34, sy, '', { size: 13, bold: true });
      const by = this.text(x + w - 16, sy + 1, '', { size: 11, color: Css.inkFaint, align: 'right' }).setOrigin(1, 0);
      const name = this.text(x + 34, sy + 18, '', { size: 16, bold: true });
      const reason = this.text(x + 34, sy + 41, '', { size: 12, italic: true, color: '#b9c7d6', wrap: w - 50, lineSpacing: 1 });
      this.slots.push({ dot, seat, by, name, reason });
    }
    this.emptyText = this.text(x + 16, y + 44, '', { size: 15, color: Css.inkMuted, wrap: w - 32, lineSpacing: 4 });
    this.newsHead = this.text(x + 16, y + 262, this.t('ui.replay.news'), { size: 12, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    for (let i = 0; i < 3; i++) this.newsTexts.push(this.text(x + 16, y + 282 + i * 19, '', { size: 13 }));
  }

  private drawTreePanel(): void {
    const { x, y, w, h } = TREE;
    this.panel(x, y, w, h, Colors.panel);
    this.text(x + 16, y + 10, this.t('ui.replay.branches'), { size: 13, bold: true, color: Css.inkMuted, letterSpacing: 1 });
  }

  private drawTimeline(): void {
    this.timeline = new TimelineBar(this, TIMELINE.x, TIMELINE.y, TIMELINE.w, TIMELINE.h, this.t('ui.replay.kicker'));
    this.timeline.onSeek = (t) => this.ctl.seek(t);
    this.timeline.onToggle = () => this.ctl.toggle();
    const { x, y, w, h } = LEGEND;
    this.panel(x, y, w, h, Colors.panel, 1, Colors.panelLine, 8);
    const g = this.add.graphics();
    const items: (Marker | 'branch')[] = [...MARKERS, 'branch'];
    items.forEach((m, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const lx = x + 14 + col * 86;
      const ly = y + 10 + row * 16;
      drawMarker(g, m, lx, ly, 3.5);
      const t = this.text(lx + 10, ly, this.t(`ui.replay.legend.${m}`), { size: 10, color: Css.inkMuted }).setOrigin(0, 0.5);
      fitText(t, 70, 14, 7);
    });
  }

  private drawTransport(): void {
    const y = 660;
    const h = 46;
    this.button('replay.start', 12, y, 44, h, '«', () => this.ctl.toStart(), { size: 22, group: 'transport' });
    this.button('replay.stepBack', 62, y, 44, h, '‹', () => this.ctl.step(-1), { size: 24, group: 'transport' });
    this.playButton = this.button('replay.play', 112, y, 120, h, '', () => this.ctl.toggle(), { size: 17, group: 'transport', variant: 'primary' });
    this.button('replay.stepForward', 238, y, 44, h, '›', () => this.ctl.step(1), { size: 24, group: 'transport' });
    this.button('replay.end', 288, y, 44, h, '»', () => this.ctl.toEnd(), { size: 22, group: 'transport' });
    const sp = this.text(396, y + h / 2, this.t('ui.replay.speed'), { size: 11, bold: true, color: Css.inkMuted, align: 'right' }).setOrigin(1, 0.5);
    fitText(sp, 56, 20, 8);
    SPEEDS.forEach((s, i) => {
      const label = `${T.num(this.lang, s)}×`;
      this.speedButtons.push(this.button(`replay.speed.${s}`, 402 + i * 58, y + 4, 54, h - 8, label, () => this.ctl.setSpeed(s), {
        toggle: true, selected: this.ctl.speed === s, group: 'speed', size: 14,
      }));
    });
    this.takeOverButton = this.button('replay.takeOver', 652, y, 262, h + 4, this.t('ui.replay.takeOver'), () => takeOverFlow(this.ctl), {
      variant: 'primary', size: 17, sub: ' ',
    });
    this.button('replay.export', 926, y, 120, h, this.t('ui.replay.export'), () => exportSave(this.ctl.timeline.save, this.ctl.timeline.last), { size: 15 });
    this.button('replay.share', 1056, y, 140, h, this.t('ui.replay.share'), () => void shareGame(this.ctl), { size: 15 });
  }

  // ── Rendering (on every change) ─────────────────────────────────────────────────────────
  private markersFor(p: Perspective): Marker[][] {
    let m = this.markers.get(p);
    if (!m) {
      m = timelineMarkers(this.ctl, p);
      this.markers.set(p, m);
    }
    return m;
  }

  private render(what: ReplayChange): void {
    if (what === 'playing') {
      this.playButton.setLabel(this.ctl.playing ? `❚❚ ${this.t('ui.replay.pause')}` : `▶ ${this.t('ui.replay.play')}`);
      return;
    }
    if (what === 'speed') {
      for (const b of this.speedButtons) b.setSelected(b.id === `replay.speed.${this.ctl.speed}`);
      return;
    }
    if (what === 'perspective') {
      for (const b of this.perspectiveButtons) b.setSelected(b.id === `replay.perspective.${this.ctl.perspective}`);
      this.renderTimelineData();
    }
    const vm = replayVM(this.ctl, this.lang, this.series);
    this.vm = vm;
    setTextSafe(this.titleText, gameTitle(this.lang, this.metaOrDefault()));
    fitText(this.titleText, 330, 26, 11);
    setTextSafe(this.dateText, vm.dateLabel);
    fitText(this.dateText, 190, 30, 14);
    setTextSafe(this.turnText, vm.turnLabel);
    this.renderDashboard(vm);
    this.renderTracks(vm);
    this.renderMap(vm);
    this.renderMonth(vm);
    this.renderChart(vm);
    if (this.timeline && this.markers.size === 0) this.renderTimelineData();
    this.timeline.setCursor(vm.cursor);
    this.takeOverButton.setEnabled(vm.canTakeOver);
    this.takeOverButton.setSub(vm.canTakeOver ? this.t('ui.replay.takeOverSub', { date: this.nextMonth(vm.cursor) }) : this.t('ui.replay.takeOverEnded'));
    this.render('playing');
    if (what === 'cursor' && !this.ctl.playing && this.vm) this.session.announce(vm.announcement);
  }

  /** The month after month `t` (the first month a branch taken at `t` plays). */
  private nextMonth(t: number): string {
    return T.month(this.lang, 2025 + Math.floor(t / 12), (t % 12) + 1);
  }

  private renderDashboard(vm: ReplayVM): void {
    const g = this.bars;
    g.clear();
    const barX = DASH.x + 128;
    const barW = 66;
    vm.board.indicators.forEach((ind, i) => {
      const row = this.rows[i];
      if (!row) return;
      const y = DASH.y + 32 + i * 26.5 + 12.5;
      row.value.setText(String(ind.value));
      const good = ind.delta * ind.polarity;
      const color = ind.trend === 'flat' ? Css.inkFaint : good > 0 ? Css.good : good < 0 ? Css.bad : '#c8d3df';
      row.trend.setText(ind.trend === 'flat' ? '▶ 0' : `${ind.trend === 'up' ? '▲' : '▼'} ${Math.abs(ind.delta)}`);
      row.trend.setColor(color);
      row.trend.setAlpha(ind.trend === 'flat' ? 0.7 : 1);
      g.fillStyle(0x0b1420, 1);
      g.fillRoundedRect(barX, y - 4, barW, 8, 4);
      const v = Math.max(0, Math.min(100, ind.value));
      g.fillStyle(ind.polarity > 0 ? Colors.sky : ind.polarity < 0 ? Colors.accent : 0xa9b7c6, 0.95);
      if (v > 0) g.fillRoundedRect(barX, y - 4, Math.max(8, (barW * v) / 100), 8, 4);
      g.fillStyle(0x0d1520, 0.9);
      g.fillRect(barX + barW / 2 - 0.5, y - 4, 1, 8);
    });
  }

  private renderTracks(vm: ReplayVM): void {
    const tracks = vm.board.tracks;
    const neg = tracks.find((t) => t.track === 'negotiation');
    const [negText, ...rest] = this.trackTexts;
    if (neg && negText) {
      setTextSafe(negText, neg.stageName);
      fitText(negText, 240, 20, 10);
      const g = this.trackBar;
      g.clear();
      for (let i = 0; i < 7; i++) {
        const on = i <= Math.round(neg.progress * 6) && neg.stage !== 'collapsed';
        g.fillStyle(neg.stage === 'collapsed' ? Colors.dprk : on ? Colors.accent : Colors.panelLine, 1);
        g.fillRoundedRect(TRACKS.x + 12 + i * 34, TRACKS.y + 42, 30, 4, 2);
      }
    }
    (['seoul', 'ukraine', 'cabinet'] as const).forEach((id, i) => {
      const tr = tracks.find((t) => t.track === id);
      const text = rest[i];
      if (tr && text) {
        setTextSafe(text, tr.stageName);
        fitText(text, 130, 18, 8);
      }
    });
  }

  private renderMap(vm: ReplayVM): void {
    const kind = mapClass(vm.board.negotiation);
    const r = vm.board.relations;
    const rel = { trust: r.trust, alliance: r.alliance, interKorean: r.interKorean, russiaTies: r.russiaTies, tension: r.tension };
    const lbl = (id: IndicatorId, v: number) => `${T.indicatorShort(this.lang, id)} ${T.num(this.lang, Math.round(v))}`;
    const labels = { trust: lbl('trust', r.trust), alliance: lbl('alliance', r.alliance), interKorean: lbl('interKorean', r.interKorean), russiaTies: lbl('russiaTies', r.russiaTies) };
    if (!this.map || kind !== this.mapKind) {
      const data = this.cache.json.get(AssetKeys.Map);
      if (!isMapData(data)) return;
      this.map?.destroy();
      const names: Record<string, string> = {};
      for (const c of ['pyongyang', 'seoul', 'beijing', 'tokyo', 'moscow', 'washington'] as const) names[c] = this.t(`ui.city.${c}`);
      const moscow = data.cities.find((c) => c.id === 'moscow');
      if (moscow?.distanceKm) names.moscowDistance = this.t('ui.map.moscowDistance', { km: T.num(this.lang, moscow.distanceKm) });
      names.inset = this.t('ui.map.inset');
      // The channel's line is dashed while secret, dotted without contact: rebuilt when that changes.
      this.map = new MapView(this, MAP.x, MAP.y, MAP.w, data, { labels: names, negotiation: vm.board.negotiation, crop: { x: 296, y: 200, w: 700, h: 504 } });
      this.map.setDepth(-1);
      this.mapKind = kind;
    }
    this.map.setRelations(rel, labels);
  }

  private renderMonth(vm: ReplayVM): void {
    setTextSafe(this.endingText, vm.endingTitle ? this.t('ui.replay.ending', { title: vm.endingTitle }) : '');
    fitText(this.endingText, 240, 20, 9);
    const show = vm.empty === null || vm.moves.length > 0;
    setTextSafe(this.emptyText, vm.moves.length === 0 && vm.empty ? vm.empty : '');
    this.slots.forEach((s, i) => {
      const m = vm.moves[i];
      const on = show && m !== undefined;
      for (const o of [s.dot, s.seat, s.by, s.name, s.reason]) o.setVisible(on);
      if (!m || !on) return;
      const sy = MONTH.y + 34 + i * 78;
      s.dot.clear();
      s.dot.fillStyle(SEAT_COLORS[m.seat], 1);
      s.dot.fillCircle(MONTH.x + 22, sy + 9, 6);
      setTextSafe(s.seat, m.seatName).setColor(SEAT_CSS[m.seat]);
      setTextSafe(s.by, m.by);
      fitText(s.by, 240, 16, 8);
      const secretMark = m.secret ? `◆ ${this.t('ui.card.secret')}: ` : '';
      setTextSafe(s.name, `${secretMark}${m.text}`).setColor(m.hidden || m.secret ? Css.secret : Css.ink);
      s.name.setFontSize(16);
      fitText(s.name, MONTH.w - 50, 22, 11);
      setTextSafe(s.reason, m.quoted ? `“${m.reason}”` : m.reason);
      s.reason.setFontSize(12);
      fitText(s.reason, MONTH.w - 50, 34, 9);
    });
    const news = vm.news.slice(0, 3);
    this.newsHead.setVisible(news.length > 0);
    this.newsTexts.forEach((t, i) => {
      const n = news[i];
      setTextSafe(t, n ? `• ${n.headline}` : '');
      if (n) {
        t.setFontSize(13);
        t.setColor(n.id === 'event.leak' ? Css.secret : n.kind === 'stage' ? Css.accent : Css.ink);
        fitText(t, MONTH.w - 32, 18, 9);
      }
    });
  }

  private renderChart(vm: ReplayVM): void {
    const g = this.chart;
    g.clear();
    const { x, y, w, h } = CHART;
    const px = x + 40;
    const py = y + 30;
    const pw = w - 54;
    const ph = h - 62;
    const n = Math.max(1, vm.last);
    const xAt = (i: number) => px + (pw * i) / n;
    const yAt = (v: number) => py + ph - (ph * v) / 100;
    // The cursor.
    g.fillStyle(Colors.accent, 0.18);
    g.fillRect(xAt(vm.cursor) - 1.5, py - 4, 3, ph + 8);
    CHART_LINES.forEach((id, k) => {
      const color = LINE_COLORS[k] ?? OkabeIto.sky;
      // The whole game faintly, the months up to the cursor in full.
      for (const [upto, alpha, width] of [[vm.last, 0.22, 1.5], [vm.cursor, 1, 2.5]] as const) {
        if (upto < 1) continue;
        g.lineStyle(width, color, alpha);
        g.beginPath();
        for (let i = 0; i <= upto; i++) {
          const v = vm.series[i]?.[id] ?? 0;
          if (i === 0) g.moveTo(xAt(i), yAt(v));
          else g.lineTo(xAt(i), yAt(v));
        }
        g.strokePath();
      }
      g.fillStyle(color, 1);
      this.markerShape(g, k, xAt(vm.cursor), yAt(vm.series[vm.cursor]?.[id] ?? 0), 4);
    });
  }

  private renderTimelineData(): void {
    const meta = this.ctl.meta ? this.session.saves.get(this.ctl.meta.id) : null;
    const branches = meta ? childrenOf(meta, this.session.saves.list()).map((c) => c.parent!.branchTurn).filter((b) => b <= this.ctl.last) : [];
    const labels = new Map<number, string>();
    labels.set(0, this.t('ui.ending.start'));
    const span = this.ctl.timeline.ending !== null ? this.ctl.last : Math.max(this.ctl.last, this.ctl.timeline.save.settings.maxTurns);
    for (let t = 1; t <= span; t += 12) labels.set(t, String(2025 + Math.floor((t - 1) / 12)));
    this.timeline.setTimeline({
      last: this.ctl.last,
      // An unfinished game shows the months still to come; a finished one ends where it ended.
      span: this.ctl.timeline.ending !== null ? this.ctl.last : Math.max(this.ctl.last, this.ctl.timeline.save.settings.maxTurns),
      markers: this.markersFor(this.ctl.perspective),
      branches,
      sharedUpTo: this.ctl.timeline.save.meta?.parent?.branchTurn ?? null,
      labels,
    });
  }

  private renderTree(): void {
    for (const b of this.treeButtons) {
      this.focus.remove(b);
      b.destroy();
    }
    for (const o of this.treeObjects) o.destroy();
    this.treeButtons = [];
    this.treeObjects = [];
    const lib = this.session.saves;
    const meta = this.ctl.meta ? lib.get(this.ctl.meta.id) ?? this.ctl.meta : null;
    const { x, y, w } = TREE;
    if (!meta) {
      this.treeObjects.push(this.text(x + 16, y + 38, this.t('ui.replay.noBranches'), { size: 13, color: Css.inkMuted, wrap: w - 32, lineSpacing: 3 }));
      this.renderTimelineData();
      return;
    }
    this.treeRows = treeRowsVM(this.lang, flattenTree(familyTree(meta, lib.list()), meta.id));
    const pages = Math.max(1, Math.ceil(this.treeRows.length / TREE_ROWS));
    this.treePage = Math.min(this.treePage, pages - 1);
    const shown = this.treeRows.slice(this.treePage * TREE_ROWS, this.treePage * TREE_ROWS + TREE_ROWS);
    const g = this.add.graphics();
    this.treeObjects.push(g);
    shown.forEach((r, i) => {
      const ry = y + 34 + i * 34;
      const indent = Math.min(r.depth, 6) * 18;
      if (r.depth > 0) {
        g.lineStyle(1.5, 0x5a7898, 1);
        g.lineBetween(x + 12 + indent - 9, ry - 6, x + 12 + indent - 9, ry + 15);
        g.lineBetween(x + 12 + indent - 9, ry + 15, x + 12 + indent - 2, ry + 15);
      }
      const label = `${r.title}  ·  ${r.detail}`;
      const b = this.button(`replay.branch.${r.id}`, x + 12 + indent, ry, w - 24 - indent, 30, label, () => this.openNode(r), {
        toggle: true, selected: r.current, align: 'left', size: 12, bold: r.current, group: 'tree',
      });
      this.treeButtons.push(b);
      if (!r.current) {
        // The seat a person played, where the current game shows its check mark.
        const dot = this.add.graphics();
        dot.fillStyle(r.seat ? SEAT_COLORS[r.seat] : Colors.inkFaint, 1);
        dot.fillCircle(b.x + 13, b.y + 15, 4.5);
        dot.setDepth(1);
        this.treeObjects.push(dot);
      }
    });
    if (this.treeRows.length <= 1) {
      this.treeObjects.push(this.text(x + 16, y + 76, this.t('ui.replay.noBranches'), { size: 13, color: Css.inkMuted, wrap: w - 32, lineSpacing: 3 }));
    }
    if (pages > 1) {
      const prev = this.button('replay.branches.prev', x + w - 84, y + 6, 32, 24, '‹', () => this.flipTree(-1), { size: 16, group: 'treePages' });
      const next = this.button('replay.branches.next', x + w - 44, y + 6, 32, 24, '›', () => this.flipTree(1), { size: 16, group: 'treePages' });
      prev.setEnabled(this.treePage > 0);
      next.setEnabled(this.treePage < pages - 1);
      this.treeButtons.push(prev, next);
    }
    this.renderTimelineData();
  }

  private flipTree(d: number): void {
    this.treePage += d;
    this.renderTree();
  }

  private openNode(r: TreeRowVM): void {
    if (r.current) return;
    const lib = this.session.saves;
    const target = lib.get(r.id);
    const here = this.ctl.meta;
    // Open at the month the two games part: a child at its branch point, a parent where this one left it.
    const cursor = target?.parent && here && target.parentId === here.id ? target.parent.branchTurn : here?.parent?.branchTurn ?? 0;
    void replaySaved(r.id, cursor);
  }

  // ── Keys and navigation ─────────────────────────────────────────────────────────────────
  override onKey(e: KeyboardEvent): boolean {
    const onTimeline = this.focus.focused()?.id === 'replay.timeline';
    if (onTimeline && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      this.ctl.step(e.key === 'ArrowLeft' ? -1 : 1);
      return true;
    }
    if (e.key === 'Home') {
      this.ctl.toStart();
      return true;
    }
    if (e.key === 'End') {
      this.ctl.toEnd();
      return true;
    }
    if (e.key === ',' || e.key === '.') {
      this.ctl.step(e.key === ',' ? -1 : 1);
      return true;
    }
    return false;
  }

  private back(): void {
    this.ctl.pause();
    const target = this.from === SceneKeys.Board && !this.session.view() ? SceneKeys.Title : this.from;
    this.go(target, { noAnimation: true });
  }

  override onEscape(): void {
    this.back();
  }
}
