/**
 * The replay's left column: the indicators of the month at the cursor (value, change and a bar)
 * and the tracks. Drawn once; each seek only rewrites the texts that change and redraws the bars.
 */
import type Phaser from 'phaser';
import type { ReplayVM } from '../../app/saves/viewModels';
import type { BaseScene } from '../BaseScene';
import { Colors, Css } from '../theme';
import { fitText } from '../widgets/text';
import type { TextCache } from './textCache';

type Box = { x: number; y: number; w: number; h: number };

export class ReplayDashboard {
  private readonly rows: { value: Phaser.GameObjects.Text; trend: Phaser.GameObjects.Text }[] = [];
  private readonly bars: Phaser.GameObjects.Graphics;
  private readonly trackTexts: Phaser.GameObjects.Text[] = [];
  private readonly trackBar: Phaser.GameObjects.Graphics;

  constructor(
    scene: BaseScene,
    private readonly dash: Box,
    private readonly tracks: Box,
    private readonly texts: TextCache,
    first: ReplayVM,
  ) {
    const D = dash;
    scene.panel(D.x, D.y, D.w, D.h, Colors.panel);
    scene.text(D.x + 12, D.y + 8, scene.t('ui.board.indicators'), { size: 15, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    this.bars = scene.add.graphics();
    first.board.indicators.forEach((ind, i) => {
      const y = D.y + 32 + i * 26.5 + 12.5;
      const name = scene.text(D.x + 12, y, ind.short, { size: 13, bold: true, color: '#d5dee8' }).setOrigin(0, 0.5);
      fitText(name, 112, 25, 9);
      const value = scene.text(D.x + 202, y, '', { size: 14, bold: true }).setOrigin(0, 0.5);
      const trend = scene.text(D.x + D.w - 10, y, '', { size: 12, bold: true }).setOrigin(1, 0.5);
      this.rows.push({ value, trend });
    });
    const { x, y, w, h } = tracks;
    scene.panel(x, y, w, h, Colors.panel);
    scene.text(x + 12, y + 8, scene.t('ui.track.negotiation'), { size: 11, color: Css.inkFaint, bold: true });
    const neg = scene.text(x + 12, y + 21, '', { size: 14, bold: true, color: Css.accent });
    this.trackTexts.push(neg);
    this.trackBar = scene.add.graphics();
    (['seoul', 'ukraine', 'cabinet'] as const).forEach((track, i) => {
      const ty = y + 54 + i * 18;
      const label = scene.text(x + 12, ty, scene.t(`ui.track.${track}`), { size: 10, color: Css.inkFaint, bold: true });
      fitText(label, 110, 16, 8);
      const v = scene.text(x + w - 12, ty - 1, '', { size: 12, bold: true }).setOrigin(1, 0);
      this.trackTexts.push(v);
    });
  }

  render(vm: ReplayVM): void {
    this.renderIndicators(vm);
    this.renderTracks(vm);
  }

  private renderIndicators(vm: ReplayVM): void {
    const g = this.bars;
    g.clear();
    const barX = this.dash.x + 128;
    const barW = 66;
    vm.board.indicators.forEach((ind, i) => {
      const row = this.rows[i];
      if (!row) return;
      const y = this.dash.y + 32 + i * 26.5 + 12.5;
      this.texts.put(row.value, String(ind.value));
      const good = ind.delta * ind.polarity;
      const color = ind.trend === 'flat' ? Css.inkFaint : good > 0 ? Css.good : good < 0 ? Css.bad : '#c8d3df';
      this.texts.put(row.trend, ind.trend === 'flat' ? '▶ 0' : `${ind.trend === 'up' ? '▲' : '▼'} ${Math.abs(ind.delta)}`, { color });
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
      this.texts.put(negText, neg.stageName, { size: 14, fit: [240, 20, 10] });
      const g = this.trackBar;
      g.clear();
      for (let i = 0; i < 7; i++) {
        const on = i <= Math.round(neg.progress * 6) && neg.stage !== 'collapsed';
        g.fillStyle(neg.stage === 'collapsed' ? Colors.dprk : on ? Colors.accent : Colors.panelLine, 1);
        g.fillRoundedRect(this.tracks.x + 12 + i * 34, this.tracks.y + 42, 30, 4, 2);
      }
    }
    (['seoul', 'ukraine', 'cabinet'] as const).forEach((id, i) => {
      const tr = tracks.find((t) => t.track === id);
      const text = rest[i];
      if (tr && text) this.texts.put(text, tr.stageName, { size: 12, fit: [130, 18, 8] });
    });
  }
}
