/**
 * The board's left column: the indicators (select one to see its history in the detail panel)
 * and the tracks with the statuses below them.
 */
import type { BoardVM } from '../../app/screens/board';
import type { IndicatorId } from '../../model/types';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import { IndicatorRow } from '../widgets/IndicatorRow';
import { fitText } from '../widgets/text';

export class Dashboard {
  private readonly rows: IndicatorRow[] = [];

  /** `animate`: the rows count up from last month's values. */
  constructor(scene: BaseScene, vm: BoardVM, selected: IndicatorId | null, animate: boolean, onSelect: (id: IndicatorId) => void) {
    scene.panel(12, 64, 264, 408, Colors.panel);
    scene.text(24, 72, scene.t('ui.board.indicators'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    scene.text(266, 74, scene.t('ui.board.selectHint'), { size: 11, color: Css.inkFaint }).setOrigin(1, 0);
    vm.indicators.forEach((ind, i) => {
      const row = new IndicatorRow(scene, ind, 16, 96 + i * 26.5, 256, 25, () => onSelect(ind.id));
      row.setSelected(ind.id === selected);
      if (animate && ind.delta !== 0) row.animateFrom(ind.value - ind.delta);
      this.rows.push(row);
    });
    drawTracks(scene, vm);
  }

  /** Marks one indicator as the one shown in the detail panel (or none). */
  select(id: IndicatorId | null): void {
    for (const r of this.rows) r.setSelected(r.vm.id === id);
  }
}

function drawTracks(scene: BaseScene, vm: BoardVM): void {
  const x = 12;
  const y = 480;
  scene.panel(x, y, 264, 232, Colors.panel);
  scene.text(x + 12, y + 8, scene.t('ui.board.tracks'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
  let ty = y + 32;
  for (const tr of vm.tracks) {
    scene.text(x + 12, ty, tr.label, { size: 11, color: Css.inkFaint, bold: true });
    const name = scene.text(x + 12, ty + 13, tr.stageName, {
      size: 14,
      bold: true,
      color: tr.track === 'negotiation' ? Css.accent : Css.ink,
    });
    fitText(name, 240, 20, 10);
    if (tr.track === 'negotiation') {
      const g = scene.add.graphics();
      const steps = 7;
      for (let i = 0; i < steps; i++) {
        const on = i <= Math.round(tr.progress * (steps - 1)) && tr.stage !== 'collapsed';
        g.fillStyle(tr.stage === 'collapsed' ? Colors.dprk : on ? Colors.accent : Colors.panelLine, 1);
        g.fillRoundedRect(x + 12 + i * 34, ty + 34, 30, 4, 2);
      }
      ty += 46;
    } else ty += 34;
  }
  for (const st of vm.statuses) {
    scene.text(x + 12, ty, st.label, { size: 12, color: Css.inkMuted });
    const v = scene.text(x + 252, ty, st.value, { size: 12, bold: true }).setOrigin(1, 0);
    fitText(v, 120, 18, 9);
    ty += 18;
  }
}
