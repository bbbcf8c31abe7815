/**
 * The replay's month panel: each seat's move with who chose it and the reason given, then the news;
 * and the month's letters button (issue 11), which sits on the map's lower left corner (`letters`)
 * and counts the letters the perspective could read in the month (they open in ReplayLettersScene).
 */
import type Phaser from 'phaser';
import type { ReplayVM } from '../../app/saves/viewModels';
import type { BaseScene } from '../BaseScene';
import type { Button } from '../widgets/Button';
import { Colors, Css, SEAT_COLORS, SEAT_CSS } from '../theme';
import type { TextCache } from './textCache';
import { isLeakNews } from '../../model/data/events';
import { openReading } from '../scenes/DialogScene';

/** Lines of news the panel has room for. */
const NEWS_LINES = 3;

type Box = { x: number; y: number; w: number; h: number };

interface MoveSlot {
  dot: Phaser.GameObjects.Graphics;
  seat: Phaser.GameObjects.Text;
  by: Phaser.GameObjects.Text;
  name: Phaser.GameObjects.Text;
  reason: Phaser.GameObjects.Text;
}

/**
 * A seat's row: its first line's offset in the panel and its height. A reason may take three
 * lines of small type (up to 36 pixels from the row's 40th); the last row's must end above the news.
 */
const SLOT_Y = 32;
const SLOT_H = 77;

export class MonthPanel {
  private readonly slots: MoveSlot[] = [];
  private readonly news: Phaser.GameObjects.Text[] = [];
  private readonly newsHead: Phaser.GameObjects.Text;
  private readonly empty: Phaser.GameObjects.Text;
  private readonly ending: Phaser.GameObjects.Text;
  private readonly lettersButton: Button;
  private readonly allNews: Button;
  private vm: ReplayVM | null = null;

  constructor(
    private readonly scene: BaseScene,
    private readonly box: Box,
    private readonly texts: TextCache,
    letters: Box & { open: () => void },
  ) {
    const { x, y, w, h } = box;
    scene.panel(x, y, w, h, Colors.panel);
    scene.text(x + 16, y + 10, scene.t('ui.replay.moves'), { size: 13, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    this.ending = scene.text(x + w - 16, y + 10, '', { size: 13, bold: true, color: Css.bad, align: 'right' }).setOrigin(1, 0);
    for (let i = 0; i < 3; i++) {
      const sy = y + SLOT_Y + i * SLOT_H;
      this.slots.push({
        dot: scene.add.graphics(),
        seat: scene.text(x + 34, sy, '', { size: 13, bold: true }),
        by: scene.text(x + w - 16, sy + 1, '', { size: 11, color: Css.inkFaint, align: 'right' }).setOrigin(1, 0),
        name: scene.text(x + 34, sy + 18, '', { size: 16, bold: true }),
        reason: scene.text(x + 34, sy + 40, '', { size: 12, italic: true, color: '#b9c7d6', wrap: w - 50, lineSpacing: 1 }),
      });
    }
    this.empty = scene.text(x + 16, y + 44, '', { size: 15, color: Css.inkMuted, wrap: w - 32, lineSpacing: 4 });
    this.newsHead = scene.text(x + 16, y + 262, scene.t('ui.replay.news'), { size: 12, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    for (let i = 0; i < NEWS_LINES; i++) this.news.push(scene.text(x + 16, y + 282 + i * 19, '', { size: 13 }));
    const last = y + 282 + (NEWS_LINES - 1) * 19 - 3;
    this.allNews = scene.button('replay.allNews', x + 10, last, 200, 22, '', () => this.openAllNews(), {
      variant: 'ghost',
      size: 12,
      align: 'left',
    });
    const b = letters;
    this.lettersButton = scene.button('replay.letters', b.x, b.y, b.w, b.h, '', b.open, { size: 14 });
  }

  render(vm: ReplayVM): void {
    const { x, y, w } = this.box;
    const put = this.texts.put.bind(this.texts);
    put(this.ending, vm.endingTitle ? this.scene.t('ui.replay.ending', { title: vm.endingTitle }) : '', { size: 13, fit: [240, 20, 9] });
    put(this.empty, vm.moves.length === 0 && vm.empty ? vm.empty : '');
    this.slots.forEach((s, i) => {
      const m = vm.moves[i];
      for (const o of [s.dot, s.seat, s.by, s.name, s.reason]) o.setVisible(m !== undefined);
      if (!m) return;
      s.dot.clear();
      s.dot.fillStyle(SEAT_COLORS[m.seat], 1);
      s.dot.fillCircle(x + 22, y + SLOT_Y + i * SLOT_H + 9, 6);
      put(s.seat, m.seatName, { color: SEAT_CSS[m.seat] });
      put(s.by, m.by, { size: 11, fit: [240, 16, 8] });
      const secret = m.secret ? `◆ ${this.scene.t('ui.card.secret')}: ` : '';
      put(s.name, `${secret}${m.text}`, { color: m.hidden || m.secret ? Css.secret : Css.ink, size: 16, fit: [w - 50, 22, 11] });
      put(s.reason, m.quoted ? `“${m.reason}”` : m.reason, { size: 12, fit: [w - 50, 34, 9] });
    });
    this.lettersButton.setLabel(`✉ ${this.scene.t('letters.replay.button', { count: vm.letters.length })}`);
    this.lettersButton.setEnabled(vm.letters.length > 0);
    this.vm = vm;
    // The panel's last line becomes a way to all of a busy month's news.
    const more = vm.news.length > NEWS_LINES;
    const news = vm.news.slice(0, more ? NEWS_LINES - 1 : NEWS_LINES);
    this.allNews.setVisible(more);
    if (more) this.allNews.setLabel(this.scene.t('ui.replay.allNews', { count: vm.news.length }));
    this.newsHead.setVisible(news.length > 0);
    this.news.forEach((t, i) => {
      const n = news[i];
      if (!n) put(t, '');
      else
        put(t, `• ${n.headline}`, {
          size: 13,
          color: isLeakNews(n.id) ? Css.secret : n.kind === 'stage' ? Css.accent : Css.ink,
          fit: [w - 32, 18, 9],
        });
    });
  }

  /** Every headline of the month, in a panel over the replay. */
  private openAllNews(): void {
    const vm = this.vm;
    if (!vm) return;
    openReading(this.scene, this.scene.t('ui.replay.newsOf', { date: vm.dateLabel }), vm.news.map((n) => `• ${n.headline}`).join('\n'));
  }
}
