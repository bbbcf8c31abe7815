/**
 * The Board: the map of East Asia with relationship lines, the calendar, the dashboard of
 * indicators (select one to see every change and its cause), and the hand of move cards. Pick a
 * card, then End turn seals it; the bots answer and the month resolves.
 */
import type Phaser from 'phaser';
import type { ClientUpdate } from '../../app/client';
import { boardVM, historyVM, turnAnnouncement, type BoardVM, type CardVM, type IndicatorVM } from '../../app/viewModel';
import { INDICATOR_IDS, type IndicatorId } from '../../model/types';
import * as T from '../../app/text';
import { BaseScene } from '../BaseScene';
import { AssetKeys, SceneKeys } from '../keys';
import { MapView, type Relations } from '../board/MapView';
import { isMapData } from '../board/mapData';
import { Colors, Css, SEAT_COLORS, SEAT_CSS } from '../theme';
import type { Button } from '../widgets/Button';
import { IndicatorRow } from '../widgets/IndicatorRow';
import { MoveCard } from '../widgets/MoveCard';
import { fitText } from '../widgets/text';
import { setDialog } from './DialogScene';
import { StorageBanner } from '../widgets/StorageBanner';
import { storageWarning } from '../../app/saves/viewModels';
import { exportCurrent } from '../saves/flows';
import { routeAfterSeal } from '../hotseat/flow';
import { NetChip } from '../widgets/NetChip';
import { netPlay } from '../../app/net';

type Detail = { kind: 'guide' } | { kind: 'card'; id: string } | { kind: 'indicator'; id: IndicatorId; page: number };

const HAND = { x: 284, y: 536, w: 806, h: 168 };
const CARD_W = 108;
const CARD_GAP = 8;
const DETAIL = { x: 924, y: 64, w: 344, h: 452 };

export class BoardScene extends BaseScene {
  private vm!: BoardVM;
  private selected: string | null = null;
  private detail: Detail = { kind: 'guide' };
  private cards: MoveCard[] = [];
  private rows: IndicatorRow[] = [];
  private handPage = 0;
  private perPage = 7;
  private pagers: { prev?: Button; next?: Button } = {};
  private endTurn!: Button;
  private detailLayer!: Phaser.GameObjects.Container;
  private detailButtons: Button[] = [];
  private map: MapView | null = null;
  private busy = false;
  /** Shown while games cannot be saved in this browser. */
  private banner: StorageBanner | null = null;
  /** Network mode only: the connection and timer chip, which also gates End turn. */
  private netChip: NetChip | null = null;

  constructor() {
    super(SceneKeys.Board);
  }

  protected override restartData(): Record<string, unknown> {
    return { selected: this.selected, detail: this.detail, handPage: this.handPage, noAnimation: true };
  }

  protected build(data: Record<string, unknown>): void {
    const view = this.session.view();
    if (!view) {
      this.go(SceneKeys.Title);
      return;
    }
    if (view.ending !== null) {
      this.go(SceneKeys.Ending);
      return;
    }
    this.busy = false;
    this.cards = [];
    this.rows = [];
    this.detailButtons = [];
    this.pagers = {};
    this.vm = boardVM(view, this.lang, this.session.difficulty);
    this.selected = typeof data.selected === 'string' && this.vm.hand.some((c) => c.id === data.selected) ? data.selected : null;
    this.detail = (data.detail as Detail | undefined) ?? (this.selected ? { kind: 'card', id: this.selected } : { kind: 'guide' });
    if (this.detail.kind === 'card' && !this.vm.hand.some((c) => c.id === (this.detail as { id: string }).id)) this.detail = { kind: 'guide' };
    this.handPage = typeof data.handPage === 'number' ? data.handPage : 0;
    const animate = data.noAnimation !== true && view.history.length > 0;

    this.drawTopBar();
    this.drawDashboard(animate);
    this.drawTracks();
    this.drawMap(animate);
    this.panel(DETAIL.x, DETAIL.y, DETAIL.w, DETAIL.h, Colors.panel);
    this.detailLayer = this.add.container(0, 0);
    this.netChip = NetChip.attach(this, 294, 72, () => this.refreshSeal());
    this.drawHand();
    this.renderDetail();

    const off = this.session.events.on('update', (u) => this.onUpdate(u));
    this.cleanup(off);
    this.banner = null;
    this.showStorageWarning();
    this.cleanup(this.session.saves.subscribe((what) => {
      if (what === 'status') this.showStorageWarning();
    }));
    this.focus.onFocusChange = (f) => {
      if (f && f.id.startsWith('move.')) this.ensureCardVisible(f.id);
    };
    this.cleanup(() => {
      this.focus.onFocusChange = null;
    });
    const first = this.cards.find((c) => c.visible);
    if (!(this.selected && this.focus.focusId(`move.${this.selected}`))) {
      if (first) this.focus.focus(first, false);
      else this.focus.focusId('board.menu');
    }
    if (data.noAnimation !== true) this.session.announce(turnAnnouncement(this.vm));
  }

  // ── Top bar ───────────────────────────────────────────────────────────────────────────────
  private drawTopBar(): void {
    const vm = this.vm;
    const g = this.add.graphics();
    g.fillStyle(Colors.bgDeep, 1);
    g.fillRect(-2000, -2000, 5280, 2056);
    g.lineStyle(1, Colors.panelLine, 1);
    g.lineBetween(-2000, 56, 3280, 56);
    // Seat
    g.fillStyle(SEAT_COLORS[vm.seat], 1);
    g.fillCircle(28, 28, 9);
    this.text(46, 12, this.t('ui.board.you'), { size: 12, color: Css.inkMuted, bold: true });
    const seat = this.text(46, 27, vm.seatName, { size: 18, bold: true, color: SEAT_CSS[vm.seat] });
    fitText(seat, 170, 26, 12);
    // Calendar
    const date = this.text(250, 6, vm.dateLabel, { size: 22, bold: true });
    fitText(date, 200, 30, 14);
    this.text(250, 33, vm.turnLabel, { size: 13, color: Css.inkMuted });
    const tl = this.add.graphics();
    const tx = 470;
    const step = 13;
    for (let i = 1; i <= vm.maxTurns; i++) {
      const x = tx + (i - 1) * step;
      const done = i < vm.turn;
      const now = i === vm.turn;
      tl.fillStyle(now ? Colors.accent : done ? 0x5a7898 : Colors.panelLine, 1);
      const hgt = now ? 18 : (i - 1) % 12 === 0 ? 14 : 10;
      tl.fillRoundedRect(x, 28 - hgt / 2, now ? 7 : 5, hgt, 2);
    }
    this.text(tx, 40, '2025', { size: 10, color: Css.inkFaint });
    if (vm.maxTurns > 12) this.text(tx + 12 * step, 40, '2026', { size: 10, color: Css.inkFaint });
    // Capital
    const cx = tx + vm.maxTurns * step + 24;
    this.text(cx, 8, this.t('ui.board.capital'), { size: 12, color: Css.inkMuted, bold: true });
    const pips = this.add.graphics();
    for (let i = 0; i < vm.maxCapital; i++) {
      pips.fillStyle(i < vm.capital ? Colors.accent : Colors.panelLine, 1);
      pips.fillCircle(cx + 7 + i * 17, 36, 6.5);
    }
    this.text(cx + vm.maxCapital * 17 + 6, 36, `${T.num(this.lang, vm.capital)}/${T.num(this.lang, vm.maxCapital)}`, { size: 14, bold: true }).setOrigin(0, 0.5);
    // Menu buttons
    this.button('board.settings', 1268 - 232, 10, 110, 36, this.t('ui.board.settings'), () => this.openOverlay(SceneKeys.Settings), { size: 14, group: 'top' });
    this.button('board.menu', 1268 - 110, 10, 110, 36, this.t('ui.board.menu'), () => this.openMenu(), { size: 14, group: 'top' });
  }

  // ── Dashboard ─────────────────────────────────────────────────────────────────────────────
  private drawDashboard(animate: boolean): void {
    this.panel(12, 64, 264, 408, Colors.panel);
    this.text(24, 72, this.t('ui.board.indicators'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    this.text(266, 74, this.t('ui.board.selectHint'), { size: 11, color: Css.inkFaint }).setOrigin(1, 0);
    const view = this.session.view();
    const prev = view && view.history.length >= 2 ? view.history[view.history.length - 2]?.indicators : null;
    this.vm.indicators.forEach((ind, i) => {
      const row = new IndicatorRow(this, ind, 16, 96 + i * 26.5, 256, 25, () => this.selectIndicator(ind.id));
      row.setSelected(this.detail.kind === 'indicator' && this.detail.id === ind.id);
      if (animate && ind.delta !== 0) row.animateFrom(prev ? prev[ind.id] : ind.value - ind.delta);
      this.rows.push(row);
    });
  }

  private drawTracks(): void {
    const x = 12;
    const y = 480;
    this.panel(x, y, 264, 232, Colors.panel);
    this.text(x + 12, y + 8, this.t('ui.board.tracks'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    let ty = y + 32;
    for (const tr of this.vm.tracks) {
      this.text(x + 12, ty, tr.label, { size: 11, color: Css.inkFaint, bold: true });
      const name = this.text(x + 12, ty + 13, tr.stageName, { size: 14, bold: true, color: tr.track === 'negotiation' ? Css.accent : Css.ink });
      fitText(name, 240, 20, 10);
      if (tr.track === 'negotiation') {
        const g = this.add.graphics();
        const steps = 7;
        for (let i = 0; i < steps; i++) {
          const on = i <= Math.round(tr.progress * (steps - 1)) && tr.stage !== 'collapsed';
          g.fillStyle(tr.stage === 'collapsed' ? Colors.dprk : on ? Colors.accent : Colors.panelLine, 1);
          g.fillRoundedRect(x + 12 + i * 34, ty + 34, 30, 4, 2);
        }
        ty += 46;
      } else ty += 34;
    }
    for (const st of this.vm.statuses) {
      this.text(x + 12, ty, st.label, { size: 12, color: Css.inkMuted });
      const v = this.text(x + 252, ty, st.value, { size: 12, bold: true }).setOrigin(1, 0);
      fitText(v, 120, 18, 9);
      ty += 18;
    }
  }

  // ── Map ───────────────────────────────────────────────────────────────────────────────────
  private relations(from?: Record<string, number>): Relations {
    const r = from ?? this.vm.relations;
    return { trust: r.trust ?? 0, alliance: r.alliance ?? 0, interKorean: r.interKorean ?? 0, russiaTies: r.russiaTies ?? 0, tension: r.tension ?? 0 };
  }

  private lineLabels(): Record<string, string> {
    const r = this.vm.relations;
    const lbl = (id: IndicatorId, v: number) => `${T.indicatorShort(this.lang, id)} ${T.num(this.lang, Math.round(v))}`;
    return { trust: lbl('trust', r.trust), alliance: lbl('alliance', r.alliance), interKorean: lbl('interKorean', r.interKorean), russiaTies: lbl('russiaTies', r.russiaTies) };
  }

  private drawMap(animate: boolean): void {
    const data: unknown = this.cache.json.get(AssetKeys.Map);
    if (!isMapData(data)) return;
    const labels: Record<string, string> = {};
    for (const c of ['pyongyang', 'seoul', 'beijing', 'tokyo', 'moscow', 'washington'] as const) labels[c] = this.t(`ui.city.${c}`);
    const moscow = data.cities.find((c) => c.id === 'moscow');
    if (moscow?.distanceKm) labels.moscowDistance = this.t('ui.map.moscowDistance', { km: T.num(this.lang, moscow.distanceKm) });
    labels.inset = this.t('ui.map.inset');
    this.map = new MapView(this, 284, 64, 632, data, { labels, negotiation: this.vm.negotiation, crop: { x: 296, y: 200, w: 700, h: 504 } });
    const view = this.session.view();
    const prev = view && view.history.length >= 2 ? view.history[view.history.length - 2]?.indicators : null;
    if (animate && prev) {
      this.map.setRelations(this.relations(prev), this.lineLabels());
      this.map.animateTo(this.relations(), this.lineLabels());
    } else this.map.setRelations(this.relations(), this.lineLabels());
    // Legend
    const lg = this.add.graphics();
    const lx = 294;
    const ly = 64 + 455 - 68;
    lg.fillStyle(0x0b1522, 0.85);
    lg.fillRoundedRect(lx, ly, 210, 58, 8);
    lg.lineStyle(4, Colors.accent, 1);
    lg.lineBetween(lx + 10, ly + 18, lx + 36, ly + 18);
    lg.lineStyle(4, Colors.sky, 1);
    lg.lineBetween(lx + 10, ly + 40, lx + 36, ly + 40);
    this.text(lx + 44, ly + 18, this.t('ui.map.legendWeak'), { size: 11, color: Css.ink }).setOrigin(0, 0.5);
    this.text(lx + 44, ly + 40, this.t('ui.map.legendStrong'), { size: 11, color: Css.ink }).setOrigin(0, 0.5);
  }

  // ── Hand ──────────────────────────────────────────────────────────────────────────────────
  private drawHand(): void {
    const g = this.add.graphics();
    g.fillStyle(Colors.bgDeep, 0.6);
    g.fillRoundedRect(HAND.x, HAND.y - 8, 1268 - HAND.x, HAND.h + 14, 12);
    const hand = this.vm.hand;
    const fitAll = Math.floor((HAND.w + CARD_GAP) / (CARD_W + CARD_GAP));
    const paged = hand.length > fitAll;
    this.perPage = paged ? Math.floor((HAND.w - 72 + CARD_GAP) / (CARD_W + CARD_GAP)) : fitAll;
    const pages = Math.max(1, Math.ceil(hand.length / this.perPage));
    this.handPage = Math.min(this.handPage, pages - 1);
    const room = HAND.w - (paged ? 72 : 8);
    const slots = Math.min(this.perPage, Math.max(1, hand.length));
    const cardW = Math.min(150, Math.floor((room - (slots - 1) * CARD_GAP) / slots));
    const startX = HAND.x + (paged ? 36 : 4);
    hand.forEach((c, i) => {
      const slot = i % this.perPage;
      const card = new MoveCard(this, c, startX + slot * (cardW + CARD_GAP), HAND.y, cardW, HAND.h, this.t('ui.card.cost'), () => this.selectCard(c.id));
      card.setDepth(5);
      card.setSelected(c.id === this.selected);
      this.cards.push(card);
    });
    if (paged) {
      this.pagers.prev = this.button('hand.prev', HAND.x + 2, HAND.y + HAND.h / 2 - 30, 28, 60, '‹', () => this.flipHand(-1), { size: 22 });
      this.pagers.next = this.button('hand.next', HAND.x + HAND.w - 30, HAND.y + HAND.h / 2 - 30, 28, 60, '›', () => this.flipHand(1), { size: 22 });
    }
    if (hand.length === 0) this.text(HAND.x + 20, HAND.y + 70, this.t('ui.board.noCards'), { size: 16, color: Css.inkMuted });
    this.layoutHand();
    // End turn
    const ex = HAND.x + HAND.w + 10;
    const ew = 1268 - ex;
    const sel = this.vm.hand.find((c) => c.id === this.selected);
    this.endTurn = this.button('turn.end', ex, HAND.y + 54, ew, 100, this.t('ui.board.endTurn'), () => this.sealTurn(), {
      variant: 'primary', size: 22, sub: sel ? sel.name : this.t('ui.board.pickFirst'),
    });
    this.refreshSeal();
    this.text(ex + ew / 2, HAND.y + 8, this.t('ui.board.oneMove'), { size: 12, color: Css.inkMuted, align: 'center', wrap: ew }).setOrigin(0.5, 0);
  }

  private layoutHand(): void {
    const pages = Math.max(1, Math.ceil(this.cards.length / this.perPage));
    this.cards.forEach((c, i) => c.setVisible(Math.floor(i / this.perPage) === this.handPage));
    this.pagers.prev?.setEnabled(this.handPage > 0);
    this.pagers.next?.setEnabled(this.handPage < pages - 1);
  }

  private flipHand(d: number): void {
    const pages = Math.max(1, Math.ceil(this.cards.length / this.perPage));
    this.handPage = Math.min(pages - 1, Math.max(0, this.handPage + d));
    this.layoutHand();
  }

  private ensureCardVisible(id: string): void {
    const i = this.cards.findIndex((c) => c.id === id);
    if (i < 0) return;
    const page = Math.floor(i / this.perPage);
    if (page !== this.handPage) {
      this.handPage = page;
      this.layoutHand();
    }
  }

  override onKey(e: KeyboardEvent): boolean {
    const f = this.focus.focused();
    if (!f || !f.id.startsWith('move.') || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return false;
    const i = this.cards.findIndex((c) => c.id === f.id);
    const j = i + (e.key === 'ArrowRight' ? 1 : -1);
    const target = this.cards[j];
    if (!target || Math.floor(j / this.perPage) === this.handPage) return false;
    this.handPage = Math.floor(j / this.perPage);
    this.layoutHand();
    this.focus.focus(target, true);
    return true;
  }

  private selectCard(id: string): void {
    const same = this.selected === id;
    this.selected = id;
    for (const c of this.cards) c.setSelected(c.vm.id === id);
    const card = this.vm.hand.find((c) => c.id === id);
    this.refreshSeal();
    this.detail = { kind: 'card', id };
    for (const r of this.rows) r.setSelected(false);
    this.renderDetail();
    if (!same) this.session.cue('card');
    if (card) this.session.announce(this.t('ui.announce.selected', { name: card.name, cost: T.num(this.lang, card.cost), visibility: card.visibilityLabel }));
  }

  private selectIndicator(id: IndicatorId): void {
    this.detail = { kind: 'indicator', id, page: 0 };
    for (const r of this.rows) r.setSelected(r.vm.id === id);
    this.renderDetail();
    const ind = this.vm.indicators.find((i) => i.id === id);
    const hist = this.session.view() ? historyVM(this.session.view()!, id, this.lang) : [];
    if (ind) this.session.announce(`${ind.spoken}. ${hist.slice(0, 3).map((h) => h.line).join('. ')}`);
  }

  // ── Detail panel ──────────────────────────────────────────────────────────────────────────
  private clearDetail(): void {
    for (const b of this.detailButtons) {
      this.focus.remove(b);
      b.destroy();
    }
    this.detailButtons = [];
    this.detailLayer.removeAll(true);
  }

  private dText(x: number, y: number, s: string, o: Parameters<BaseScene['text']>[3] = {}): Phaser.GameObjects.Text {
    const t = this.text(x, y, s, o);
    this.detailLayer.add(t);
    return t;
  }

  private renderDetail(): void {
    this.clearDetail();
    const d = this.detail;
    if (d.kind === 'card') {
      const c = this.vm.hand.find((k) => k.id === d.id);
      if (c) return this.renderCardDetail(c);
    }
    if (d.kind === 'indicator') {
      const ind = this.vm.indicators.find((k) => k.id === d.id);
      if (ind) return this.renderIndicatorDetail(ind, d.page);
    }
    this.renderGuide();
  }

  private renderGuide(): void {
    const x = DETAIL.x + 20;
    let y = DETAIL.y + 16;
    this.dText(x, y, this.t('ui.board.guideTitle'), { size: 18, bold: true });
    y += 34;
    const body = this.dText(x, y, this.t('ui.board.guide'), { size: 14, wrap: DETAIL.w - 40, lineSpacing: 4, color: '#cdd7e2' });
    y += body.height + 16;
    this.dText(x, y, this.t('ui.board.opponents'), { size: 13, bold: true, color: Css.inkMuted });
    y += 22;
    for (const c of this.vm.controllers) {
      const g = this.add.graphics();
      g.fillStyle(SEAT_COLORS[c.seat], 1);
      g.fillCircle(x + 6, y + 9, 5);
      this.detailLayer.add(g);
      this.dText(x + 18, y, `${c.name} · ${c.controller}`, { size: 14 });
      y += 22;
    }
  }

  private renderCardDetail(c: CardVM): void {
    const x = DETAIL.x + 20;
    const w = DETAIL.w - 40;
    let y = DETAIL.y + 16;
    const badge = this.dText(x, y, `${c.visibilityLabel.toUpperCase()} · ${this.t('ui.card.costN', { n: T.num(this.lang, c.cost) })}`, { size: 12, bold: true, color: c.secret ? Css.secret : Css.good, letterSpacing: 1 });
    y += badge.height + 4;
    const name = this.dText(x, y, c.name, { size: 20, bold: true, wrap: w });
    fitText(name, w, 56, 14);
    y += name.height + 8;
    const desc = this.dText(x, y, c.desc, { size: 14, wrap: w, lineSpacing: 3, color: '#cdd7e2' });
    fitText(desc, w, 150, 11);
    y += desc.height + 12;
    this.dText(x, y, this.t(`ui.preview.${this.session.difficulty}`), { size: 12, bold: true, color: Css.inkMuted });
    y += 20;
    for (const t of c.touches) {
      if (y > DETAIL.y + DETAIL.h - 56) break;
      const color = t.tone > 0 ? Css.good : t.tone < 0 ? Css.bad : Css.ink;
      const word = t.tone > 0 ? this.t('ui.preview.good') : t.tone < 0 ? this.t('ui.preview.bad') : '';
      this.dText(x, y, t.label, { size: 14 });
      this.dText(x + w, y, `${word ? word + '  ' : ''}${t.mark}`, { size: 14, bold: true, color }).setOrigin(1, 0);
      y += 21;
    }
    if (c.secret) {
      const note = this.dText(x, DETAIL.y + DETAIL.h - 48, this.t('ui.card.secretNote'), { size: 12, color: Css.secret, wrap: w });
      fitText(note, w, 40, 9);
    } else {
      const tags = this.dText(x, DETAIL.y + DETAIL.h - 30, c.tags.join(' · '), { size: 12, color: Css.inkMuted, wrap: w });
      fitText(tags, w, 24, 9);
    }
  }

  private renderIndicatorDetail(ind: IndicatorVM, page: number): void {
    const x = DETAIL.x + 20;
    const w = DETAIL.w - 40;
    let y = DETAIL.y + 14;
    const name = this.dText(x, y, ind.name, { size: 19, bold: true, wrap: w - 40 });
    fitText(name, w - 90, 50, 13);
    this.dText(x + w, y, T.num(this.lang, ind.value), { size: 24, bold: true, color: Css.accent }).setOrigin(1, 0);
    y += Math.max(30, name.height + 6);
    const desc = this.dText(x, y, ind.desc, { size: 13, wrap: w, lineSpacing: 2, color: '#cdd7e2' });
    fitText(desc, w, 76, 10);
    y += desc.height + 10;
    this.dText(x, y, this.t('ui.history.title'), { size: 13, bold: true, color: Css.inkMuted });
    y += 22;
    const view = this.session.view();
    const hist = view ? historyVM(view, ind.id, this.lang) : [];
    const per = 6;
    const pages = Math.max(1, Math.ceil(hist.length / per));
    const p = Math.min(page, pages - 1);
    if (hist.length === 0) this.dText(x, y, this.t('ui.history.none'), { size: 14, color: Css.inkMuted, wrap: w });
    for (const h of hist.slice(p * per, p * per + per)) {
      const color = h.delta * ind.polarity > 0 ? Css.good : h.delta * ind.polarity < 0 ? Css.bad : Css.ink;
      this.dText(x, y, h.deltaText, { size: 15, bold: true, color });
      this.dText(x + 46, y, `${h.date} · ${h.source}`, { size: 11, color: Css.inkMuted });
      const cause = this.dText(x + 46, y + 15, h.cause, { size: 13, wrap: w - 46 });
      fitText(cause, w - 46, 20, 9);
      y += 38;
    }
    const by = DETAIL.y + DETAIL.h - 44;
    if (pages > 1) {
      const prev = this.button('history.prev', x, by, 40, 32, '‹', () => this.pageHistory(-1), { size: 18, group: 'history' });
      const next = this.button('history.next', x + 48, by, 40, 32, '›', () => this.pageHistory(1), { size: 18, group: 'history' });
      prev.setEnabled(p > 0);
      next.setEnabled(p < pages - 1);
      this.detailButtons.push(prev, next);
      this.dText(x + 98, by + 16, this.t('ui.history.page', { n: p + 1, total: pages }), { size: 12, color: Css.inkMuted }).setOrigin(0, 0.5);
    }
    const close = this.button('history.close', x + w - 100, by, 100, 32, this.t('ui.common.close'), () => this.closeIndicator(), { size: 13, group: 'history' });
    this.detailButtons.push(close);
  }

  private pageHistory(d: number): void {
    if (this.detail.kind !== 'indicator') return;
    this.detail = { ...this.detail, page: Math.max(0, this.detail.page + d) };
    const focused = this.focus.focused()?.id;
    this.renderDetail();
    if (focused) this.focus.focusId(focused);
  }

  private closeIndicator(): void {
    const id = this.detail.kind === 'indicator' ? this.detail.id : null;
    this.detail = this.selected ? { kind: 'card', id: this.selected } : { kind: 'guide' };
    for (const r of this.rows) r.setSelected(false);
    this.renderDetail();
    if (id) this.focus.focusId(`indicator.${id}`);
  }

  // ── Turn ──────────────────────────────────────────────────────────────────────────────────
  private sealTurn(): void {
    if (this.busy || !this.selected) return;
    this.busy = true;
    this.session.cue('card');
    const r = this.session.play(this.selected);
    if (!r.ok) {
      this.busy = false;
      this.session.announce(r.error, true);
    } else if (this.netChip) {
      // Network mode: the server answers later; a refusal is shown by the chip and frees the button.
      void netPlay()?.lastSend.then((a) => {
        if (!a.ok) this.busy = false;
      });
    }
  }

  /** End turn is on once a card is chosen, unless the network says not now (paused, sending, sealed). */
  private refreshSeal(): void {
    if (!this.endTurn) return;
    const sel = this.vm.hand.find((c) => c.id === this.selected);
    const blocked = this.netChip?.blocked() ?? false;
    const note = blocked ? this.netChip?.sealNote() ?? null : null;
    this.endTurn.setEnabled(sel !== undefined && !blocked).setSub(note ?? (sel ? sel.name : this.t('ui.board.pickFirst')));
  }

  private onUpdate(u: ClientUpdate): void {
    const handOn = routeAfterSeal(this.session, u);
    if (handOn) {
      this.busy = true;
      this.time.delayedCall(150, () => this.go(handOn.key, handOn.data));
      return;
    }
    if (u.resolvedTurn !== null) {
      this.time.delayedCall(250, () => this.go(SceneKeys.Resolution, { turn: u.resolvedTurn }));
    }
  }

  /** While games cannot be saved: say so over the map, with a button to export the game. */
  private showStorageWarning(): void {
    if (this.banner) {
      if (this.banner.button) this.focus.remove(this.banner.button);
      this.banner.destroy();
      this.banner = null;
    }
    const warning = this.session.persists ? storageWarning(this.lang, this.session.saves.status.problem) : null;
    if (!warning) return;
    this.banner = new StorageBanner(this, 292, 70, 616, warning, this.t('ui.storage.title'), this.t('ui.storage.export'), () => exportCurrent(), 58);
    this.session.announce(warning, true);
  }

  private openMenu(): void {
    setDialog({
      title: this.t('ui.menu.title'),
      body: this.t('ui.menu.body'),
      choices: [
        ...(this.session.persists ? [{ id: 'export', label: this.t('ui.menu.export') }] : []),
        { id: 'leave', label: this.t('ui.menu.leave') },
        { id: 'stay', label: this.t('ui.menu.stay'), primary: true },
      ],
      onChoice: (id) => {
        if (id === 'export') exportCurrent();
        if (id === 'leave') {
          this.session.endGame();
          this.go(SceneKeys.Title);
        }
      },
    });
    this.openOverlay(SceneKeys.Dialog);
  }

  override onEscape(): void {
    if (this.detail.kind === 'indicator') this.closeIndicator();
    else this.openMenu();
  }
}

void INDICATOR_IDS;
