/**
 * The replay's tree of what-if branches, like the variations of a chess analysis board: the root
 * game and every branch (and branch of a branch), indented under the game it left, the game being
 * viewed checked. Selecting a row opens that game.
 */
import type Phaser from 'phaser';
import type { TreeRowVM } from '../../app/saves/viewModels';
import type { BaseScene } from '../BaseScene';
import { Colors, Css, SEAT_COLORS } from '../theme';
import type { Button } from '../widgets/Button';

type Box = { x: number; y: number; w: number; h: number };

const ROWS = 4;
const ROW_H = 34;

export class BranchTreePanel {
  private buttons: Button[] = [];
  private objects: Phaser.GameObjects.GameObject[] = [];
  page = 0;

  constructor(
    private readonly scene: BaseScene,
    private readonly box: Box,
    private readonly onOpen: (row: TreeRowVM) => void,
  ) {
    const { x, y, w, h } = box;
    scene.panel(x, y, w, h, Colors.panel);
    scene.text(x + 16, y + 10, scene.t('ui.replay.branches'), { size: 13, bold: true, color: Css.inkMuted, letterSpacing: 1 });
  }

  private clear(): void {
    for (const b of this.buttons) {
      this.scene.focus.remove(b);
      b.destroy();
    }
    for (const o of this.objects) o.destroy();
    this.buttons = [];
    this.objects = [];
  }

  /** Draws `rows` (empty: a game not in the library, which has no branches to show). */
  render(rows: readonly TreeRowVM[]): void {
    this.clear();
    const { x, y, w } = this.box;
    const s = this.scene;
    const hint = (top: number) =>
      this.objects.push(s.text(x + 16, top, s.t('ui.replay.noBranches'), { size: 13, color: Css.inkMuted, wrap: w - 32, lineSpacing: 3 }));
    if (rows.length === 0) {
      hint(y + 38);
      return;
    }
    const pages = Math.max(1, Math.ceil(rows.length / ROWS));
    this.page = Math.max(0, Math.min(this.page, pages - 1));
    const g = s.add.graphics();
    this.objects.push(g);
    rows.slice(this.page * ROWS, this.page * ROWS + ROWS).forEach((r, i) => {
      const ry = y + 34 + i * ROW_H;
      const indent = Math.min(r.depth, 6) * 18;
      if (r.depth > 0) {
        g.lineStyle(1.5, 0x5a7898, 1);
        g.lineBetween(x + 3 + indent, ry - 6, x + 3 + indent, ry + 15);
        g.lineBetween(x + 3 + indent, ry + 15, x + 10 + indent, ry + 15);
      }
      const b = s.button(
        `replay.branch.${r.id}`,
        x + 12 + indent,
        ry,
        w - 24 - indent,
        30,
        `${r.title}  ·  ${r.detail}`,
        () => this.onOpen(r),
        {
          toggle: true,
          selected: r.current,
          align: 'left',
          size: 12,
          bold: r.current,
          group: 'tree',
        },
      );
      this.buttons.push(b);
      if (!r.current) {
        // The seat a person played; the game being viewed shows its check mark there instead.
        const dot = s.add.graphics();
        dot.fillStyle(r.seat ? SEAT_COLORS[r.seat] : Colors.inkFaint, 1);
        dot.fillCircle(b.x + 13, b.y + 15, 4.5);
        dot.setDepth(1);
        this.objects.push(dot);
      }
    });
    if (rows.length <= 1) hint(y + 76);
    if (pages > 1) {
      const prev = s.button('replay.branches.prev', x + w - 84, y + 6, 32, 24, '‹', () => this.flip(rows, -1), {
        size: 16,
        group: 'treePages',
      });
      const next = s.button('replay.branches.next', x + w - 44, y + 6, 32, 24, '›', () => this.flip(rows, 1), {
        size: 16,
        group: 'treePages',
      });
      prev.setEnabled(this.page > 0);
      next.setEnabled(this.page < pages - 1);
      this.buttons.push(prev, next);
    }
  }

  private flip(rows: readonly TreeRowVM[], d: number): void {
    this.page += d;
    this.render(rows);
  }
}
