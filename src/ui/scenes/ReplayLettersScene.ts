/**
 * The letters of the replay viewer's month (issue 11), over the viewer: those written in the month
 * and older secret ones a leak exposed in it, as the viewer's perspective read them (a secret
 * letter between two other seats stays out until it leaks or the game ends; "Reveal all" shows
 * every letter, those a teacher hid marked so). Read only; each letter is plain text on the canvas,
 * never HTML. It follows the viewer: `,` and `.` step a month while it is open, L or Escape closes
 * it, Tab reaches its buttons; what it shows is read out.
 */
import type { LetterRowVM } from '../../app/screens/letters';
import { monthLettersVM, perspectiveLabel } from '../../app/saves/viewModels';
import type { ReplayController } from '../../app/saves/replayController';
import { monthOfTurn } from '../../app/screens/common';
import { SceneKeys } from '../keys';
import { Css, SEAT_COLORS } from '../theme';
import { fitText } from '../widgets/text';
import { OverlayScene } from './OverlayScene';

const W = 1100;
const H = 640;
const COLS = 2;
const ROWS = 3;
const GAP = 12;

export class ReplayLettersScene extends OverlayScene {
  private underKey: unknown = null;
  private page = 0;
  private ctl: ReplayController | null = null;

  constructor() {
    super(SceneKeys.ReplayLetters);
  }

  protected override restartData(): Record<string, unknown> {
    return { under: this.underKey, page: this.page };
  }

  protected build(data: Record<string, unknown>): void {
    this.underKey = data.under;
    this.page = typeof data.page === 'number' ? data.page : 0;
    this.ctl = this.session.saves.replay;
    this.frame(data, W, H, this.t('letters.title'));
    this.closeButton('replayLetters.close');
    const keys = this.text(this.px + 28, this.py + H - 24 - 34, this.t('letters.replay.keys'), { size: 12, color: Css.inkMuted });
    fitText(keys, W - 300 - 260, 20, 9);
    this.render(true);
    if (this.ctl) {
      this.cleanup(
        this.ctl.subscribe((what) => {
          if (what !== 'cursor' && what !== 'perspective') return;
          this.page = 0;
          this.render(true);
        }),
      );
    }
    this.focus.focusId('replayLetters.close');
  }

  private rows(): LetterRowVM[] {
    return this.ctl ? monthLettersVM(this.ctl.view(), this.ctl.cursor, this.lang) : [];
  }

  private render(announce: boolean): void {
    const ctl = this.ctl;
    if (!ctl) return this.closeOverlay();
    const focused = this.focus.focused()?.id ?? null;
    this.clearDrawn();
    const rows = this.rows();
    const p = ctl.perspective;
    const date = ctl.cursor > 0 ? monthOfTurn(this.lang, ctl.cursor) : this.t('ui.ending.start');
    const head = this.say(this.px + W - 28, this.py + 20, `${date} · ${perspectiveLabel(this.lang, p)}`, {
      size: 17,
      bold: true,
      align: 'right',
    }).setOrigin(1, 0);
    fitText(head, 560, 24, 11);
    const seen =
      p === 'all' ? this.t('letters.replay.seenByAll') : this.t('letters.replay.seenBy', { seat: perspectiveLabel(this.lang, p) });
    const sub = this.say(this.px + W - 28, this.py + 46, seen, { size: 12, color: Css.inkMuted, align: 'right' }).setOrigin(1, 0);
    fitText(sub, 640, 18, 9);
    this.drawRows(rows);
    if (focused) this.focus.focusId(focused);
    if (announce) {
      const page = this.pageRows(rows);
      const spoken = page.map((r) => `${r.heading}. ${r.leaked ? `${r.leaked}. ` : ''}${r.text}`).join(' ');
      this.session.announce(
        this.t('letters.replay.announce', { date, count: rows.length, letters: spoken || this.t('letters.replay.none') }),
      );
    }
  }

  private pageRows(rows: LetterRowVM[]): LetterRowVM[] {
    const per = COLS * ROWS;
    this.page = Math.max(0, Math.min(this.page, Math.ceil(rows.length / per) - 1));
    return rows.slice(this.page * per, (this.page + 1) * per);
  }

  private drawRows(rows: LetterRowVM[]): void {
    const x0 = this.px + 28;
    const y0 = this.py + 86;
    const cw = Math.floor((W - 56 - GAP * (COLS - 1)) / COLS);
    if (rows.length === 0) this.say(x0, y0 + 8, this.t('letters.replay.none'), { size: 15, color: Css.inkMuted });
    const page = this.pageRows(rows);
    // A page of few letters gives each more room (long letters keep a readable size).
    const lines = Math.max(1, Math.ceil(page.length / COLS));
    const rowH = Math.min(340, Math.floor((this.py + H - 24 - 46 - 12 - y0 - GAP * (lines - 1)) / lines));
    page.forEach((r, i) => {
      const x = x0 + (i % COLS) * (cw + GAP);
      const y = y0 + Math.floor(i / COLS) * (rowH + GAP);
      const g = this.keep(this.add.graphics());
      g.fillStyle(0x16263a, 1);
      g.fillRoundedRect(x, y, cw, rowH, 10);
      g.fillStyle(SEAT_COLORS[r.from], 1);
      g.fillRoundedRect(x, y, 5, rowH, 2);
      fitText(this.say(x + 14, y + 8, r.heading, { size: 13, bold: true, color: Css.inkMuted }), cw - 28, 18, 10);
      let ty = y + 28;
      for (const note of [r.hidden, r.leaked]) {
        if (!note) continue;
        fitText(this.say(x + 14, ty, note, { size: 12, bold: true, color: Css.bad }), cw - 28, 16, 9);
        ty += 17;
      }
      const room = y + rowH - 8 - ty - (r.offer ? 20 : 0);
      const body = this.say(x + 14, ty, r.text, { size: 14, wrap: cw - 28, lineSpacing: 2 });
      body.setName(`replayLetter.${r.id}`);
      fitText(body, cw - 28, room, 9);
      if (r.offer) fitText(this.say(x + 14, y + rowH - 26, r.offer, { size: 12, color: Css.accent }), cw - 28, 18, 9);
    });
    const pages = Math.ceil(rows.length / (COLS * ROWS));
    if (pages > 1) {
      const by = this.py + H - 24 - 46;
      // Oldest first here (the board's panel lists newest first): back is "Older", on is "Newer".
      const x = this.px + W - 28 - 160 - 14 - 240;
      this.btn('replayLetters.prev', x, by, 115, 46, this.t('letters.next'), () => this.flip(-1), { group: 'pages' }).setEnabled(
        this.page > 0,
      );
      this.btn('replayLetters.next', x + 125, by, 115, 46, this.t('letters.prev'), () => this.flip(1), { group: 'pages' }).setEnabled(
        this.page < pages - 1,
      );
    }
  }

  private flip(d: number): void {
    this.page += d;
    this.render(true);
  }

  override onKey(e: KeyboardEvent): boolean {
    if (e.key === 'l' || e.key === 'L') {
      this.closeOverlay();
      return true;
    }
    if ((e.key === ',' || e.key === '.') && this.ctl) {
      this.ctl.step(e.key === ',' ? -1 : 1);
      return true;
    }
    return false;
  }
}
