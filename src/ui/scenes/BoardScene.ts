/**
 * The Board: the map of East Asia with relationship lines, the calendar, the dashboard of
 * indicators (select one to see every change and its cause), and the hand of move cards. Pick a
 * card, then End turn seals it; the bots answer and the month resolves. The panels are in
 * src/ui/board/; this scene holds what is selected and sends the move.
 */
import type { ClientUpdate } from '../../app/client';
import { boardVM, turnAnnouncement, type BoardVM } from '../../app/screens/board';
import type { IndicatorId } from '../../model/types';
import * as T from '../../app/text';
import { turningFinder } from '../../app/turning';
import { BaseScene } from '../BaseScene';
import { SceneKeys } from '../keys';
import { drawTopBar } from '../board/TopBar';
import { Dashboard } from '../board/Dashboard';
import { drawBoardMap } from '../board/MapPanel';
import { HandPanel } from '../board/HandPanel';
import { DetailPanel, type Detail } from '../board/DetailPanel';
import { setDialog } from './DialogScene';
import { StorageBanner } from '../widgets/StorageBanner';
import { storageWarning } from '../../app/saves/viewModels';
import { exportCurrent } from '../saves/flows';
import { routeAfterSeal } from '../hotseat/flow';
import { NetChip } from '../widgets/NetChip';
import { netPlay } from '../../app/net';
import { courseBoardVM } from '../../app/screens/course';
import { endTurnVM, tableButtonVM } from '../../app/screens/table';
import type { Button } from '../widgets/Button';
import { ThinkingChip } from '../board/ThinkingChip';

export class BoardScene extends BaseScene {
  private vm!: BoardVM;
  private selected: string | null = null;
  private detail: Detail = { kind: 'guide' };
  private dashboard!: Dashboard;
  private hand!: HandPanel;
  private detailPanel!: DetailPanel;
  private busy = false;
  /** Shown while games cannot be saved in this browser. */
  private banner: StorageBanner | null = null;
  /** Network mode only: the connection and timer chip, which also gates End turn. */
  private netChip: NetChip | null = null;
  /** Version 3: opens the negotiation table; its second line tells what End turn will do there. */
  private tableButton: Button | null = null;
  /** Letters between seats (issue 11): opens the letters panel; its second line counts them. */
  private lettersButton: Button | null = null;
  /** Network play: the position memo, shown while the teacher asks for one this month (issue 11). */
  private memoButton: Button | null = null;

  constructor() {
    super(SceneKeys.Board);
  }

  protected override restartData(): Record<string, unknown> {
    return { selected: this.selected, detail: this.detail, handPage: this.hand?.handPage ?? 0, noAnimation: true };
  }

  protected build(data: Record<string, unknown>): void {
    // A game on the board stops a search for the last game's turning points (its workers end).
    if (turningFinder.running()) turningFinder.cancel();
    const view = this.session.view();
    if (!view) {
      this.go(SceneKeys.Title);
      return;
    }
    if (view.ending !== null) {
      this.go(SceneKeys.Ending);
      return;
    }
    this.busy = false;
    this.vm = boardVM(view, this.lang, this.session.difficulty);
    // A sealed move (network play, after a refresh) shows as the chosen card.
    const chosen = typeof data.selected === 'string' ? data.selected : (view.pending?.move ?? null);
    this.selected = chosen !== null && this.vm.hand.some((c) => c.id === chosen) ? chosen : null;
    this.detail = (data.detail as Detail | undefined) ?? (this.selected ? { kind: 'card', id: this.selected } : { kind: 'guide' });
    if (this.detail.kind === 'card' && !this.vm.hand.some((c) => c.id === (this.detail as { id: string }).id))
      this.detail = { kind: 'guide' };
    const animate = data.noAnimation !== true && this.vm.resolved > 0;

    drawTopBar(this, this.vm, { settings: () => this.openOverlay(SceneKeys.Settings), menu: () => this.openMenu() });
    this.dashboard = new Dashboard(this, this.vm, this.detail.kind === 'indicator' ? this.detail.id : null, animate, (id) =>
      this.selectIndicator(id),
    );
    drawBoardMap(this, this.vm, animate);
    this.detailPanel = new DetailPanel(this, this.vm, this.session.difficulty, {
      page: (d) => this.pageHistory(d),
      close: () => this.closeIndicator(),
    });
    this.netChip = NetChip.attach(this, 294, 72, () => this.refreshSeal());
    // The memo button sits above the letters button, shown while the teacher asks for a memo (key P opens it too).
    this.memoButton = this.netChip
      ? this.button('board.memo', 514, 417, 150, 42, this.t('course.board.memo'), () => this.openMemo(), {
          size: 15,
          sub: this.t('course.board.memoAsked'),
        })
      : null;
    const table = tableButtonVM(view, this.lang, this.session.tableDraft());
    this.hand = new HandPanel(
      this,
      this.vm.hand,
      typeof data.handPage === 'number' ? data.handPage : 0,
      this.selected,
      { pick: (id) => this.selectCard(id), seal: () => this.sealTurn() },
      table !== null,
    );
    this.tableButton = null;
    if (table) {
      const slot = HandPanel.tableSlot();
      this.tableButton = this.button('board.table', slot.x, slot.y, slot.w, slot.h, table.label, () => this.openTable(), {
        size: 17,
        sub: table.sub,
        toggle: true,
        selected: table.ready,
      });
      this.cleanup(this.session.events.on('tableDraft', () => this.refreshSeal()));
    }
    this.refreshSeal();
    // Letters between seats (issue 11): the button sits on the map beside its legend; key L opens them too.
    const letters = view.letters?.length ?? 0;
    this.lettersButton = this.button('board.letters', 514, 467, 150, 42, this.t('letters.button'), () => this.openLetters(), {
      size: 15,
      sub: this.t('letters.count', { count: letters }),
    });
    new ThinkingChip(this, this.session);
    this.detailPanel.render(this.detail);

    const off = this.session.events.on('update', (u) => this.onUpdate(u));
    this.cleanup(off);
    this.banner = null;
    this.showStorageWarning();
    this.cleanup(
      this.session.saves.subscribe((what) => {
        if (what === 'status') this.showStorageWarning();
      }),
    );
    this.focus.onFocusChange = (f) => {
      if (f && f.id.startsWith('move.')) this.hand.ensureVisible(f.id);
    };
    this.cleanup(() => {
      this.focus.onFocusChange = null;
    });
    const first = this.hand.cards.find((c) => c.visible);
    if (!(this.selected && this.focus.focusId(`move.${this.selected}`))) {
      if (first) this.focus.focus(first, false);
      else this.focus.focusId('board.menu');
    }
    if (data.noAnimation !== true) this.session.announce(turnAnnouncement(this.vm));
  }

  override onKey(e: KeyboardEvent): boolean {
    if ((e.key === 't' || e.key === 'T') && this.tableButton) {
      this.openTable();
      return true;
    }
    if (e.key === 'l' || e.key === 'L') {
      this.openLetters();
      return true;
    }
    if ((e.key === 'p' || e.key === 'P') && this.memoButton?.visible) {
      this.openMemo();
      return true;
    }
    return this.hand.onKey(e);
  }

  private openLetters(): void {
    if (this.busy || this.leaving) return;
    this.openOverlay(SceneKeys.Letters);
  }

  private openMemo(): void {
    if (this.leaving || !this.memoButton?.visible) return;
    this.openOverlay(SceneKeys.Memo);
  }

  private openTable(): void {
    if (this.busy || this.leaving || !this.tableButton) return;
    this.openOverlay(SceneKeys.Table);
  }

  private selectCard(id: string): void {
    const same = this.selected === id;
    this.selected = id;
    this.hand.select(id);
    const card = this.vm.hand.find((c) => c.id === id);
    this.refreshSeal();
    this.detail = { kind: 'card', id };
    this.dashboard.select(null);
    this.detailPanel.render(this.detail);
    if (!same) this.session.cue('card');
    if (card)
      this.session.announce(
        this.t('ui.announce.selected', { name: card.name, cost: T.num(this.lang, card.cost), visibility: card.visibilityLabel }),
      );
  }

  private selectIndicator(id: IndicatorId): void {
    this.detail = { kind: 'indicator', id, page: 0 };
    this.dashboard.select(id);
    this.detailPanel.render(this.detail);
    const ind = this.vm.indicators.find((i) => i.id === id);
    const hist = this.vm.histories[id];
    if (ind)
      this.session.announce(
        `${ind.spoken}. ${hist
          .slice(0, 3)
          .map((h) => h.line)
          .join('. ')}`,
      );
  }

  private pageHistory(d: number): void {
    if (this.detail.kind !== 'indicator') return;
    this.detail = { ...this.detail, page: Math.max(0, this.detail.page + d) };
    const focused = this.focus.focused()?.id;
    this.detailPanel.render(this.detail);
    if (focused) this.focus.focusId(focused);
  }

  private closeIndicator(): void {
    const id = this.detail.kind === 'indicator' ? this.detail.id : null;
    this.detail = this.selected ? { kind: 'card', id: this.selected } : { kind: 'guide' };
    this.dashboard.select(null);
    this.detailPanel.render(this.detail);
    if (id) this.focus.focusId(`indicator.${id}`);
  }

  // ── Turn ──────────────────────────────────────────────────────────────────────────────────
  private sealTurn(): void {
    const net = this.netChip ? netPlay() : null;
    const course = net?.course();
    if (net && course?.sealed && !course.changing) {
      // Play over days: End turn reads "Change my move" while the sealed move may still change.
      const r = net.reopen();
      if (!r.ok) return this.session.announce(r.error, true);
      this.busy = false;
      if (!this.selected && this.vm.hand.some((c) => c.id === course.sealed)) this.selectCard(course.sealed);
      return;
    }
    if (this.busy || !this.selected) return;
    this.busy = true;
    this.session.cue('card');
    const r = this.session.play(this.selected);
    if (!r.ok) {
      this.busy = false;
      this.session.announce(r.error, true);
    } else if (!this.netChip) {
      // In this page the seal ends the month (or hands the device on): this hand is done, and
      // the update that follows (after the autosave) moves on.
      this.retire();
    } else {
      // Network mode: the server answers later; a refusal is shown by the chip. Either way the board
      // is free again (End turn stays off while the move is sealed; letters and the table still open).
      void netPlay()?.lastSend.then(() => {
        this.busy = false;
      });
    }
  }

  /** End turn is on once a card is chosen, unless the network says not now (paused, sending, sealed). */
  private refreshSeal(): void {
    if (!this.hand) return;
    const sel = this.vm.hand.find((c) => c.id === this.selected);
    const blocked = this.netChip?.blocked() ?? false;
    const note = blocked ? (this.netChip?.sealNote() ?? null) : null;
    const view = this.session.view();
    const draft = this.session.tableDraft();
    const seal = view ? endTurnVM(view, this.lang, draft, sel ?? null) : null;
    const net = this.netChip ? netPlay() : null;
    const course = net ? courseBoardVM(this.lang, net.course()) : null;
    if (course?.change) this.hand.endTurn.setLabel(course.change.label).setEnabled(true).setSub(course.change.sub);
    else
      this.hand.endTurn
        .setLabel(this.t('ui.board.endTurn'))
        .setEnabled(seal?.affordable === true && !blocked)
        .setSub(note ?? seal?.sub ?? '');
    if (this.memoButton) {
      this.memoButton.setVisible(course?.memo != null);
      if (course?.memo) this.memoButton.setSub(course.memo.sub);
    }
    if (this.tableButton && view) {
      const table = tableButtonVM(view, this.lang, draft);
      // Card and table together too dear: said where it can be read (End turn is off).
      if (table) this.tableButton.setSub(sel && seal && !seal.affordable ? seal.sub : table.sub).setSelected(table.ready);
    }
  }

  private onUpdate(u: ClientUpdate): void {
    if (u.letter) {
      // A letter was sent from this desk: nothing was sealed, only the letters' count changes.
      const n = u.view.letters?.length ?? 0;
      this.lettersButton?.setSub(this.t('letters.count', { count: n }));
      return;
    }
    const handOn = routeAfterSeal(this.session, u);
    if (handOn) {
      this.busy = true;
      this.goAfter(150, handOn.key, handOn.data);
      return;
    }
    // The month moved on: this hand is gone, so no card of it takes a click while the news comes up.
    if (u.resolvedTurn !== null) this.goAfter(250, SceneKeys.Resolution, { turn: u.resolvedTurn });
    else if (this.leaving) this.scene.restart(this.restartData());
  }

  /** While games cannot be saved: say so over the map, with a button to export the game. */
  private showStorageWarning(): void {
    if (this.banner) {
      if (this.banner.button) this.focus.remove(this.banner.button);
      this.banner.destroy();
      this.banner = null;
    }
    const warning = this.session.persists ? storageWarning(this.lang, this.session.saves.status.problem) : null;
    if (!warning) return;
    this.banner = new StorageBanner(
      this,
      292,
      70,
      616,
      warning,
      this.t('ui.storage.title'),
      this.t('ui.storage.export'),
      () => exportCurrent(),
      58,
    );
    this.session.announce(warning, true);
  }

  private openMenu(): void {
    setDialog({
      title: this.t('ui.menu.title'),
      body: this.t('ui.menu.body'),
      choices: [
        ...(this.session.persists ? [{ id: 'export', label: this.t('ui.menu.export') }] : []),
        { id: 'leave', label: this.t('ui.menu.leave') },
        { id: 'stay', label: this.t('ui.menu.stay'), primary: true },
      ],
      onChoice: (id) => {
        if (id === 'export') exportCurrent();
        if (id === 'leave') {
          this.session.endGame();
          this.go(SceneKeys.Title);
        }
      },
    });
    this.openOverlay(SceneKeys.Dialog);
  }

  override onEscape(): void {
    if (this.detail.kind === 'indicator') this.closeIndicator();
    else this.openMenu();
  }
}
