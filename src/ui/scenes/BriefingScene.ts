/** Briefing: the situation in six short cards from the article, with a glossary beside them. */
import { BRIEFING_CARDS, GLOSSARY_TERMS } from '../../app/text';
import { BaseScene } from '../BaseScene';
import { SceneKeys } from '../keys';
import { Colors, Css } from '../theme';
import type { Button } from '../widgets/Button';
import { fitText, setTextSafe } from '../widgets/text';

const TERMS = GLOSSARY_TERMS;

export class BriefingScene extends BaseScene {
  private page = 0;
  private term = 'backchannel';
  private count = 6;

  constructor() {
    super(SceneKeys.Briefing);
  }

  protected override restartData(): Record<string, unknown> {
    return { page: this.page, term: this.term };
  }

  protected build(data: Record<string, unknown>): void {
    this.page = typeof data.page === 'number' ? data.page : 0;
    this.term = typeof data.term === 'string' ? data.term : 'backchannel';
    this.count = Math.max(1, BRIEFING_CARDS.length);

    this.text(64, 40, this.t('ui.briefing.kicker'), { size: 15, bold: true, color: Css.accent, letterSpacing: 3 });
    this.text(64, 62, this.t('ui.briefing.title'), { size: 30, bold: true });

    // The card
    const cx = 64;
    const cy = 120;
    const cw = 700;
    const ch = 470;
    this.panel(cx, cy, cw, ch, Colors.panel);
    const n = this.page + 1;
    this.text(cx + cw - 30, cy + 22, String(n).padStart(2, '0'), { size: 64, bold: true, color: '#22364d' }).setOrigin(1, 0);
    this.text(cx + 36, cy + 30, this.t('ui.briefing.step', { n, total: this.count }), {
      size: 14,
      color: Css.inkMuted,
      bold: true,
      letterSpacing: 2,
    });
    const title = this.text(cx + 36, cy + 60, this.t(`briefing.${n}.title`), { size: 30, bold: true, wrap: cw - 150 });
    fitText(title, cw - 150, 90, 20);
    const body = this.text(cx + 36, cy + 70 + title.height + 18, this.t(`briefing.${n}.body`), {
      size: 20,
      wrap: cw - 72,
      lineSpacing: 7,
      color: '#d7e1ec',
    });
    fitText(body, cw - 72, ch - 110 - title.height, 14);
    // Progress dots
    const dots = this.add.graphics();
    for (let i = 0; i < this.count; i++) {
      dots.fillStyle(i === this.page ? Colors.accent : Colors.panelLine, 1);
      if (i === this.page) dots.fillRoundedRect(cx + 36 + i * 22 - 2, cy + ch - 36, 18, 8, 4);
      else dots.fillCircle(cx + 36 + i * 22 + 7, cy + ch - 32, 4);
    }

    // Glossary
    const gx = 796;
    const gw = 420;
    this.panel(gx, cy, gw, ch, Colors.panel);
    this.text(gx + 24, cy + 20, this.t('ui.briefing.glossary'), { size: 20, bold: true });
    const buttons: Button[] = [];
    TERMS.forEach((term, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const b = this.button(
        `glossary.${term}`,
        gx + 20 + col * 194,
        cy + 58 + row * 44,
        186,
        38,
        this.t(`glossary.${term}.term`).replace(/\s*[（(].*$/, ''),
        () => this.showTerm(term),
        {
          toggle: true,
          selected: term === this.term,
          group: 'glossary',
          size: 14,
          bold: false,
          align: 'left',
        },
      );
      buttons.push(b);
    });
    this.termButtons = buttons;
    const defY = cy + 58 + Math.ceil(TERMS.length / 2) * 44 + 8;
    this.defTitle = this.text(gx + 24, defY, '', { size: 17, bold: true, color: Css.accent, wrap: gw - 48 });
    this.defBody = this.text(gx + 24, defY + 28, '', { size: 15, wrap: gw - 48, lineSpacing: 3, color: '#d7e1ec' });
    this.defBottom = cy + ch - 16;
    this.showTerm(this.term, false);

    // Navigation
    const by = 620;
    this.button('briefing.back', 64, by, 150, 52, this.t('ui.common.back'), () => this.back());
    this.button('briefing.skip', 226, by, 220, 52, this.t('ui.briefing.skip'), () => this.go(SceneKeys.Setup), { variant: 'ghost' });
    const last = this.page >= this.count - 1;
    this.button('continue', 1216 - 280, by, 280, 52, last ? this.t('ui.briefing.toSetup') : this.t('ui.common.next'), () => this.next(), {
      variant: 'primary',
    });
    this.focus.focusId('continue');
    this.session.announce(`${this.t(`briefing.${n}.title`)}. ${this.t(`briefing.${n}.body`)}`);
  }

  private termButtons: Button[] = [];
  private defTitle!: Phaser.GameObjects.Text;
  private defBody!: Phaser.GameObjects.Text;
  private defBottom = 0;

  private showTerm(term: string, speak = true): void {
    this.term = term;
    for (const b of this.termButtons) b.setSelected(b.id === `glossary.${term}`);
    setTextSafe(this.defTitle, this.t(`glossary.${term}.term`));
    setTextSafe(this.defBody, this.t(`glossary.${term}.def`));
    this.defBody.setY(this.defTitle.y + this.defTitle.height + 6);
    this.defBody.setFontSize(15);
    fitText(this.defBody, 372, this.defBottom - this.defBody.y, 11);
    if (speak) this.session.announce(`${this.defTitle.text}: ${this.defBody.text}`);
  }

  private next(): void {
    if (this.page >= this.count - 1) this.go(SceneKeys.Setup);
    else this.scene.restart({ page: this.page + 1, term: this.term });
  }

  private back(): void {
    if (this.page === 0) this.go(SceneKeys.Title);
    else this.scene.restart({ page: this.page - 1, term: this.term });
  }

  override onEscape(): void {
    this.go(SceneKeys.Title);
  }

  override onKey(e: KeyboardEvent): boolean {
    if (e.key === 'PageDown') {
      this.next();
      return true;
    }
    if (e.key === 'PageUp') {
      this.back();
      return true;
    }
    return false;
  }
}
