/**
 * The app layer's state outside any one screen: preferences, the game in progress (through its
 * client), autosave and continue, and the cue/announcement bus that the audio layer and the
 * aria-live region listen to. Scenes read view models from here and send intents through it.
 */
import { BOT_NAMES, type BotName } from '../bots/personalities';
import { parseSave, type SaveFile } from '../codec/save';
import type { LetterDraft } from '../model/letters';
import type { Result } from '../model/result';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { announce } from './announcer';
import { createLocalClient, isLocalGame, type ClientUpdate, type GameClient, type LocalGame, type NetworkClient } from './client';
import { createHotSeatClient } from './hotseat';
import { IdbStore } from './saves/idbStore';
import { SaveLibrary } from './saves/library';
import { MemoryStore } from './saves/memoryStore';
import { cueForMonth, type Cue } from './cues';
import { Emitter } from './emitter';
import { SettingsStore, type Difficulty } from './settings';
import { readJson, readItem, removeItem, writeItem } from './storage';
import { draftAction, type TableDraft } from './screens/tableDraft';
import { viewSeat } from './screens/common';
import type { Thinking } from './thinker';

export interface SetupChoice {
  seat: Seat;
  /** Personality of each bot seat (the person's own seat is ignored). */
  bots: Record<Seat, BotName>;
  difficulty: Difficulty;
  /** A fixed seed, or null for a fresh random one. */
  seed: number | null;
  /** Further seats played by people on this device (hot-seat); `seat` is always a person. */
  humans?: Seat[];
  /** The rules' scenario version, when not the default (3: the negotiation table). */
  rules?: number;
}

export type SessionEvents = {
  cue: Cue;
  /** Regional tension (0–100) after each change, for the music. */
  tension: number;
  update: ClientUpdate;
  /** The month's table action being built changed (version 3). */
  tableDraft: TableDraft;
  /** A slow bot began deciding (its seat and name), or stopped (null). */
  thinking: Thinking | null;
};

/** Where versions before the saved-games library kept their one autosave (moved into it on load). */
const SAVE_KEY = 'save';
/** Longest the screen waits for a save before showing the month anyway (storage that hangs). */
const SAVE_WAIT_MS = 4000;
const SAVE_META_KEY = 'saveMeta';

export const PLAYABLE_BOTS: readonly BotName[] = BOT_NAMES;

export function randomSeed(): number {
  const a = new Uint32Array(1);
  try {
    crypto.getRandomValues(a);
  } catch {
    a[0] = Math.floor(Math.random() * 0xffffffff);
  }
  return (a[0] as number) % 1_000_000;
}

export class Session {
  readonly settings = new SettingsStore();
  readonly events = new Emitter<SessionEvents>();
  /** The saved games (IndexedDB) and the game open in the replay viewer. */
  readonly saves = new SaveLibrary(new IdbStore());
  private current: GameClient | null = null;
  private offClient: (() => void) | null = null;
  /** The setup of the current game with its actual seed, for "play again with the same seed". */
  lastSetup: (SetupChoice & { seed: number }) | null = null;
  /** The month most recently resolved and not yet shown on the Resolution screen. */
  pendingResolution: number | null = null;
  gamesStarted = 0;

  get client(): GameClient | null {
    return this.current;
  }

  get lang() {
    return this.settings.get().language;
  }

  get difficulty(): Difficulty {
    return this.lastSetup?.difficulty ?? this.settings.get().difficulty;
  }

  view(): PlayerView | null {
    return this.current?.getView() ?? null;
  }

  newGame(choice: SetupChoice): void {
    const seed = choice.seed ?? randomSeed();
    const isHuman = (s: Seat) => s === choice.seat || (choice.humans ?? []).includes(s);
    const seats = Object.fromEntries(SEATS.map((s) => [s, isHuman(s) ? 'human' : `bot:${choice.bots[s]}`])) as Record<
      Seat,
      'human' | `bot:${string}`
    >;
    let client: LocalGame;
    const input = { seed, seats, ...(choice.rules !== undefined ? { scenarioVersion: choice.rules } : {}) };
    if (SEATS.filter(isHuman).length > 1) {
      const r = createHotSeatClient(input);
      if (!r.ok) throw new Error(r.error);
      client = r.value;
    } else {
      client = createLocalClient(input, choice.seat);
    }
    this.lastSetup = { ...choice, seed };
    this.settings.update({ difficulty: choice.difficulty });
    this.attach(client);
    this.saves.track(client, { meta: { createdAt: new Date().toISOString() } });
    writeItem(SAVE_META_KEY, JSON.stringify({ difficulty: choice.difficulty, bots: choice.bots }));
    void this.autosave();
  }

  /** "Play again with the same seed": a new game with the setup of the last local one. */
  playAgain(): boolean {
    if (!this.lastSetup) return false;
    this.newGame(this.lastSetup);
    return true;
  }

  /**
   * Reads the saved games (in memory only when the browser offers no storage) and moves the
   * autosave an earlier version left in localStorage into them.
   */
  async loadSaves(): Promise<void> {
    await this.saves.load(new MemoryStore());
    const legacy = readItem(SAVE_KEY);
    if (legacy === null) return;
    const parsed = parseSave(legacy);
    if (parsed.ok && parsed.value.result === undefined && !(await this.saves.adoptLegacy(parsed.value))) return;
    removeItem(SAVE_KEY);
  }

  /** True when "Continue" has a game to resume. */
  hasSave(): boolean {
    return this.saves.latestResumable() !== null;
  }

  /** Resumes the latest game in progress, in the state (the same hash) it was saved in. */
  async continueGame(): Promise<Result<void>> {
    const latest = this.saves.latestResumable();
    if (!latest) return { ok: false, error: 'no save' };
    return this.resume(latest.id);
  }

  /** Resumes the saved game `id` as the game in progress (through the library, which keeps saving it). */
  async resume(id: string): Promise<Result<void>> {
    const r = await this.saves.resume(id);
    if (!r.ok) return r;
    this.adopt(r.value);
    return { ok: true, value: undefined };
  }

  /** "Take over from here": a branch of `save` after month `turn`, with the person in `seat`. */
  async takeOver(save: SaveFile, turn: number, seat: Seat, parentId: string | null): Promise<Result<LocalGame>> {
    const r = await this.saves.startBranch(save, turn, seat, parentId);
    if (!r.ok) return r;
    this.adopt(r.value);
    return r;
  }

  /** The state hash of the game in progress (the CLI's for its save); null without one, and for a network game, whose state only the server holds. */
  hash(): string | null {
    return isLocalGame(this.current) ? this.current.hash() : null;
  }

  /** The game in progress as a save file (with its title and parent); null without one, and for a network game. */
  currentSave(): SaveFile | null {
    return this.saves.currentSave() ?? (isLocalGame(this.current) ? this.current.saveFile() : null);
  }

  /**
   * Seals the person's move for this month, with the table action drafted this month if it is
   * complete (version 3); bots answer and the month resolves.
   */
  play(move: string): Result<void> {
    if (!this.current) return { ok: false, error: 'no game' };
    const view = this.current.getView();
    const table = view.table ? draftAction(this.tableDraft(), view.table, viewSeat(view)).action : null;
    return this.current.send({ type: 'move.play', move, reason: 'player', ...(table ? { table } : {}) });
  }

  /** Sends a letter from the person's seat (it does not end the turn); the recipient reads it at once, or at the hand-off in hot-seat. */
  sendLetter(letter: LetterDraft): Result<void> {
    return this.current ? this.current.send({ type: 'letter.send', letter }) : { ok: false, error: 'no game' };
  }

  /**
   * The table action the person is building this month (version 3): kept for the seat and month it
   * was begun in, so a new month, another seat on this device or another game starts with none.
   */
  tableDraft(): TableDraft {
    const view = this.view();
    return view && this.draft.key === this.draftKey(view) ? this.draft.draft : null;
  }

  setTableDraft(draft: TableDraft): void {
    const view = this.view();
    if (!view) return;
    this.draft = { key: this.draftKey(view), draft };
    this.events.emit('tableDraft', draft);
  }

  private draft: { key: string; draft: TableDraft } = { key: '', draft: null };

  private draftKey(view: PlayerView): string {
    return `${this.gamesStarted}:${String(view.seat)}:${view.turn}`;
  }

  /** A slow bot deciding now (the strategist in its worker), for the board's "thinking…"; null when none is. */
  thinking(): Thinking | null {
    return isLocalGame(this.current) ? this.current.thinking() : null;
  }

  endGame(): void {
    this.saves.untrack();
    this.offClient?.();
    this.offClient = null;
    this.current?.dispose();
    this.current = null;
    this.pendingResolution = null;
  }

  cue(c: Cue): void {
    this.events.emit('cue', c);
  }

  announce(text: string, assertive = false): void {
    announce(text, assertive);
  }

  /**
   * Plays a game whose authority is elsewhere (the classroom server, src/app/net.ts): shown like a
   * local game, but never saved here.
   */
  attachRemote(client: NetworkClient): void {
    this.attach(client);
  }

  /**
   * Attaches a game the library has already started tracking (resumed, branched), and remembers
   * its setup for "play again": its seats and seed, the bots and difficulty last chosen.
   */
  private adopt(client: LocalGame): void {
    const save = client.saveFile();
    const humans = SEATS.filter((s) => save.seats[s] === 'human');
    const meta = readJson<{ difficulty?: Difficulty; bots?: Record<Seat, BotName> }>(SAVE_META_KEY) ?? {};
    const bots = Object.fromEntries(
      SEATS.map((s) => [s, (save.seats[s].startsWith('bot:') ? save.seats[s].slice(4) : (meta.bots?.[s] ?? 'dealmaker')) as BotName]),
    ) as Record<Seat, BotName>;
    this.lastSetup = {
      seat: humans[0] ?? client.seat,
      bots,
      difficulty: meta.difficulty ?? this.settings.get().difficulty,
      seed: save.seed,
      ...(humans.length > 1 ? { humans } : {}),
    };
    // Attaching ends the previous game, which untracks it; hand the library its new game back after.
    const tracked = this.saves.untrack();
    this.attach(client);
    this.saves.retrack(tracked);
  }

  private attach(client: GameClient): void {
    this.endGame();
    this.current = client;
    this.gamesStarted++;
    const offUpdates = client.subscribe((u) => this.onUpdate(u));
    const offThinking = isLocalGame(client) ? client.onThinking((t) => this.events.emit('thinking', t)) : () => undefined;
    this.offClient = () => {
      offUpdates();
      offThinking();
    };
    this.events.emit('tension', client.getView().indicators.tension);
  }

  private onUpdate(u: ClientUpdate): void {
    if (u.resolvedTurn !== null) {
      this.pendingResolution = u.resolvedTurn;
      const c = cueForMonth(u.view, u.resolvedTurn, u.events);
      if (c) this.cue(c);
    }
    this.events.emit('tension', u.view.indicators.tension);
    // The month's result is shown once it is saved (or saving has failed and said so).
    const client = this.current;
    const saved = Promise.race([this.autosave(), new Promise((r) => setTimeout(r, SAVE_WAIT_MS))]);
    void saved.then(() => {
      if (this.current === client) this.events.emit('update', u);
    });
  }

  /** True while the game in progress is saved in this browser (not a network game). */
  get persists(): boolean {
    return this.current === null || isLocalGame(this.current);
  }

  /** Saves the game in progress into the saved games; resolves false if it could not be kept. */
  private autosave(): Promise<boolean> {
    if (!isLocalGame(this.current)) return Promise.resolve(false);
    return this.saves.autosave();
  }
}

export const session = new Session();
