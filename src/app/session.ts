/**
 * The app layer's state outside any one screen: preferences, the game in progress (through its
 * client), autosave and continue, and the cue/announcement bus that the audio layer and the
 * aria-live region listen to. Scenes read view models from here and send intents through it.
 */
import { BOT_NAMES, type BotName } from '../bots/personalities';
import { makeSave, parseSave } from '../codec/save';
import { inputOf } from '../engine/replay';
import type { Result } from '../codec/result';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { announce } from './announcer';
import { createLocalClient, type ClientUpdate, type LocalClient } from './client';
import { cueForMonth, type Cue } from './cues';
import { Emitter } from './emitter';
import { SettingsStore, type Difficulty } from './settings';
import { readJson, readItem, removeItem, writeItem } from './storage';

export interface SetupChoice {
  seat: Seat;
  /** Personality of each bot seat (the person's own seat is ignored). */
  bots: Record<Seat, BotName>;
  difficulty: Difficulty;
  /** A fixed seed, or null for a fresh random one. */
  seed: number | null;
}

export type SessionEvents = {
  cue: Cue;
  /** Regional tension (0–100) after each change, for the music. */
  tension: number;
  update: ClientUpdate;
};

const SAVE_KEY = 'save';
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
  private current: LocalClient | null = null;
  private offClient: (() => void) | null = null;
  /** The setup of the current game with its actual seed, for "play again with the same seed". */
  lastSetup: (SetupChoice & { seed: number }) | null = null;
  /** The month most recently resolved and not yet shown on the Resolution screen. */
  pendingResolution: number | null = null;
  gamesStarted = 0;

  get client(): LocalClient | null {
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
    const seats = Object.fromEntries(SEATS.map((s) => [s, s === choice.seat ? 'human' : `bot:${choice.bots[s]}`])) as Record<Seat, 'human' | `bot:${string}`>;
    const r = createLocalClient({ seed, seats }, choice.seat);
    if (!r.ok) throw new Error(r.error);
    this.lastSetup = { ...choice, seed };
    this.settings.update({ difficulty: choice.difficulty });
    this.attach(r.value);
    writeItem(SAVE_META_KEY, JSON.stringify({ difficulty: choice.difficulty, bots: choice.bots }));
    this.autosave();
  }

  replay(): boolean {
    if (!this.lastSetup) return false;
    this.newGame(this.lastSetup);
    return true;
  }

  hasSave(): boolean {
    return readItem(SAVE_KEY) !== null;
  }

  /** Loads the autosaved game by replaying its log. Drops a save that cannot be read. */
  continueGame(): Result<void> {
    const text = readItem(SAVE_KEY);
    if (text === null) return { ok: false, error: 'no save' };
    const parsed = parseSave(text);
    if (!parsed.ok) {
      removeItem(SAVE_KEY);
      return parsed;
    }
    const save = parsed.value;
    const seat = SEATS.find((s) => save.seats[s] === 'human');
    if (!seat) return { ok: false, error: 'no human seat in save' };
    const r = createLocalClient(inputOf(save), seat, save.actions);
    if (!r.ok) {
      removeItem(SAVE_KEY);
      return r;
    }
    const meta = readJson<{ difficulty?: Difficulty; bots?: Record<Seat, BotName> }>(SAVE_META_KEY) ?? {};
    const bots = Object.fromEntries(SEATS.map((s) => [s, (save.seats[s].startsWith('bot:') ? save.seats[s].slice(4) : meta.bots?.[s] ?? 'dealmaker') as BotName])) as Record<Seat, BotName>;
    this.lastSetup = { seat, bots, difficulty: meta.difficulty ?? this.settings.get().difficulty, seed: save.seed };
    this.attach(r.value);
    return { ok: true, value: undefined };
  }

  /** Seals the person's move for this month; bots answer and the month resolves. */
  play(move: string): Result<void> {
    if (!this.current) return { ok: false, error: 'no game' };
    return this.current.send({ type: 'move.play', move, reason: 'player' });
  }

  endGame(): void {
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

  private attach(client: LocalClient): void {
    this.endGame();
    this.current = client;
    this.gamesStarted++;
    this.offClient = client.subscribe((u) => this.onUpdate(u));
    this.events.emit('tension', client.getView().indicators.tension);
  }

  private onUpdate(u: ClientUpdate): void {
    if (u.resolvedTurn !== null) {
      this.pendingResolution = u.resolvedTurn;
      const c = cueForMonth(u.view, u.resolvedTurn, u.events);
      if (c) this.cue(c);
    }
    this.events.emit('tension', u.view.indicators.tension);
    this.autosave();
    this.events.emit('update', u);
  }

  private autosave(): void {
    const c = this.current;
    if (!c) return;
    if (c.getView().ending !== null) {
      removeItem(SAVE_KEY);
      return;
    }
    try {
      writeItem(SAVE_KEY, makeSave(c.saveFile()));
    } catch {
      /* a save that does not validate is a bug elsewhere; the game goes on */
    }
  }
}

export const session = new Session();
