/**
 * Resolution: the month's news. Every seat's move (others' secret moves only as "a secret move"),
 * the headlines as event cards, and the indicator changes animated with their main causes.
 */
import { latestMonth, resolutionVM, type ResolutionVM } from '../../app/screens/resolution';
import { sourceLabel } from '../../app/screens/common';
import * as T from '../../app/text';
import { BaseScene } from '../BaseScene';
import { SceneKeys } from '../keys';
import { Colors, Css, SEAT_COLORS, SEAT_CSS } from '../theme';
import { fitText } from '../widgets/text';
import { openReading } from './DialogScene';
import { markNewsSeen } from '../hotseat/flow';
import { isLeakNews } from '../../model/data/events';

export class ResolutionScene extends BaseScene {
  private vm!: ResolutionVM;
  private turn = 1;
  /** Which page of the month's news is shown (a busy month has more than one). */
  private page = 0;

  constructor() {
    super(SceneKeys.Resolution);
  }

  protected override restartData(): Record<string, unknown> {
    return { turn: this.turn, noAnimation: true, page: this.page };
  }

  protected build(data: Record<string, unknown>): void {
    const view = this.session.view();
    if (!view) {
      this.go(SceneKeys.Title);
      return;
    }
    this.turn = typeof data.turn === 'number' ? data.turn : latestMonth(view);
    this.session.pendingResolution = null;
    markNewsSeen(this.session, this.turn);
    this.vm = resolutionVM(view, this.turn, this.lang);
    this.page = typeof data.page === 'number' ? Math.max(0, Math.min(this.vm.newsPages.length - 1, data.page)) : 0;
    const animate = data.noAnimation !== true;
    this.text(48, 26, this.t('ui.news.kicker'), { size: 15, bold: true, color: Css.accent, letterSpacing: 3 });
    this.text(48, 48, this.vm.title, { size: 32, bold: true });
    this.text(1232, 56, this.vm.turnLabel, { size: 15, color: Css.inkMuted }).setOrigin(1, 0);

    this.drawMoves();
    this.drawNews(animate || data.paged === true);
    this.drawChanges(animate);

    const last = this.vm.ended;
    this.button('continue', 1232 - 300, 640, 300, 54, last ? this.t('ui.news.toEnding') : this.t('ui.news.continue'), () => this.next(), {
      variant: 'primary',
    });
    // After a page turn the focus stays on the pager (or moves to Continue at the last page).
    const pager = typeof data.focus === 'string' ? this.targets().find((t) => t.id === data.focus && t.enabled) : undefined;
    this.focus.focusId(pager ? pager.id : 'continue');
    if (animate) this.session.announce(this.vm.announcement);
    if (data.paged === true) this.session.announce(this.pageAnnouncement());
  }

  private drawMoves(): void {
    const x = 48;
    const y = 110;
    const w = 330;
    this.panel(x, y, w, 510, Colors.panel);
    this.text(x + 20, y + 16, this.t('ui.news.moves'), { size: 16, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    let ry = y + 52;
    for (const m of this.vm.moves) {
      const g = this.add.graphics();
      g.fillStyle(SEAT_COLORS[m.seat], 1);
      g.fillCircle(x + 28, ry + 10, 7);
      this.text(x + 44, ry, m.seatName + (m.mine ? ` · ${this.t('ui.news.you')}` : ''), { size: 14, bold: true, color: SEAT_CSS[m.seat] });
      const t = this.text(x + 44, ry + 22, m.text, {
        size: 17,
        bold: !m.hidden,
        italic: m.hidden,
        wrap: w - 64,
        color: m.hidden ? Css.secret : Css.ink,
      });
      fitText(t, w - 64, 48, 12);
      let h = 22 + t.height;
      if (m.timedOut) {
        const s = this.text(x + 44, ry + h + 2, this.t(m.mine ? 'ui.news.timedOutMine' : 'ui.news.timedOut'), {
          size: 12,
          color: Css.accent,
          wrap: w - 64,
        });
        h += s.height + 4;
      }
      if (m.secret) {
        const s = this.text(x + 44, ry + h + 2, `◆ ${this.t(m.hidden ? 'ui.news.hiddenNote' : 'ui.news.secretNote')}`, {
          size: 12,
          color: Css.secret,
          wrap: w - 64,
        });
        h += s.height + 4;
      }
      ry += h + 22;
    }
    if (this.vm.moves.length === 0) this.text(x + 20, ry, this.t('ui.news.noMoves'), { size: 15, color: Css.inkMuted });
    this.text(x + 20, y + 510 - 66, this.vm.negotiation.label, { size: 12, color: Css.inkFaint, bold: true });
    const st = this.text(x + 20, y + 510 - 46, this.vm.negotiation.stageName, { size: 17, bold: true, color: Css.accent, wrap: w - 40 });
    fitText(st, w - 40, 30, 12);
  }

  private drawNews(animate: boolean): void {
    const x = 398;
    const w = 446;
    let y = 110;
    const news = this.vm.newsPages[this.page] ?? [];
    this.drawPager(x, w);
    if (news.length === 0) {
      this.panel(x, y, w, 120, Colors.panel);
      this.text(x + 22, y + 22, this.t('ui.news.quiet'), { size: 20, bold: true });
      this.text(x + 22, y + 56, this.t('ui.news.quietBody'), { size: 14, color: Css.inkMuted, wrap: w - 44 });
      return;
    }
    const avail = 510 - (news.length - 1) * 10;
    const each = avail / news.length;
    news.forEach((n, i) => {
      const h = Math.min(each, 250);
      const c = this.add.container(0, 0);
      const g = this.add.graphics();
      g.fillStyle(Colors.panel, 1);
      g.fillRoundedRect(x, y, w, h - 0, 10);
      const band = isLeakNews(n.id)
        ? Colors.secret
        : n.kind === 'stage'
          ? Colors.accent
          : n.kind === 'event'
            ? Colors.sky
            : Colors.inkFaint;
      g.fillStyle(band, 1);
      g.fillRoundedRect(x, y, 6, h, { tl: 10, bl: 10, tr: 0, br: 0 });
      g.lineStyle(1.5, Colors.panelLine, 1);
      g.strokeRoundedRect(x, y, w, h, 10);
      c.add(g);
      const kind = this.text(x + 22, y + 12, this.t(`ui.news.kind.${n.kind}`).toUpperCase(), {
        size: 11,
        bold: true,
        color: Css.inkMuted,
        letterSpacing: 2,
      });
      const head = this.text(x + 22, y + 30, n.headline, { size: 18, bold: true, wrap: w - 44 });
      let cut = fitText(head, w - 44, Math.max(24, h * 0.36), 14);
      // A short card gives its room to the story; its source is then read in the story's panel.
      const src = sourceLabel(this.lang, n.source);
      const srcText =
        src && h >= 130 ? this.text(x + 22, y + h - 10, src, { size: 11, color: Css.inkFaint, wrap: w - 44 }).setOrigin(0, 1) : null;
      if (src && !srcText) cut = true;
      if (srcText && fitText(srcText, w - 44, 30, 10)) cut = true;
      const bodyTop = y + 34 + head.height;
      const bodyMax = y + h - 14 - (srcText ? srcText.height + 4 : 0) - bodyTop;
      const body = this.text(x + 22, bodyTop, n.body, { size: 14, wrap: w - 44, lineSpacing: 2, color: '#cdd7e2' });
      // Below 12 px a story is hard to read; it is cut instead, and read whole in its panel.
      cut = fitText(body, w - 44, Math.max(14, bodyMax), 12) || cut;
      if (body.height > bodyMax + 4) {
        body.setVisible(false);
        cut = true;
      }
      c.add([kind, head, body]);
      if (srcText) c.add(srcText);
      // A story the card had to shorten opens whole in a panel.
      if (cut)
        c.add(
          this.button(`news.more.${i}`, x + w - 12 - 120, y + 6, 120, 24, this.t('ui.news.more'), () => this.readStory(n), {
            variant: 'ghost',
            size: 12,
          }),
        );
      if (animate) {
        c.setAlpha(0);
        c.y = 12;
        this.tweens.add({ targets: c, alpha: 1, y: 0, duration: 380, delay: 120 + i * 160, ease: 'Cubic.easeOut' });
      }
      y += h + 10;
    });
  }

  private drawChanges(animate: boolean): void {
    const x = 864;
    const w = 368;
    const y = 110;
    this.panel(x, y, w, 510, Colors.panel);
    this.text(x + 20, y + 16, this.t('ui.news.changes'), { size: 16, bold: true, color: Css.inkMuted, letterSpacing: 1 });
    // Ten rows have room for their causes; past ten, the smallest changes share the last line.
    const rows = this.vm.changes.length > 10 ? this.vm.changes.slice(0, 9) : this.vm.changes;
    const rest = this.vm.changes.slice(rows.length);
    if (rows.length === 0) this.text(x + 20, y + 56, this.t('ui.news.noChanges'), { size: 15, color: Css.inkMuted });
    const rh = Math.min(45, 450 / Math.max(1, rows.length));
    rows.forEach((r, i) => {
      const ry = y + 50 + i * rh;
      const name = this.text(x + 20, ry, r.name, { size: 13, bold: true });
      fitText(name, 220, 18, 9);
      const good = r.delta * r.polarity;
      const color = good > 0 ? Css.good : good < 0 ? Css.bad : Css.ink;
      const arrow = r.delta > 0 ? '▲' : '▼';
      this.text(x + w - 20, ry, `${arrow} ${r.deltaText}`, { size: 14, bold: true, color }).setOrigin(1, 0);
      const bar = this.add.graphics();
      const bx = x + 20;
      const bw = w - 130;
      const by = ry + 20;
      const draw = (v: number) => {
        bar.clear();
        bar.fillStyle(0x0b1420, 1);
        bar.fillRoundedRect(bx, by, bw, 7, 3.5);
        bar.fillStyle(0x4a6078, 1);
        bar.fillRoundedRect(bx, by, Math.max(7, (bw * Math.min(r.before, v)) / 100), 7, 3.5);
        const lo = Math.min(r.before, v);
        const hi = Math.max(r.before, v);
        bar.fillStyle(good > 0 ? Colors.sky : good < 0 ? Colors.accent : 0xc8d3df, 1);
        if (hi > lo) bar.fillRect(bx + (bw * lo) / 100, by, Math.max(2, (bw * (hi - lo)) / 100), 7);
      };
      this.text(bx + bw + 8, by + 3, `${T.num(this.lang, r.before)} → ${T.num(this.lang, r.after)}`, {
        size: 11,
        color: Css.inkMuted,
      }).setOrigin(0, 0.5);
      if (rh >= 40 && r.causes) {
        const c = this.text(bx, by + 10, r.causes, { size: 10, color: Css.inkFaint });
        fitText(c, w - 40, 14, 8);
      }
      if (animate) {
        draw(r.before);
        const k = { v: r.before };
        this.tweens.add({ targets: k, v: r.after, duration: 700, delay: 400 + i * 90, ease: 'Cubic.easeOut', onUpdate: () => draw(k.v) });
      } else draw(r.after);
    });
    if (rest.length > 0) {
      const line = this.t('ui.news.smallerChanges', { list: rest.map((r) => `${r.name} ${r.deltaText}`).join(' · ') });
      const t = this.text(x + 20, y + 54 + rows.length * rh, line, { size: 12, color: Css.inkMuted, wrap: w - 40 });
      fitText(t, w - 40, 40, 10);
    }
  }

  /** Under a busy month's news: which page of how many, and the way to the others. */
  private drawPager(x: number, w: number): void {
    const pages = this.vm.newsPages.length;
    if (pages < 2) return;
    const y = 640;
    const bw = 132;
    const turnTo = (page: number) =>
      this.scene.restart({ turn: this.turn, noAnimation: true, paged: true, page, focus: page > this.page ? 'news.next' : 'news.prev' });
    this.button('news.prev', x, y, bw, 44, this.t('ui.news.prevPage'), () => turnTo(this.page - 1), {
      variant: 'secondary',
      size: 14,
    }).setEnabled(this.page > 0);
    this.button('news.next', x + w - bw, y, bw, 44, this.t('ui.news.nextPage'), () => turnTo(this.page + 1), {
      variant: 'secondary',
      size: 14,
    }).setEnabled(this.page < pages - 1);
    this.text(x + w / 2, y + 22, this.pageLabel(), { size: 13, color: Css.inkMuted, align: 'center' }).setOrigin(0.5);
  }

  private pageLabel(): string {
    const n = (v: number) => T.num(this.lang, v);
    return this.t('ui.news.page', { page: n(this.page + 1), pages: n(this.vm.newsPages.length), count: n(this.vm.news.length) });
  }

  /** What a screen reader hears on a page turn: which page, and its headlines. */
  private pageAnnouncement(): string {
    return [this.pageLabel(), ...(this.vm.newsPages[this.page] ?? []).map((n) => n.headline)].join('. ');
  }

  /** The whole story of a news card, with its source, over the news screen. */
  private readStory(n: ResolutionVM['news'][number]): void {
    const src = sourceLabel(this.lang, n.source);
    openReading(this, n.headline, src ? `${n.body}\n\n${src}` : n.body);
  }

  private next(): void {
    if (this.vm.ended) this.go(SceneKeys.Ending);
    else this.go(SceneKeys.Board);
  }

  override onEscape(): void {}
}
