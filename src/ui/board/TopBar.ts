/** The board's top bar: the player's seat, the calendar of months, the political capital, and the menu buttons. */
import type { BoardVM } from '../../app/screens/board';
import * as T from '../../app/text';
import type { BaseScene } from '../BaseScene';
import { Colors, Css, SEAT_COLORS, SEAT_CSS } from '../theme';
import { fitText } from '../widgets/text';

export function drawTopBar(scene: BaseScene, vm: BoardVM, on: { settings: () => void; menu: () => void }): void {
  const g = scene.add.graphics();
  g.fillStyle(Colors.bgDeep, 1);
  g.fillRect(-2000, -2000, 5280, 2056);
  g.lineStyle(1, Colors.panelLine, 1);
  g.lineBetween(-2000, 56, 3280, 56);
  // Seat
  g.fillStyle(SEAT_COLORS[vm.seat], 1);
  g.fillCircle(28, 28, 9);
  scene.text(46, 12, scene.t('ui.board.you'), { size: 12, color: Css.inkMuted, bold: true });
  const seat = scene.text(46, 27, vm.seatName, { size: 18, bold: true, color: SEAT_CSS[vm.seat] });
  fitText(seat, 170, 26, 12);
  // Calendar
  const date = scene.text(250, 6, vm.dateLabel, { size: 22, bold: true });
  fitText(date, 200, 30, 14);
  scene.text(250, 33, vm.turnLabel, { size: 13, color: Css.inkMuted });
  const tl = scene.add.graphics();
  const tx = 470;
  const step = 13;
  for (let i = 1; i <= vm.maxTurns; i++) {
    const x = tx + (i - 1) * step;
    const done = i < vm.turn;
    const now = i === vm.turn;
    tl.fillStyle(now ? Colors.accent : done ? 0x5a7898 : Colors.panelLine, 1);
    const hgt = now ? 18 : vm.yearMarks.some((y) => y.index === i - 1) ? 14 : 10;
    tl.fillRoundedRect(x, 28 - hgt / 2, now ? 7 : 5, hgt, 2);
  }
  for (const mark of vm.yearMarks) scene.text(tx + mark.index * step, 40, mark.year, { size: 10, color: Css.inkFaint });
  // Capital
  const cx = tx + vm.maxTurns * step + 24;
  scene.text(cx, 8, scene.t('ui.board.capital'), { size: 12, color: Css.inkMuted, bold: true });
  const pips = scene.add.graphics();
  for (let i = 0; i < vm.maxCapital; i++) {
    pips.fillStyle(i < vm.capital ? Colors.accent : Colors.panelLine, 1);
    pips.fillCircle(cx + 7 + i * 17, 36, 6.5);
  }
  scene
    .text(cx + vm.maxCapital * 17 + 6, 36, `${T.num(scene.lang, vm.capital)}/${T.num(scene.lang, vm.maxCapital)}`, { size: 14, bold: true })
    .setOrigin(0, 0.5);
  // Menu buttons
  scene.button('board.settings', 1268 - 232, 10, 110, 36, scene.t('ui.board.settings'), on.settings, { size: 14, group: 'top' });
  scene.button('board.menu', 1268 - 110, 10, 110, 36, scene.t('ui.board.menu'), on.menu, { size: 14, group: 'top' });
}
