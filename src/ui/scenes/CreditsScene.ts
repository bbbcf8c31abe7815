/** Credits: the article, the data, the sound, the font, the code. */
import { SceneKeys } from '../keys';
import { Css } from '../theme';
import { OverlayScene } from './OverlayScene';

export class CreditsScene extends OverlayScene {
  constructor() {
    super(SceneKeys.Credits);
  }

  private underKey: unknown = null;

  protected override restartData(): Record<string, unknown> {
    return { under: this.underKey };
  }

  protected build(data: Record<string, unknown>): void {
    this.underKey = data.under;
    this.frame(data, 760, 560, this.t('ui.credits.title'));
    const x = this.px + 28;
    let y = this.py + 88;
    for (const k of ['article', 'map', 'audio', 'font', 'engine', 'disclaimer']) {
      this.text(x, y, this.t(`ui.credits.${k}.head`), { size: 15, bold: true, color: Css.accent });
      const body = this.text(x, y + 22, this.t(`ui.credits.${k}.body`), { size: 15, wrap: this.pw - 56, lineSpacing: 2, color: Css.ink });
      y += 22 + body.height + 12;
    }
    this.closeButton('credits.close');
    this.focus.focusId('credits.close');
  }
}
