/**
 * The replay viewer's state outside any scene: which game, the cursor (a month), the perspective,
 * and playback (play/pause, speed). The scene renders it and calls `tick` each frame; tests and the
 * automation contract drive it directly. Seeking is a lookup in the timeline.
 */
import type { Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import { TimelineViews, type Timeline } from './timeline';
import type { SaveMeta } from './types';

export type Perspective = Seat | 'all';
export const PERSPECTIVES: readonly Perspective[] = ['us', 'dprk', 'rok', 'all'];
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
/** Milliseconds a month stays on screen at 1× speed. */
export const MONTH_MS = 1200;

export type ReplayChange = 'cursor' | 'perspective' | 'playing' | 'speed';

export interface ReplayOpen {
  timeline: Timeline;
  /** The saved game's entry, when it is in the library (branches and renaming need it). */
  meta: SaveMeta | null;
  cursor?: number;
  perspective?: Perspective;
}

export class ReplayController {
  readonly timeline: Timeline;
  readonly meta: SaveMeta | null;
  private readonly views: TimelineViews;
  private cursorValue: number;
  private perspectiveValue: Perspective;
  private playingValue = false;
  private speedValue: Speed = 1;
  private elapsed = 0;
  private readonly listeners = new Set<(what: ReplayChange) => void>();

  constructor(o: ReplayOpen) {
    this.timeline = o.timeline;
    this.meta = o.meta;
    this.views = new TimelineViews(o.timeline);
    this.cursorValue = this.clamp(o.cursor ?? 0);
    const human = (['us', 'dprk', 'rok'] as const).find((s) => o.timeline.save.seats[s] === 'human');
    this.perspectiveValue = o.perspective ?? human ?? 'all';
  }

  get cursor(): number {
    return this.cursorValue;
  }
  get last(): number {
    return this.timeline.last;
  }
  get perspective(): Perspective {
    return this.perspectiveValue;
  }
  get playing(): boolean {
    return this.playingValue;
  }
  get speed(): Speed {
    return this.speedValue;
  }

  /** The game at the cursor as the perspective saw it. */
  view(turn = this.cursorValue, perspective = this.perspectiveValue): PlayerView {
    return this.views.view(turn, perspective);
  }

  /** The state hash at the cursor (the CLI's `replay FILE --to <cursor>`). */
  hash(): string {
    return this.timeline.hashes[this.cursorValue] as string;
  }

  subscribe(fn: (what: ReplayChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(what: ReplayChange): void {
    for (const l of [...this.listeners]) l(what);
  }

  private clamp(turn: number): number {
    if (!Number.isFinite(turn)) return 0;
    return Math.max(0, Math.min(this.timeline.last, Math.round(turn)));
  }

  /** Moves the cursor to a month (clamped to the game); returns the month shown. */
  seek(turn: number): number {
    const t = this.clamp(turn);
    this.elapsed = 0;
    if (t !== this.cursorValue) {
      this.cursorValue = t;
      this.emit('cursor');
    }
    if (this.playingValue && t >= this.timeline.last) this.pause();
    return t;
  }

  step(delta: number): number {
    return this.seek(this.cursorValue + delta);
  }

  toStart(): number {
    return this.seek(0);
  }

  toEnd(): number {
    return this.seek(this.timeline.last);
  }

  play(): void {
    if (this.playingValue || this.timeline.last === 0) return;
    if (this.cursorValue >= this.timeline.last) this.seek(0);
    this.playingValue = true;
    this.elapsed = 0;
    this.emit('playing');
  }

  pause(): void {
    if (!this.playingValue) return;
    this.playingValue = false;
    this.emit('playing');
  }

  toggle(): void {
    if (this.playingValue) this.pause();
    else this.play();
  }

  setSpeed(s: Speed): void {
    if (!SPEEDS.includes(s) || s === this.speedValue) return;
    this.speedValue = s;
    this.emit('speed');
  }

  setPerspective(p: Perspective): void {
    if (!PERSPECTIVES.includes(p) || p === this.perspectiveValue) return;
    this.perspectiveValue = p;
    this.emit('perspective');
  }

  /** Advances playback by `ms` of wall time; moves at most one month per call. */
  tick(ms: number): void {
    if (!this.playingValue) return;
    this.elapsed += ms * this.speedValue;
    if (this.elapsed < MONTH_MS) return;
    this.elapsed -= MONTH_MS;
    this.seek(this.cursorValue + 1);
    if (this.cursorValue >= this.timeline.last) this.pause();
  }
}
