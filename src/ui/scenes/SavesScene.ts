/**
 * Saved games: every game kept in this browser (played here, branched, imported, opened from a
 * link), newest first, with its seat, month, date and ending; resume, replay, export, rename or
 * delete each; import a file (or drop one anywhere).
 */
import { saveRowVM, storageWarning, type SaveRowVM } from '../../app/saves/viewModels';
import * as T from '../../app/text';
import { BaseScene } from '../BaseScene';
import { SceneKeys, type SceneKey } from '../keys';
import { Colors, Css, SEAT_COLORS } from '../theme';
import { fitText } from '../widgets/text';
import { StorageBanner } from '../widgets/StorageBanner';
import { deleteSaved, exportSaved, importPicked, renameSaved, replaySaved, resumeSaved } from '../saves/flows';

const PER_PAGE = 6;
const ROW_H = 80;
const LIST_Y = 132;

export class SavesScene extends BaseScene {
  private page = 0;
  private from: SceneKey = SceneKeys.Title;

  constructor() {
    super(SceneKeys.Saves);
  }

  protected override restartData(): Record<string, unknown> {
    return { page: this.page, from: this.from, noAnnounce: true };
  }

  protected build(data: Record<string, unknown>): void {
    this.from =
      typeof data.from === 'string' && data.from !== SceneKeys.Saves && data.from !== SceneKeys.Replay
        ? (data.from as SceneKey)
        : this.from;
    const lib = this.session.saves;
    const rows = lib.list().map((m) => saveRowVM(this.lang, m, lib.currentId));
    const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
    this.page = Math.min(pages - 1, Math.max(0, typeof data.page === 'number' ? data.page : 0));

    this.text(64, 30, this.t('ui.saves.kicker'), { size: 15, bold: true, color: Css.accent, letterSpacing: 3 });
    this.text(64, 52, this.t('ui.saves.title'), { size: 30, bold: true });
    this.button('saves.import', 1216 - 250, 34, 250, 48, this.t('ui.saves.import'), () => importPicked(), { variant: 'primary' });
    const hint = this.text(1216 - 270, 58, this.t('ui.saves.importHint'), { size: 13, color: Css.inkMuted, align: 'right' }).setOrigin(
      1,
      0.5,
    );
    fitText(hint, 360, 20, 10);

    const warning = storageWarning(this.lang, lib.status.problem);
    let listY = LIST_Y - 18;
    if (warning) {
      new StorageBanner(this, 64, 100, 1152, warning, this.t('ui.storage.title'), null);
      listY = LIST_Y + 36;
    }
    const perPage = warning ? PER_PAGE - 1 : PER_PAGE;
    const shown = rows.slice(this.page * perPage, this.page * perPage + perPage);
    if (rows.length === 0) {
      this.panel(64, listY, 1152, 120, Colors.panel);
      this.text(92, listY + 26, this.t('ui.saves.empty'), { size: 17, color: Css.inkMuted, wrap: 1090, lineSpacing: 4 });
    }
    shown.forEach((r, i) => this.drawRow(r, 64, listY + i * ROW_H));

    const by = 652;
    this.button('saves.back', 64, by, 150, 50, this.t('ui.common.back'), () => this.back(), { variant: 'ghost' });
    const realPages = Math.max(1, Math.ceil(rows.length / perPage));
    if (realPages > 1) {
      const prev = this.button('saves.prev', 1216 - 200, by, 50, 50, '‹', () => this.flip(-1), { size: 22, group: 'pages' });
      const next = this.button('saves.next', 1216 - 50, by, 50, 50, '›', () => this.flip(1), { size: 22, group: 'pages' });
      prev.setEnabled(this.page > 0);
      next.setEnabled(this.page < realPages - 1);
      this.text(
        1216 - 125,
        by + 25,
        this.t('ui.history.page', { n: T.num(this.lang, this.page + 1), total: T.num(this.lang, realPages) }),
        {
          size: 13,
          color: Css.inkMuted,
        },
      ).setOrigin(0.5, 0.5);
    }
    const firstRow = shown[0];
    if (typeof data.focusId === 'string' && this.focus.focusId(data.focusId)) {
      /* focus kept across a refresh */
    } else if (!(firstRow && this.focus.focusId(`saves.${firstRow.id}.${firstRow.resumable ? 'resume' : 'replay'}`)))
      this.focus.focusId('saves.import');
    const off = lib.subscribe((what) => {
      if (what === 'list' || what === 'status') this.refreshSoon();
    });
    this.cleanup(off);
    if (data.noAnnounce !== true) this.session.announce(this.t('ui.announce.saves', { n: T.num(this.lang, rows.length) }));
  }

  private refreshQueued = false;

  private refreshSoon(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    this.time.delayedCall(0, () => {
      this.refreshQueued = false;
      const focused = this.focus.focused()?.id;
      this.scene.restart({ ...this.restartData(), focusId: focused });
    });
  }

  private drawRow(r: SaveRowVM, x: number, y: number): void {
    const w = 1152;
    const h = ROW_H - 8;
    const g = this.add.graphics();
    g.fillStyle(r.current ? 0x1c3048 : Colors.panel, 1);
    g.fillRoundedRect(x, y, w, h, 10);
    g.lineStyle(1.5, r.current ? Colors.accent : Colors.panelLine, 1);
    g.strokeRoundedRect(x, y, w, h, 10);
    g.fillStyle(r.seat ? SEAT_COLORS[r.seat] : Colors.inkFaint, 1);
    g.fillRoundedRect(x, y, 6, h, { tl: 10, bl: 10, tr: 0, br: 0 });
    const textW = 560;
    const title = this.text(x + 24, y + 10, r.title, { size: 18, bold: true });
    fitText(title, textW, 26, 12);
    const status = this.text(x + 24, y + 36, `${r.status}  ·  ${r.seatLabel}`, { size: 13, color: r.resumable ? Css.ink : Css.inkMuted });
    fitText(status, textW, 18, 10);
    const meta = this.text(x + 24, y + 54, `${r.saved}  ·  ${r.current ? this.t('ui.saves.current') : r.origin}`, {
      size: 12,
      color: Css.inkFaint,
    });
    fitText(meta, textW, 16, 9);
    const bw = 104;
    const gap = 8;
    const by = y + (h - 40) / 2;
    let bx = x + w - 16 - 5 * bw - 4 * gap;
    const group = `row-${r.id}`;
    const b = (id: string, label: string, fn: () => void, variant: 'primary' | 'secondary' | 'ghost' | 'danger' = 'secondary') => {
      const btn = this.button(`saves.${r.id}.${id}`, bx, by, bw, 40, label, fn, { size: 14, group, variant });
      bx += bw + gap;
      return btn;
    };
    const resume = b('resume', this.t('ui.saves.resume'), () => void resumeSaved(r.id), r.resumable ? 'primary' : 'secondary');
    resume.setEnabled(r.resumable);
    b('replay', this.t('ui.saves.replay'), () => void replaySaved(r.id));
    b('export', this.t('ui.saves.export'), () => void exportSaved(r.id));
    b('rename', this.t('ui.saves.rename'), () => renameSaved(r.id, () => this.refreshSoon()));
    b('delete', this.t('ui.saves.delete'), () => deleteSaved(r.id, () => this.refreshSoon()), 'danger');
  }

  private flip(d: number): void {
    this.scene.restart({ ...this.restartData(), page: this.page + d });
  }

  private back(): void {
    const target = this.from === SceneKeys.Board && !this.session.view() ? SceneKeys.Title : this.from;
    this.go(target, { noAnimation: true });
  }

  override onEscape(): void {
    this.back();
  }
}
