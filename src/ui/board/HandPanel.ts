/**
 * The board's hand: the month's move cards (paged when they do not all fit), and End turn, which
 * names the chosen card. The scene decides what selecting and sealing do.
 */
import type { CardVM } from '../../app/screens/cards';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import type { Button } from '../widgets/Button';
import { MoveCard } from '../widgets/MoveCard';

const HAND = { x: 284, y: 536, w: 806, h: 168 };
const CARD_W = 108;
const CARD_GAP = 8;

export class HandPanel {
  readonly cards: MoveCard[] = [];
  readonly endTurn: Button;
  private page: number;
  private readonly perPage: number;
  private readonly pagers: { prev?: Button; next?: Button } = {};

  constructor(
    private readonly scene: BaseScene,
    hand: CardVM[],
    page: number,
    selected: string | null,
    on: { pick: (id: string) => void; seal: () => void },
    /** Version 3: the negotiation table's button takes the place of "One move a month" above End turn. */
    tableRoom = false,
  ) {
    const g = scene.add.graphics();
    g.fillStyle(Colors.bgDeep, 0.6);
    g.fillRoundedRect(HAND.x, HAND.y - 8, 1268 - HAND.x, HAND.h + 14, 12);
    const fitAll = Math.floor((HAND.w + CARD_GAP) / (CARD_W + CARD_GAP));
    const paged = hand.length > fitAll;
    this.perPage = paged ? Math.floor((HAND.w - 72 + CARD_GAP) / (CARD_W + CARD_GAP)) : fitAll;
    const pages = Math.max(1, Math.ceil(hand.length / this.perPage));
    this.page = Math.min(page, pages - 1);
    const room = HAND.w - (paged ? 72 : 8);
    const slots = Math.min(this.perPage, Math.max(1, hand.length));
    const cardW = Math.min(150, Math.floor((room - (slots - 1) * CARD_GAP) / slots));
    const startX = HAND.x + (paged ? 36 : 4);
    hand.forEach((c, i) => {
      const slot = i % this.perPage;
      const card = new MoveCard(scene, c, startX + slot * (cardW + CARD_GAP), HAND.y, cardW, HAND.h, scene.t('ui.card.cost'), () =>
        on.pick(c.id),
      );
      card.setDepth(5);
      card.setSelected(c.id === selected);
      this.cards.push(card);
    });
    if (paged) {
      this.pagers.prev = scene.button('hand.prev', HAND.x + 2, HAND.y + HAND.h / 2 - 30, 28, 60, '‹', () => this.flip(-1), { size: 22 });
      this.pagers.next = scene.button('hand.next', HAND.x + HAND.w - 30, HAND.y + HAND.h / 2 - 30, 28, 60, '›', () => this.flip(1), {
        size: 22,
      });
    }
    if (hand.length === 0) scene.text(HAND.x + 20, HAND.y + 70, scene.t('ui.board.noCards'), { size: 16, color: Css.inkMuted });
    this.layout();
    const ex = HAND.x + HAND.w + 10;
    const ew = 1268 - ex;
    const sel = hand.find((c) => c.id === selected);
    this.endTurn = scene.button('turn.end', ex, HAND.y + 54, ew, 100, scene.t('ui.board.endTurn'), on.seal, {
      variant: 'primary',
      size: 22,
      sub: sel ? sel.name : scene.t('ui.board.pickFirst'),
    });
    if (!tableRoom)
      scene
        .text(ex + ew / 2, HAND.y + 8, scene.t('ui.board.oneMove'), { size: 12, color: Css.inkMuted, align: 'center', wrap: ew })
        .setOrigin(0.5, 0);
  }

  /** The place above End turn (the negotiation table's button in version 3). */
  static tableSlot(): { x: number; y: number; w: number; h: number } {
    const ex = HAND.x + HAND.w + 10;
    return { x: ex, y: HAND.y - 2, w: 1268 - ex, h: 50 };
  }

  /** The page of the hand on show. */
  get handPage(): number {
    return this.page;
  }

  select(id: string): void {
    for (const c of this.cards) c.setSelected(c.vm.id === id);
  }

  /** Pages to the card `id` (e.g. when Tab reaches a card on another page). */
  ensureVisible(id: string): void {
    const i = this.cards.findIndex((c) => c.id === id);
    if (i < 0) return;
    const page = Math.floor(i / this.perPage);
    if (page !== this.page) {
      this.page = page;
      this.layout();
    }
  }

  /** ←/→ on a card at the edge of a page moves to the next page; true when used. */
  onKey(e: KeyboardEvent): boolean {
    const f = this.scene.focus.focused();
    if (!f || !f.id.startsWith('move.') || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return false;
    const i = this.cards.findIndex((c) => c.id === f.id);
    const j = i + (e.key === 'ArrowRight' ? 1 : -1);
    const target = this.cards[j];
    if (!target || Math.floor(j / this.perPage) === this.page) return false;
    this.page = Math.floor(j / this.perPage);
    this.layout();
    this.scene.focus.focus(target, true);
    return true;
  }

  private layout(): void {
    const pages = Math.max(1, Math.ceil(this.cards.length / this.perPage));
    this.cards.forEach((c, i) => c.setVisible(Math.floor(i / this.perPage) === this.page));
    this.pagers.prev?.setEnabled(this.page > 0);
    this.pagers.next?.setEnabled(this.page < pages - 1);
  }

  private flip(d: number): void {
    const pages = Math.max(1, Math.ceil(this.cards.length / this.perPage));
    this.page = Math.min(pages - 1, Math.max(0, this.page + d));
    this.layout();
  }
}
