/**
 * The saved games of this browser, and the game being viewed: the one place the UI goes to list,
 * resume, rename, delete, import, export, share and branch games, and the autosave of the game in
 * progress. Storage is a `SaveStore` (IndexedDB in the browser); when it is unavailable, blocked or
 * full, the library keeps the games of this visit in memory, says why, and the UI offers a file.
 */
import { err, ok, type Result } from '../../model/result';
import { makeSave, parseSave, type SaveFile } from '../../codec/save';
import { branchFrom } from '../../engine/branch';
import type { Seat, SeatControllers } from '../../model/types';
import { clientFromRunner, type LocalGame } from '../client';
import { resumeSave } from './liveGame';
import { byRecent, describeSave, isResumable, monthHashes, newSaveId, startHash } from './records';
import { ReplayController, type Perspective } from './replayController';
import { buildTimeline } from './timeline';
import { importSaveText, openSharedGame, type Incoming } from './transfer';
import {
  asStorageError,
  type LibraryChange,
  type LibraryOptions,
  type SaveMeta,
  type SaveOrigin,
  type SaveStore,
  type StorageStatus,
  type Tracked,
  type TrackOptions,
} from './types';

export class SaveLibrary {
  private store: SaveStore;
  private readonly metas = new Map<string, SaveMeta>();
  /** Save texts that could not be written to storage, so this visit can still use them. */
  private readonly unsaved = new Map<string, string>();
  private statusValue: StorageStatus = { persistent: true, problem: null, detail: '' };
  private current: Tracked | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(what: LibraryChange) => void>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private replayValue: ReplayController | null = null;
  private loaded = false;
  /** Set when storage could not be opened and games live in memory for this visit only. */
  private fallback: StorageStatus | null = null;

  constructor(store: SaveStore, o: LibraryOptions = {}) {
    this.store = store;
    this.now = o.now ?? (() => new Date());
    this.newId = o.newId ?? newSaveId;
  }

  // ── Loading and status ─────────────────────────────────────────────────────────────────
  /** Reads the list from storage. If that fails, switches to `fallback` (games last this visit). */
  async load(fallback?: SaveStore): Promise<void> {
    try {
      const list = await this.store.list();
      this.metas.clear();
      for (const m of list) if (m && typeof m.id === 'string') this.metas.set(m.id, m);
      this.setStatus({ persistent: true, problem: null, detail: '' });
    } catch (e) {
      const se = asStorageError(e);
      const status = { persistent: false, problem: se.problem, detail: se.message };
      if (fallback) {
        this.store = fallback;
        this.fallback = status;
      }
      this.setStatus(status);
    }
    this.loaded = true;
    this.emit('list');
  }

  get isLoaded(): boolean {
    return this.loaded;
  }

  get status(): StorageStatus {
    return this.statusValue;
  }

  private setStatus(s: StorageStatus): void {
    const changed = s.persistent !== this.statusValue.persistent || s.problem !== this.statusValue.problem;
    this.statusValue = s;
    if (changed) this.emit('status');
  }

  subscribe(fn: (what: LibraryChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(what: LibraryChange): void {
    for (const l of [...this.listeners]) l(what);
  }

  // ── The list ───────────────────────────────────────────────────────────────────────────
  /** Every saved game, newest first. */
  list(): SaveMeta[] {
    return [...this.metas.values()].sort(byRecent);
  }

  get(id: string): SaveMeta | null {
    return this.metas.get(id) ?? null;
  }

  /**
   * The game "Continue" resumes: the latest one played here (or branched here) that is still going.
   * Imported games are resumed from the list only: they are not where the player left off.
   */
  latestResumable(): SaveMeta | null {
    return this.list().find((m) => isResumable(m) && (m.origin === 'play' || m.origin === 'branch')) ?? null;
  }

  async readText(id: string): Promise<string | null> {
    const kept = this.unsaved.get(id);
    if (kept !== undefined) return kept;
    const live = this.current?.id === id ? this.currentSave() : null;
    if (live) return makeSave(live);
    try {
      return await this.store.read(id);
    } catch (e) {
      const se = asStorageError(e);
      this.setStatus({ persistent: false, problem: se.problem, detail: se.message });
      return null;
    }
  }

  async readSave(id: string): Promise<Result<SaveFile>> {
    const text = await this.readText(id);
    if (text === null) return err('This saved game could not be read from the browser’s storage.');
    return parseSave(text);
  }

  /** Writes an entry and its text; on failure keeps them for this visit and reports the problem. */
  private write(meta: SaveMeta, text: string): Promise<boolean> {
    this.metas.set(meta.id, meta);
    this.emit('list');
    const job = this.queue.then(async () => {
      try {
        await this.store.write(meta, text);
        this.unsaved.delete(meta.id);
        // Written to memory after storage failed to open is not saved: the warning stays.
        if (this.fallback) return false;
        this.setStatus({ persistent: true, problem: null, detail: '' });
        return true;
      } catch (e) {
        const se = asStorageError(e);
        this.unsaved.set(meta.id, text);
        this.setStatus({ persistent: false, problem: se.problem, detail: se.message });
        return false;
      }
    });
    this.queue = job;
    return job;
  }

  /** Resolves once every write started so far has finished. */
  flush(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  async rename(id: string, title: string): Promise<Result<void>> {
    const clean = title.replace(/\s+/g, ' ').trim().slice(0, 80);
    if (this.current?.id === id) {
      const { title: _old, ...rest } = this.current.meta;
      this.current.meta = clean ? { ...rest, title: clean } : rest;
      await this.autosave();
      return ok(undefined);
    }
    const meta = this.metas.get(id);
    if (!meta) return err('This saved game no longer exists.');
    const save = await this.readSave(id);
    if (!save.ok) return save;
    const { title: _old, ...rest } = save.value.meta ?? {};
    const next: SaveFile = { ...save.value, meta: clean ? { ...rest, title: clean } : rest };
    if (Object.keys(next.meta ?? {}).length === 0) delete next.meta;
    await this.write({ ...meta, title: clean }, makeSave(next));
    return ok(undefined);
  }

  async remove(id: string): Promise<void> {
    if (this.current?.id === id) this.current = null;
    this.metas.delete(id);
    this.unsaved.delete(id);
    this.emit('list');
    const job = this.queue.then(async () => {
      try {
        await this.store.remove(id);
      } catch (e) {
        const se = asStorageError(e);
        this.setStatus({ persistent: false, problem: se.problem, detail: se.message });
      }
    });
    this.queue = job;
    await job;
  }

  // ── The game in progress ───────────────────────────────────────────────────────────────
  /** Starts autosaving `game`: a new game, or the saved game `o.id` resumed. */
  track(game: LocalGame, o: TrackOptions = {}): string {
    const existing = o.id ? this.metas.get(o.id) : undefined;
    const id = o.id ?? this.newId();
    const { app: _app, ...given } = o.meta ?? {};
    const createdAt = given.createdAt ?? existing?.createdAt ?? this.now().toISOString();
    const parentId = o.parentId ?? existing?.parentId;
    this.current = {
      game,
      id,
      start: existing?.hashes[0] ?? startHash(game.saveFile()) ?? '',
      origin: o.origin ?? existing?.origin ?? 'play',
      createdAt,
      ...(parentId ? { parentId } : {}),
      meta: { ...given, createdAt },
    };
    return id;
  }

  /** Stops autosaving; returns what was tracked, so a caller can `retrack` it. */
  untrack(): Tracked | null {
    const t = this.current;
    this.current = null;
    return t;
  }

  retrack(t: Tracked | null): void {
    this.current = t;
  }

  get currentId(): string | null {
    return this.current?.id ?? null;
  }

  get currentGame(): LocalGame | null {
    return this.current?.game ?? null;
  }

  /** The game in progress as a save file, with its title and parent. */
  currentSave(): SaveFile | null {
    const c = this.current;
    if (!c) return null;
    const save = c.game.saveFile();
    const meta = { ...(save.meta ?? {}), ...c.meta };
    return { ...save, meta };
  }

  /**
   * Saves the game in progress. Resolves when the write is done (true) or has failed (false, and
   * `status` says why); the game goes on either way.
   */
  autosave(): Promise<boolean> {
    const c = this.current;
    if (!c) return Promise.resolve(false);
    let save: SaveFile;
    let text: string;
    try {
      save = this.currentSave() as SaveFile;
      text = makeSave(save);
    } catch {
      // An invalid save is a bug elsewhere; the game goes on.
      return Promise.resolve(false);
    }
    const hashes = [c.start, ...save.checkpoints.map((x) => x.hash)];
    const meta = describeSave(save, {
      id: c.id,
      origin: c.origin,
      now: this.now().toISOString(),
      createdAt: c.createdAt,
      hashes,
      ...(c.parentId ? { parentId: c.parentId } : {}),
    });
    return this.write(meta, text);
  }

  /** Rebuilds the saved game `id` as the game in progress (Continue, and Resume in the list). */
  async resume(id: string): Promise<Result<LocalGame>> {
    const save = await this.readSave(id);
    if (!save.ok) return save;
    const live = resumeSave(save.value);
    if (!live.ok) return live;
    this.track(live.value, { id, ...(save.value.meta ? { meta: save.value.meta } : {}) });
    return live;
  }

  /**
   * "Take over from here": a live game sharing the viewed game's first `turn` months, with a person
   * in `seat` and the other seats kept (a person's seat there goes to a bot). Saved at once, with
   * its parent.
   */
  async startBranch(save: SaveFile, turn: number, seat: Seat, parentId: string | null, bot = 'dealmaker'): Promise<Result<LocalGame>> {
    const seats = Object.fromEntries(
      (['us', 'dprk', 'rok'] as const).map((s) => [s, s === seat ? 'human' : save.seats[s] === 'human' ? `bot:${bot}` : save.seats[s]]),
    ) as SeatControllers;
    const r = branchFrom(save, turn, seats);
    if (!r.ok) return r;
    const live = clientFromRunner(r.value.game, seat);
    this.track(live, {
      origin: 'branch',
      meta: { createdAt: this.now().toISOString(), parent: r.value.parent },
      ...(parentId ? { parentId } : {}),
    });
    await this.autosave();
    return ok(live);
  }

  /** Keeps a game in progress that an earlier version autosaved elsewhere (localStorage). */
  async adoptLegacy(save: SaveFile): Promise<boolean> {
    const hashes = monthHashes(save);
    if (!hashes) return false;
    const meta = describeSave(save, { id: this.newId(), origin: 'play', now: this.now().toISOString(), hashes });
    return this.write(meta, makeSave(save));
  }

  // ── Games from outside ─────────────────────────────────────────────────────────────────
  /** Stores an imported or linked game (once: the same game imported twice is one entry). */
  private keep(incoming: Incoming, origin: SaveOrigin): SaveMeta {
    const t = incoming.timeline;
    const id = `${origin}-${(t.hashes[t.last] as string).slice(0, 24)}`;
    const existing = this.metas.get(id);
    const meta = describeSave(incoming.save, {
      id,
      origin,
      now: this.now().toISOString(),
      hashes: t.hashes.slice(),
      ...(existing ? { createdAt: existing.createdAt } : {}),
    });
    const parent = meta.parent
      ? this.list().find((m) => m.hashes[meta.parent!.branchTurn] === meta.parent!.hash && m.id !== id)
      : undefined;
    if (parent) meta.parentId = parent.id;
    void this.write(meta, makeSave(incoming.save));
    return meta;
  }

  /**
   * Imports a save file's text and opens it in the viewer. A refused file changes nothing: not the
   * list, not the game in progress, not the viewer.
   */
  importText(text: unknown, origin: SaveOrigin = 'import'): Result<ReplayController> {
    const r = importSaveText(text);
    if (!r.ok) return r;
    return ok(this.openIncoming(r.value, origin));
  }

  /** Opens a share link's payload in the viewer (and keeps the game). */
  openLink(payload: string): Result<ReplayController> {
    const r = openSharedGame(payload);
    if (!r.ok) return r;
    return ok(this.openIncoming(r.value, 'link'));
  }

  private openIncoming(incoming: Incoming, origin: SaveOrigin): ReplayController {
    const meta = this.keep(incoming, origin);
    const ctl = new ReplayController({ timeline: incoming.timeline, meta });
    this.setReplay(ctl);
    return ctl;
  }

  // ── The viewer ─────────────────────────────────────────────────────────────────────────
  get replay(): ReplayController | null {
    return this.replayValue;
  }

  setReplay(ctl: ReplayController | null): void {
    this.replayValue?.pause();
    this.replayValue = ctl;
    this.emit('replay');
  }

  /** Opens a saved game in the viewer. */
  async openSaved(id: string, cursor?: number, perspective?: Perspective): Promise<Result<ReplayController>> {
    const save = await this.readSave(id);
    if (!save.ok) return save;
    const t = buildTimeline(save.value);
    if (!t.ok) return err(`This saved game cannot be replayed: ${t.error}`);
    const meta = this.metas.get(id) ?? null;
    // A branch opens where it left its parent: the first month that is its own comes next.
    const at = cursor ?? meta?.parent?.branchTurn;
    const ctl = new ReplayController({
      timeline: t.value,
      meta,
      ...(at !== undefined ? { cursor: at } : {}),
      ...(perspective ? { perspective } : {}),
    });
    this.setReplay(ctl);
    return ok(ctl);
  }

  /** Opens a save that is not in the library (e.g. the game just finished) in the viewer. */
  openSave(save: SaveFile, id: string | null, cursor?: number): Result<ReplayController> {
    const t = buildTimeline(save);
    if (!t.ok) return err(`This game cannot be replayed: ${t.error}`);
    const ctl = new ReplayController({
      timeline: t.value,
      meta: id ? (this.metas.get(id) ?? null) : null,
      ...(cursor !== undefined ? { cursor } : {}),
    });
    this.setReplay(ctl);
    return ok(ctl);
  }
}
