/**
 * What the saved-games buttons do, shared by the Title, Saved games, Board, Ending and Replay
 * screens and by drag-and-drop: import (with the refusal shown and nothing changed), export,
 * share, resume, rename, delete and take over. Game logic stays in src/app/saves; this only talks
 * to the player.
 */
import type { SaveFile } from '../../codec/save';
import type { ReplayController } from '../../app/saves/replayController';
import { exportFileName, exportText, readSaveFile, shareUrl, type FileLike } from '../../app/saves/transfer';
import { gameTitle, refusalVM } from '../../app/saves/viewModels';
import { monthOfTurn } from '../../app/screens/common';
import * as T from '../../app/text';
import type { Seat } from '../../model/types';
import { BaseScene, topScreen } from '../BaseScene';
import { SceneKeys, type SceneKey } from '../keys';
import { services } from '../services';
import { OverlayScene } from '../scenes/OverlayScene';
import { NoticeScene, setNotice, type NoticeRequest } from '../scenes/NoticeScene';
import { copyText, downloadText, pickFile } from './browserFiles';
import { routeAfterResume } from '../hotseat/flow';

const session = () => services().session;
const lang = () => session().lang;
const t = (key: string, params?: T.Params) => T.tr(lang(), key, params);

/** The full screen under any overlays. */
function baseScreen(): BaseScene | null {
  const top = topScreen();
  if (!top) return null;
  if (!(top instanceof OverlayScene)) return top;
  for (const s of top.sys.game.scene.getScenes(true)) {
    if (s instanceof BaseScene && !(s instanceof OverlayScene)) return s;
  }
  return null;
}

/** Closes any overlays and shows the screen `key`. */
export function goToScreen(key: SceneKey, data: Record<string, unknown> = {}): void {
  const top = topScreen();
  if (!top) return;
  for (const s of top.sys.game.scene.getScenes(true)) if (s instanceof OverlayScene) s.closeOverlay();
  const base = baseScreen();
  if (base) base.go(key, { from: base.screenKey, ...data });
}

/** Shows a notice over whatever is on screen. */
export function showNotice(req: NoticeRequest): void {
  const top = topScreen();
  if (!top) return;
  setNotice(req);
  if (top instanceof NoticeScene) top.scene.restart({ under: top.underKey });
  else top.openOverlay(SceneKeys.Notice);
}

/** A warning with one OK button: what failed (`title`) and why (`lead`, and more below it). */
function showWarning(req: Pick<NoticeRequest, 'title' | 'lead' | 'body' | 'detail'>): void {
  showNotice({ ...req, tone: 'warning', choices: [{ id: 'ok', label: t('ui.common.ok'), primary: true }], onChoice: () => {} });
}

/** Says why a file or link was refused, and that nothing changed. */
export function showRefusal(error: string, link = false): void {
  const r = refusalVM(lang(), error);
  showWarning({
    title: t(link ? 'ui.import.linkFailedTitle' : 'ui.import.failedTitle'),
    lead: r.problem,
    body: t('ui.import.nothingChanged'),
    detail: r.detail,
  });
}

/** Imports save text; opens the viewer, or shows the refusal. */
export function importText(text: unknown): { ok: true } | { ok: false; error: string } {
  const r = session().saves.importText(text);
  if (!r.ok) {
    showRefusal(r.error);
    return { ok: false, error: r.error };
  }
  goToScreen(SceneKeys.Replay);
  return { ok: true };
}

export async function importFile(file: FileLike): Promise<void> {
  const text = await readSaveFile(file);
  if (!text.ok) showRefusal(text.error);
  else importText(text.value);
}

/** The file picker, then the import. Call from a click or key press. */
export function importPicked(): void {
  void pickFile().then((f) => {
    if (f) void importFile(f);
  });
}

let pendingLink: string | null = null;

/** Remembers the share link the page was opened with, for the title screen to open. */
export function setPendingLink(payload: string | null): void {
  pendingLink = payload;
}

/** The share link the page was opened with, once. */
export function takePendingLink(): string | null {
  const p = pendingLink;
  pendingLink = null;
  return p;
}

/** Opens a share link's payload in the viewer, or says why not. */
export function openLinkPayload(payload: string): boolean {
  const r = session().saves.openLink(payload);
  if (!r.ok) {
    showRefusal(r.error, true);
    return false;
  }
  goToScreen(SceneKeys.Replay);
  return true;
}

/** Downloads a save file. */
export function exportSave(save: SaveFile, months: number): void {
  const seat = (['us', 'dprk', 'rok'] as const).find((s) => save.seats[s] === 'human');
  downloadText(exportFileName(save, months, new Date(), seat ? T.tr('en', `seat.${seat}`) : 'game'), exportText(save));
}

/** Downloads the game in progress (always possible, storage or not). */
export function exportCurrent(): boolean {
  const save = session().saves.currentSave();
  if (!save) return false;
  exportSave(save, save.checkpoints.length);
  return true;
}

export async function exportSaved(id: string): Promise<void> {
  const r = await session().saves.readSave(id);
  if (!r.ok) {
    showRefusal(r.error);
    return;
  }
  exportSave(r.value, session().saves.get(id)?.turn ?? r.value.checkpoints.length);
}

/** Makes a link to the viewed game and copies it, or offers the file when it would be too long. */
export async function shareGame(ctl: ReplayController): Promise<void> {
  const tl = ctl.timeline;
  const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  const url = shareUrl(tl.save, base);
  if (!url.ok) {
    showNotice({
      title: t('ui.replay.shareTitle'),
      lead: t('ui.replay.shareTooLong'),
      choices: [
        { id: 'file', label: t('ui.replay.shareFile'), primary: true },
        { id: 'close', label: t('ui.common.close') },
      ],
      onChoice: (id) => {
        if (id === 'file') exportSave(tl.save, tl.last);
      },
    });
    return;
  }
  const copied = await copyText(url.value);
  showNotice({
    title: t('ui.replay.shareTitle'),
    lead: t(copied ? 'ui.replay.shareCopied' : 'ui.replay.shareManual'),
    // In a selected text field, so it can be copied by hand too.
    input: { value: url.value, maxLength: 4096, label: t('ui.replay.share'), readOnly: true },
    choices: [{ id: 'close', label: t('ui.common.close'), primary: true }],
    onChoice: () => {},
  });
}

/** Resumes a saved game and shows the Board. */
export async function resumeSaved(id: string): Promise<void> {
  const r = await session().resume(id);
  if (!r.ok) {
    showWarning({ title: t('ui.saves.failed'), lead: r.error });
    return;
  }
  const route = routeAfterResume(session());
  goToScreen(route.key, route.data);
}

/** Opens a saved game in the viewer. */
export async function replaySaved(id: string, cursor?: number): Promise<void> {
  const r = await session().saves.openSaved(id, cursor);
  if (!r.ok) {
    showWarning({ title: t('ui.saves.failed'), lead: r.error });
    return;
  }
  goToScreen(SceneKeys.Replay);
}

export function renameSaved(id: string, onDone: () => void): void {
  const meta = session().saves.get(id);
  if (!meta) return;
  showNotice({
    title: t('ui.saves.renameTitle'),
    body: t('ui.saves.renameBody'),
    input: { value: gameTitle(lang(), meta), maxLength: 80, label: t('ui.saves.renameTitle') },
    choices: [
      { id: 'save', label: t('ui.saves.save'), primary: true },
      { id: 'cancel', label: t('ui.common.cancel') },
    ],
    cancel: 'cancel',
    onChoice: (choice, value) => {
      if (choice !== 'save') return;
      void session().saves.rename(id, value).then(onDone);
    },
  });
}

export function deleteSaved(id: string, onDone: () => void): void {
  const meta = session().saves.get(id);
  if (!meta) return;
  showNotice({
    title: t('ui.saves.deleteTitle'),
    body: t('ui.saves.deleteBody', { title: gameTitle(lang(), meta) }),
    choices: [
      { id: 'delete', label: t('ui.saves.delete') },
      { id: 'keep', label: t('ui.saves.keep'), primary: true },
    ],
    cancel: 'keep',
    onChoice: (choice) => {
      if (choice !== 'delete') return;
      if (session().saves.currentId === id) session().endGame();
      void session().saves.remove(id).then(onDone);
    },
  });
}

/** "Take over from here": asks for a seat, starts the branch and shows the Board. */
export function takeOverFlow(ctl: ReplayController): void {
  const turn = ctl.cursor;
  const date = turn === 0 ? T.tr(lang(), 'ui.ending.start') : monthOfTurn(lang(), turn);
  showNotice({
    title: t('ui.replay.chooseTitle', { date }),
    body: t('ui.replay.chooseBody'),
    choices: [
      ...(['us', 'dprk', 'rok'] as const).map((s) => ({
        id: s,
        label: T.seatName(lang(), s),
        primary: s === (ctl.perspective === 'all' ? 'us' : ctl.perspective),
      })),
      { id: 'cancel', label: t('ui.common.cancel') },
    ],
    cancel: 'cancel',
    onChoice: (choice) => {
      if (choice === 'cancel') return;
      void session()
        .takeOver(ctl.timeline.save, turn, choice as Seat, ctl.meta?.id ?? null)
        .then((r) => {
          if (!r.ok) {
            showWarning({ title: t('ui.replay.takeOver'), lead: r.error });
            return;
          }
          goToScreen(SceneKeys.Board);
        });
    },
  });
}
