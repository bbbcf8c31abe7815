/**
 * The board's right panel: the guide with who sits at the table, the chosen card in full, or one
 * indicator with its history of changes (paged) and their causes.
 */
import type Phaser from 'phaser';
import type { BoardVM, IndicatorVM } from '../../app/screens/board';
import type { CardVM, TouchVM } from '../../app/screens/cards';
import type { Difficulty } from '../../app/settings';
import * as T from '../../app/text';
import type { IndicatorId } from '../../model/types';
import type { BaseScene } from '../BaseScene';
import { Colors, Css, SEAT_COLORS } from '../theme';
import type { Button } from '../widgets/Button';
import { fitText } from '../widgets/text';

export type Detail = { kind: 'guide' } | { kind: 'card'; id: string } | { kind: 'indicator'; id: IndicatorId; page: number };

const DETAIL = { x: 924, y: 64, w: 344, h: 452 };
const HISTORY_PER_PAGE = 6;

export class DetailPanel {
  private readonly layer: Phaser.GameObjects.Container;
  private buttons: Button[] = [];

  constructor(
    private readonly scene: BaseScene,
    private readonly vm: BoardVM,
    private readonly difficulty: Difficulty,
    private readonly on: { page: (d: number) => void; close: () => void },
  ) {
    scene.panel(DETAIL.x, DETAIL.y, DETAIL.w, DETAIL.h, Colors.panel);
    this.layer = scene.add.container(0, 0);
  }

  render(d: Detail): void {
    this.clear();
    if (d.kind === 'card') {
      const c = this.vm.hand.find((k) => k.id === d.id);
      if (c) return this.renderCard(c);
    }
    if (d.kind === 'indicator') {
      const ind = this.vm.indicators.find((k) => k.id === d.id);
      if (ind) return this.renderIndicator(ind, d.page);
    }
    this.renderGuide();
  }

  private clear(): void {
    for (const b of this.buttons) {
      this.scene.focus.remove(b);
      b.destroy();
    }
    this.buttons = [];
    this.layer.removeAll(true);
  }

  private text(x: number, y: number, s: string, o: Parameters<BaseScene['text']>[3] = {}): Phaser.GameObjects.Text {
    const t = this.scene.text(x, y, s, o);
    this.layer.add(t);
    return t;
  }

  private renderGuide(): void {
    const x = DETAIL.x + 20;
    let y = DETAIL.y + 16;
    this.text(x, y, this.scene.t('ui.board.guideTitle'), { size: 18, bold: true });
    y += 34;
    const body = this.text(x, y, this.scene.t('ui.board.guide'), { size: 14, wrap: DETAIL.w - 40, lineSpacing: 4, color: '#cdd7e2' });
    y += body.height + 16;
    this.text(x, y, this.scene.t('ui.board.opponents'), { size: 13, bold: true, color: Css.inkMuted });
    y += 22;
    for (const c of this.vm.controllers) {
      const g = this.scene.add.graphics();
      g.fillStyle(SEAT_COLORS[c.seat], 1);
      g.fillCircle(x + 6, y + 9, 5);
      this.layer.add(g);
      this.text(x + 18, y, `${c.name} · ${c.controller}`, { size: 14 });
      y += 22;
    }
  }

  private renderCard(c: CardVM): void {
    const t = (key: string, params?: T.Params) => this.scene.t(key, params);
    const x = DETAIL.x + 20;
    const w = DETAIL.w - 40;
    let y = DETAIL.y + 16;
    const badge = this.text(x, y, `${c.visibilityLabel.toUpperCase()} · ${t('ui.card.costN', { n: T.num(this.scene.lang, c.cost) })}`, {
      size: 12,
      bold: true,
      color: c.secret ? Css.secret : Css.good,
      letterSpacing: 1,
    });
    y += badge.height + 4;
    const name = this.text(x, y, c.name, { size: 20, bold: true, wrap: w });
    fitText(name, w, 56, 14);
    y += name.height + 8;
    const desc = this.text(x, y, c.desc, { size: 14, wrap: w, lineSpacing: 3, color: '#cdd7e2' });
    fitText(desc, w, 150, 11);
    y += desc.height + 12;
    this.text(x, y, t(`ui.preview.${this.difficulty}`), { size: 12, bold: true, color: Css.inkMuted });
    y += 20;
    for (const touch of c.touches) {
      if (y > DETAIL.y + DETAIL.h - 56) break;
      y = this.touchRow(touch, x, x + w, y, 14, true);
    }
    // Version 5: the news the card would bring now, answering a move of another seat's.
    for (const a of c.answers) {
      if (y > DETAIL.y + DETAIL.h - 78) break;
      y += 4;
      const head = this.text(x, y, t('ui.card.answer', { title: a.title }), { size: 13, bold: true, color: Css.accent, wrap: w });
      fitText(head, w, 36, 10);
      y += head.height + 4;
      for (const touch of a.touches) {
        if (y > DETAIL.y + DETAIL.h - 56) break;
        y = this.touchRow(touch, x + 12, x + w, y, 13, false);
      }
    }
    if (c.secret) {
      const note = this.text(x, DETAIL.y + DETAIL.h - 48, t('ui.card.secretNote'), { size: 12, color: Css.secret, wrap: w });
      fitText(note, w, 40, 9);
    } else {
      const tags = this.text(x, DETAIL.y + DETAIL.h - 30, c.tags.join(' · '), { size: 12, color: Css.inkMuted, wrap: w });
      fitText(tags, w, 24, 9);
    }
  }

  /**
   * One row of what a card touches: the indicator's label on the left, its mark on the right in
   * the tone's colour (with the tone's word where `worded`). Returns the next row's y.
   */
  private touchRow(touch: TouchVM, left: number, right: number, y: number, size: number, worded: boolean): number {
    const color = touch.tone > 0 ? Css.good : touch.tone < 0 ? Css.bad : Css.ink;
    const word = !worded ? '' : touch.tone > 0 ? this.scene.t('ui.preview.good') : touch.tone < 0 ? this.scene.t('ui.preview.bad') : '';
    this.text(left, y, touch.label, { size });
    this.text(right, y, `${word ? word + '  ' : ''}${touch.mark}`, { size, bold: true, color }).setOrigin(1, 0);
    return y + Math.round(size * 1.5);
  }

  private renderIndicator(ind: IndicatorVM, page: number): void {
    const scene = this.scene;
    const x = DETAIL.x + 20;
    const w = DETAIL.w - 40;
    let y = DETAIL.y + 14;
    const name = this.text(x, y, ind.name, { size: 19, bold: true, wrap: w - 40 });
    fitText(name, w - 90, 50, 13);
    this.text(x + w, y, T.num(scene.lang, ind.value), { size: 24, bold: true, color: Css.accent }).setOrigin(1, 0);
    y += Math.max(30, name.height + 6);
    const desc = this.text(x, y, ind.desc, { size: 13, wrap: w, lineSpacing: 2, color: '#cdd7e2' });
    fitText(desc, w, 76, 10);
    y += desc.height + 10;
    this.text(x, y, scene.t('ui.history.title'), { size: 13, bold: true, color: Css.inkMuted });
    y += 22;
    const hist = this.vm.histories[ind.id];
    const pages = Math.max(1, Math.ceil(hist.length / HISTORY_PER_PAGE));
    const p = Math.min(page, pages - 1);
    if (hist.length === 0) this.text(x, y, scene.t('ui.history.none'), { size: 14, color: Css.inkMuted, wrap: w });
    for (const h of hist.slice(p * HISTORY_PER_PAGE, (p + 1) * HISTORY_PER_PAGE)) {
      const color = h.delta * ind.polarity > 0 ? Css.good : h.delta * ind.polarity < 0 ? Css.bad : Css.ink;
      this.text(x, y, h.deltaText, { size: 15, bold: true, color });
      this.text(x + 46, y, `${h.date} · ${h.source}`, { size: 11, color: Css.inkMuted });
      const cause = this.text(x + 46, y + 15, h.cause, { size: 13, wrap: w - 46 });
      fitText(cause, w - 46, 20, 9);
      y += 38;
    }
    const by = DETAIL.y + DETAIL.h - 44;
    if (pages > 1) {
      const prev = scene.button('history.prev', x, by, 40, 32, '‹', () => this.on.page(-1), { size: 18, group: 'history' });
      const next = scene.button('history.next', x + 48, by, 40, 32, '›', () => this.on.page(1), { size: 18, group: 'history' });
      prev.setEnabled(p > 0);
      next.setEnabled(p < pages - 1);
      this.buttons.push(prev, next);
      this.text(x + 98, by + 16, scene.t('ui.history.page', { n: p + 1, total: pages }), { size: 12, color: Css.inkMuted }).setOrigin(
        0,
        0.5,
      );
    }
    const close = scene.button('history.close', x + w - 100, by, 100, 32, scene.t('ui.common.close'), () => this.on.close(), {
      size: 13,
      group: 'history',
    });
    this.buttons.push(close);
  }
}
