/**
 * The replay viewer, like a chess analysis board: a timeline with a tick per month and markers
 * for events, leaks, summits and the ending; play/pause, speed, step and jump; the map, the
 * dashboard, the month's moves (with the reason each seat gave), news and letters (L), and a chart, all
 * following the cursor; the game as Washington, Pyongyang or Seoul saw it, or everything; "take
 * over from here"; and the tree of what-if branches. Seeking only updates what is already drawn,
 * so it fits in a frame.
 */
import type Phaser from 'phaser';
import { childrenOf, familyTree, flattenTree } from '../../app/saves/branches';
import { PERSPECTIVES, SPEEDS, type Perspective, type ReplayChange, type ReplayController } from '../../app/saves/replayController';
import {
  MARKERS,
  gameTitle,
  perspectiveLabel,
  replayVM,
  seriesOf,
  timelineMarkers,
  treeRowsVM,
  type Marker,
  type ReplayVM,
  type TreeRowVM,
} from '../../app/saves/viewModels';
import { BranchTreePanel } from '../saves/BranchTreePanel';
import { MonthPanel } from '../saves/MonthPanel';
import { ReplayDashboard } from '../saves/ReplayDashboard';
import { ReplayChart } from '../saves/ReplayChart';
import { TextCache } from '../saves/textCache';
import * as T from '../../app/text';
import { monthOfTurn } from '../../app/screens/common';
import type { Indicators } from '../../model/types';
import { turningText } from '../../i18n/ui/turning';
import { BaseScene } from '../BaseScene';
import { AssetKeys, SceneKeys, type SceneKey } from '../keys';
import { MapView } from '../board/MapView';
import { isMapData } from '../board/mapData';
import { PENINSULA_CROP, mapLabels } from '../board/MapPanel';
import { Colors, Css } from '../theme';
import type { Button } from '../widgets/Button';
import { TimelineBar, drawMarker } from '../widgets/TimelineBar';
import { fitText } from '../widgets/text';
import { exportSave, replaySaved, shareGame, takeOverFlow } from '../saves/flows';

const DASH = { x: 12, y: 64, w: 264, h: 408 };
const TRACKS = { x: 12, y: 480, w: 264, h: 112 };
const MAP = { x: 284, y: 64, w: 508 };
const CHART = { x: 284, y: 438, w: 508, h: 154 };
const MONTH = { x: 800, y: 64, w: 468, h: 344 };
const LETTERS = { x: 292, y: 386, w: 168, h: 38 };
const TREE = { x: 800, y: 416, w: 468, h: 176 };
const TIMELINE = { x: 12, y: 600, w: 1068, h: 52 };
const LEGEND = { x: 1088, y: 600, w: 180, h: 52 };

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
  private dashboard!: ReplayDashboard;
  /** One map per look of the channel's line (dotted, dashed, solid), made once and swapped. */
  private maps = new Map<string, MapView>();
  private mapKind = '';
  /** What each text shows now, so a seek redraws only the texts that change. */
  private texts = new TextCache();
  private month!: MonthPanel;
  private chart!: ReplayChart;
  private tree!: BranchTreePanel;
  private timeline!: TimelineBar;
  private playButton!: Button;
  private speedButtons: Button[] = [];
  private perspectiveButtons: Button[] = [];
  private takeOverButton!: Button;

  constructor() {
    super(SceneKeys.Replay);
  }

  protected override restartData(): Record<string, unknown> {
    return { from: this.from, treePage: this.tree?.page ?? 0 };
  }

  protected build(data: Record<string, unknown>): void {
    const ctl = this.session.saves.replay;
    if (!ctl) {
      this.go(SceneKeys.Title);
      return;
    }
    this.ctl = ctl;
    if (typeof data.from === 'string' && data.from !== SceneKeys.Replay && data.from !== SceneKeys.Notice && data.from !== SceneKeys.Dialog)
      this.from = data.from as SceneKey;
    this.speedButtons = [];
    this.perspectiveButtons = [];
    this.markers.clear();
    this.maps = new Map();
    this.mapKind = '';
    this.texts = new TextCache();
    this.series = seriesOf(ctl);

    this.drawTopBar();
    this.dashboard = new ReplayDashboard(this, DASH, TRACKS, this.texts, replayVM(ctl, this.lang, this.series));
    this.chart = new ReplayChart(this, CHART);
    this.month = new MonthPanel(this, MONTH, this.texts, { ...LETTERS, open: () => this.openOverlay(SceneKeys.ReplayLetters) });
    this.tree = new BranchTreePanel(this, TREE, (row) => this.openNode(row));
    this.tree.page = typeof data.treePage === 'number' ? data.treePage : 0;
    this.drawTimeline();
    this.drawTransport();
    this.render('cursor');
    this.renderTree();

    this.cleanup(ctl.subscribe((what) => this.render(what)));
    this.cleanup(
      this.session.saves.subscribe((what) => {
        if (what === 'list') this.renderTree();
        if (what === 'replay' && this.session.saves.replay !== this.ctl) this.scene.restart(this.restartData());
      }),
    );
    this.cleanup(() => this.ctl.pause());
    this.focus.focusId('replay.play');
    this.session.announce(`${gameTitle(this.lang, this.metaOrDefault())}. ${this.vm.announcement}`);
  }

  private metaOrDefault() {
    const m = this.ctl.meta ? (this.session.saves.get(this.ctl.meta.id) ?? this.ctl.meta) : null;
    if (m) return m;
    const seat = (['us', 'dprk', 'rok'] as const).find((s) => this.ctl.timeline.save.seats[s] === 'human') ?? null;
    return {
      title: this.ctl.timeline.save.meta?.title ?? '',
      origin: 'import' as const,
      seat,
      ...(this.ctl.timeline.save.meta?.parent ? { parent: this.ctl.timeline.save.meta.parent } : {}),
    };
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
    const seen = this.text(624, 28, this.t('ui.replay.seenBy'), { size: 11, bold: true, color: Css.inkMuted, align: 'right' }).setOrigin(
      1,
      0.5,
    );
    fitText(seen, 56, 20, 8);
    PERSPECTIVES.forEach((p, i) => {
      const b = this.button(
        `replay.perspective.${p}`,
        630 + i * 126,
        10,
        120,
        36,
        perspectiveLabel(this.lang, p),
        () => this.ctl.setPerspective(p),
        {
          toggle: true,
          selected: this.ctl.perspective === p,
          group: 'perspective',
          size: 13,
        },
      );
      this.perspectiveButtons.push(b);
    });
    this.button('replay.back', 1158, 10, 110, 36, this.t('ui.common.back'), () => this.back(), { size: 14, variant: 'ghost' });
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
    this.playButton = this.button('replay.play', 112, y, 120, h, '', () => this.ctl.toggle(), {
      size: 17,
      group: 'transport',
      variant: 'primary',
    });
    this.button('replay.stepForward', 238, y, 44, h, '›', () => this.ctl.step(1), { size: 24, group: 'transport' });
    this.button('replay.end', 288, y, 44, h, '»', () => this.ctl.toEnd(), { size: 22, group: 'transport' });
    const sp = this.text(396, y + h / 2, this.t('ui.replay.speed'), {
      size: 11,
      bold: true,
      color: Css.inkMuted,
      align: 'right',
    }).setOrigin(1, 0.5);
    fitText(sp, 56, 20, 8);
    SPEEDS.forEach((s, i) => {
      const label = `${T.num(this.lang, s)}×`;
      this.speedButtons.push(
        this.button(`replay.speed.${s}`, 402 + i * 58, y + 4, 54, h - 8, label, () => this.ctl.setSpeed(s), {
          toggle: true,
          selected: this.ctl.speed === s,
          group: 'speed',
          size: 14,
        }),
      );
    });
    this.takeOverButton = this.button('replay.takeOver', 652, y, 220, h + 4, this.t('ui.replay.takeOver'), () => takeOverFlow(this.ctl), {
      variant: 'primary',
      size: 17,
      sub: ' ',
    });
    this.button(
      'replay.export',
      882,
      y,
      110,
      h,
      this.t('ui.replay.export'),
      () => exportSave(this.ctl.timeline.save, this.ctl.timeline.last),
      { size: 15 },
    );
    this.button('replay.share', 1002, y, 120, h, this.t('ui.replay.share'), () => void shareGame(this.ctl), { size: 15 });
    const turning = turningText(this.lang, 'turning.title');
    this.button('replay.turning', 1132, y, 136, h, turning, () => this.openOverlay(SceneKeys.Turning), { size: 15 });
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
    this.texts.put(this.titleText, gameTitle(this.lang, this.metaOrDefault()), { fit: [330, 26, 11] });
    this.texts.put(this.dateText, vm.dateLabel, { size: 22, fit: [190, 30, 14] });
    this.texts.put(this.turnText, vm.turnLabel);
    this.dashboard.render(vm);
    this.renderMap(vm);
    this.month.render(vm);
    this.chart.render(vm);
    if (this.timeline && this.markers.size === 0) this.renderTimelineData();
    this.timeline.setCursor(vm.cursor);
    this.takeOverButton.setEnabled(vm.canTakeOver);
    this.takeOverButton.setSub(
      vm.canTakeOver ? this.t('ui.replay.takeOverSub', { date: monthOfTurn(this.lang, vm.cursor + 1) }) : this.t('ui.replay.takeOverEnded'),
    );
    this.render('playing');
    if (what === 'cursor' && !this.ctl.playing && this.vm) this.session.announce(vm.announcement);
  }

  private renderMap(vm: ReplayVM): void {
    const kind = mapClass(vm.board.negotiation);
    if (this.maps.size === 0) this.makeMaps();
    const map = this.maps.get(kind);
    if (!map) return;
    if (kind !== this.mapKind) {
      for (const [k, m] of this.maps) m.setVisible(k === kind);
      this.mapKind = kind;
    }
    map.setRelations(vm.board.relations, vm.board.lineLabels);
  }

  /**
   * The channel's line is dotted without contact, dashed while secret and solid once public; the
   * map takes its look when it is made, so the viewer makes all three up front and shows one.
   */
  private makeMaps(): void {
    const data: unknown = this.cache.json.get(AssetKeys.Map);
    if (!isMapData(data)) return;
    const names = mapLabels(this, data);
    for (const [kind, stage] of [
      ['dotted', 'noContact'],
      ['dashed', 'secretEnvoy'],
      ['solid', 'formal'],
    ] as const) {
      const m = new MapView(this, MAP.x, MAP.y, MAP.w, data, { labels: names, negotiation: stage, crop: PENINSULA_CROP });
      m.setDepth(-1).setVisible(false);
      this.maps.set(kind, m);
    }
  }

  private renderTimelineData(): void {
    const meta = this.ctl.meta ? this.session.saves.get(this.ctl.meta.id) : null;
    const branches = meta
      ? childrenOf(meta, this.session.saves.list())
          .map((c) => c.parent!.branchTurn)
          .filter((b) => b <= this.ctl.last)
      : [];
    const labels = new Map<number, string>();
    labels.set(0, this.t('ui.ending.start'));
    // An unfinished game shows the months still to come; a finished one ends where it ended.
    const span = this.ctl.timeline.ending !== null ? this.ctl.last : Math.max(this.ctl.last, this.ctl.timeline.save.settings.maxTurns);
    for (let t = 1; t <= span; t += 12) labels.set(t, String(2025 + Math.floor((t - 1) / 12)));
    this.timeline.setTimeline({
      last: this.ctl.last,
      span,
      markers: this.markersFor(this.ctl.perspective),
      branches,
      sharedUpTo: this.ctl.timeline.save.meta?.parent?.branchTurn ?? null,
      labels,
    });
  }

  private renderTree(): void {
    const lib = this.session.saves;
    const meta = this.ctl.meta ? (lib.get(this.ctl.meta.id) ?? this.ctl.meta) : null;
    this.tree.render(meta ? treeRowsVM(this.lang, flattenTree(familyTree(meta, lib.list()), meta.id)) : []);
    this.renderTimelineData();
  }

  private openNode(r: TreeRowVM): void {
    if (r.current) return;
    const lib = this.session.saves;
    const target = lib.get(r.id);
    const here = this.ctl.meta;
    // Open at the month the two games part: a child at its branch point, a parent where this one left it.
    const cursor = target?.parent && here && target.parentId === here.id ? target.parent.branchTurn : (here?.parent?.branchTurn ?? 0);
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
    if ((e.key === 'l' || e.key === 'L') && this.vm.letters.length > 0) {
      this.openOverlay(SceneKeys.ReplayLetters);
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
