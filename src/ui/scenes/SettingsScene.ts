/** Settings: music and effects volumes, mute, language. Every change is remembered. */
import { LANGUAGE_IDS, type LanguageId } from '../../app/settings';
import { SceneKeys } from '../keys';
import { switchLanguage } from '../language';
import { Colors, Css } from '../theme';
import { OverlayScene } from './OverlayScene';

const LANGUAGE_LABELS: Record<LanguageId, string> = { en: 'English', de: 'Deutsch', ko: '한국어' };

export class SettingsScene extends OverlayScene {
  private bars: { music?: Phaser.GameObjects.Graphics; sfx?: Phaser.GameObjects.Graphics } = {};
  private values: { music?: Phaser.GameObjects.Text; sfx?: Phaser.GameObjects.Text } = {};

  constructor() {
    super(SceneKeys.Settings);
  }

  protected override restartData(): Record<string, unknown> {
    return { under: this.underKey };
  }

  private underKey: unknown = null;

  protected build(data: Record<string, unknown>): void {
    this.underKey = data.under;
    this.frame(data, 620, 520, this.t('ui.settings.title'));
    const x = this.px + 28;
    let y = this.py + 92;
    const st = this.session.settings;
    const row = (kind: 'music' | 'sfx', label: string) => {
      this.text(x, y + 20, label, { size: 18, bold: true }).setOrigin(0, 0.5);
      this.button(`settings.${kind}.down`, x + 220, y, 44, 40, '−', () => this.step(kind, -0.1), { group: kind, size: 22 });
      const bar = this.add.graphics();
      this.bars[kind] = bar;
      this.values[kind] = this.text(x + 500, y + 20, '', { size: 16, color: Css.inkMuted }).setOrigin(0, 0.5);
      this.button(`settings.${kind}.up`, x + 440, y, 44, 40, '+', () => this.step(kind, 0.1), { group: kind, size: 22 });
      y += 60;
    };
    row('music', this.t('ui.settings.music'));
    row('sfx', this.t('ui.settings.sfx'));
    const mute = this.button(
      'settings.mute',
      x,
      y,
      280,
      44,
      st.get().muted ? this.t('ui.settings.unmute') : this.t('ui.settings.mute'),
      () => {
        st.update({ muted: !st.get().muted });
      },
      { toggle: true, selected: st.get().muted, align: 'left' },
    );
    this.text(x + 296, y + 22, this.t('ui.settings.muteHint'), { size: 14, color: Css.inkMuted }).setOrigin(0, 0.5);
    const off = st.subscribe((s, changed) => {
      if (changed.includes('muted'))
        mute.setSelected(s.muted).setLabel(s.muted ? this.t('ui.settings.unmute') : this.t('ui.settings.mute'));
      this.drawBars();
    });
    this.cleanup(off);
    y += 74;
    this.text(x, y, this.t('ui.settings.language'), { size: 18, bold: true });
    y += 32;
    LANGUAGE_IDS.forEach((lang, i) => {
      this.button(`settings.language.${lang}`, x + i * 128, y, 116, 42, LANGUAGE_LABELS[lang], () => void switchLanguage(lang), {
        toggle: true,
        selected: this.lang === lang,
        group: 'lang',
        size: 16,
        korean: lang === 'ko',
      });
    });
    y += 62;
    this.text(x, y, this.t('ui.settings.keys'), { size: 14, color: Css.inkMuted, wrap: this.pw - 56, lineSpacing: 3 });
    this.closeButton('settings.close');
    this.drawBars();
    this.focus.focusId('settings.close');
  }

  private step(kind: 'music' | 'sfx', d: number): void {
    const st = this.session.settings;
    const key = kind === 'music' ? 'musicVolume' : 'sfxVolume';
    const v = Math.round(Math.min(1, Math.max(0, st.get()[key] + d)) * 10) / 10;
    st.update({ [key]: v });
    this.drawBars();
  }

  private drawBars(): void {
    const st = this.session.settings.get();
    const x = this.px + 28;
    (['music', 'sfx'] as const).forEach((kind, i) => {
      const g = this.bars[kind];
      const v = kind === 'music' ? st.musicVolume : st.sfxVolume;
      if (!g) return;
      const y = this.py + 92 + i * 60;
      g.clear();
      for (let k = 0; k < 10; k++) {
        const on = k < Math.round(v * 10);
        g.fillStyle(on ? (st.muted ? Colors.inkFaint : Colors.sky) : Colors.panelHi, 1);
        g.fillRoundedRect(x + 276 + k * 15.5, y + 8 + (9 - k) * 1.6, 11, 24 - (9 - k) * 1.6, 2);
      }
      this.values[kind]?.setText(`${Math.round(v * 100)}%`);
    });
  }
}
