/**
 * A month's turn timer: a deadline on the session's clock that pause freezes (keeping the time
 * left), resume restarts, and the teacher extends; a new month gets a fresh deadline. When the
 * deadline passes it calls `onDue(turn)` once; the session decides what that means.
 */
import type { Clock } from './entries';

export class TurnTimer {
  /** The running timer's end (clock ms), or null. */
  private deadline: number | null = null;
  /** Time left while paused. */
  private remaining: number | null = null;
  private turn = 0;
  private handle: unknown = null;

  constructor(
    private readonly clock: Clock,
    private readonly seconds: number,
    private readonly onDue: (turn: number) => void,
  ) {}

  get enabled(): boolean {
    return this.seconds > 0;
  }

  pause(): void {
    if (this.deadline !== null) this.remaining = Math.max(0, this.deadline - this.clock.now());
    this.deadline = null;
    this.stop();
  }

  resume(): void {
    if (this.remaining !== null) this.deadline = this.clock.now() + this.remaining;
    this.remaining = null;
  }

  extend(seconds: number): void {
    if (this.deadline !== null) this.deadline += seconds * 1000;
    else if (this.remaining !== null) this.remaining += seconds * 1000;
  }

  /** Runs the timer for `turn`: a new month starts a full period, the same month goes on. */
  run(turn: number): void {
    if (!this.enabled) return;
    if (this.turn !== turn || this.deadline === null) {
      if (this.turn !== turn) this.deadline = this.clock.now() + this.seconds * 1000;
      this.turn = turn;
    }
    this.stop();
    const wait = Math.max(0, (this.deadline ?? 0) - this.clock.now());
    this.handle = this.clock.setTimeout(() => {
      this.handle = null;
      this.onDue(turn);
    }, wait);
  }

  /** Whether the deadline still lies ahead (it was extended after the timer was set). */
  notYet(): boolean {
    return this.deadline !== null && this.clock.now() < this.deadline;
  }

  /** The month's time is used up (its moves were made). */
  spent(): void {
    this.deadline = null;
  }

  stop(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  /** Milliseconds left: frozen while paused, null without a running deadline. */
  remainingMs(paused: boolean): number | null {
    if (paused) return this.remaining;
    return this.deadline === null ? null : Math.max(0, this.deadline - this.clock.now());
  }
}
