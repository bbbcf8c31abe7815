/**
 * The classroom server's bot pool: worker threads in which bots decide, so that a strategist
 * planning for one session (about 100 ms of engine rollouts, more on a busy machine) never holds
 * up the event loop that answers every other session's requests. A worker runs the same pure
 * `chooseMove` from the seat's view alone (botWorker.ts), so a move decided here is the move the
 * bot would have made on the server's own thread.
 *
 * Each worker decides one move at a time; further requests wait in order. A request that fails —
 * the bot threw, the worker died, or it took longer than `timeoutMs` (the worker is then stopped
 * and replaced) — is rejected with the reason, and the caller decides what to play instead
 * (the session plays a fixed personality and says so in the log). `close()` rejects what is still
 * waiting and stops every worker.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BotChoice } from '../bots/choose';
import type { PlayerView } from '../model/view';

/** Decides a bot's move from its seat's view, away from the event loop. */
export type Think = (view: PlayerView, bot: string) => Promise<BotChoice>;

export interface BotPoolOptions {
  /** Worker threads (default: one fewer than the cores, at least 1, at most 4). */
  size?: number;
  /** How long one decision may take before its worker is stopped (default 20 s). */
  timeoutMs?: number;
}

interface Job {
  id: number;
  view: PlayerView;
  bot: string;
  /** How long this decision may take once its worker has started. */
  timeoutMs: number;
  resolve: (c: BotChoice) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its modules (start-up does not count against a decision's time). */
  ready: boolean;
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
}

export const DEFAULT_BOT_TIMEOUT_MS = 20_000;
/** How long a new worker may take to load the engine, on top of its first decision's time. */
const STARTUP_MS = 30_000;

/**
 * Starts a worker on botWorker beside this module: the built JavaScript as it is, or (the server
 * runs through tsx) the TypeScript after registering tsx's loader in the new thread, since Node 20
 * does not carry `--import tsx` over to a worker's own entry module.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./botWorker.js', import.meta.url));
  const entry = JSON.stringify(new URL('./botWorker.ts', import.meta.url).href);
  // tsx's ESM API module (its CommonJS twin beside it is what `require.resolve` finds).
  const api = join(dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs');
  const tsx = JSON.stringify(pathToFileURL(api).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true });
}

export class BotPool {
  readonly size: number;
  private readonly timeoutMs: number;
  private readonly slots: (Slot | null)[];
  private readonly queue: Job[] = [];
  private next = 1;
  private closed = false;

  constructor(options: BotPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? Math.min(4, availableParallelism() - 1)));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_BOT_TIMEOUT_MS;
    this.slots = Array.from({ length: this.size }, () => null);
  }

  /**
   * The bot's move for the view's seat, decided in a worker thread, within `timeoutMs` (by
   * default the pool's limit) once the worker has started.
   */
  readonly decide = (view: PlayerView, bot: string, timeoutMs: number = this.timeoutMs): Promise<BotChoice> =>
    new Promise<BotChoice>((resolve, reject) => {
      if (this.closed) return reject(new Error('the bot pool is closed'));
      this.queue.push({ id: this.next++, view, bot, timeoutMs, resolve, reject });
      this.dispatch();
    });

  /** Requests decided or waiting right now. */
  busy(): number {
    return this.queue.length + this.slots.filter((s) => s?.job).length;
  }

  /** Rejects every request not yet answered and stops the workers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the bot pool is closed'));
    const stopping: Promise<number>[] = [];
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      if (!slot) continue;
      this.slots[i] = null;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job?.reject(new Error('the bot pool is closed'));
      stopping.push(slot.worker.terminate());
    }
    await Promise.all(stopping);
  }

  private dispatch(): void {
    for (let i = 0; i < this.slots.length && this.queue.length > 0; i++) {
      const slot = this.slots[i] ?? this.start(i);
      if (slot.job) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      this.time(i, slot);
      slot.worker.postMessage({ id: job.id, view: job.view, bot: job.bot });
    }
  }

  private start(i: number): Slot {
    const slot: Slot = { worker: startWorker(), ready: false, job: null, timer: null };
    // An idle worker does not keep the process alive; one with a job does until it answers.
    slot.worker.unref();
    slot.worker.on('message', (m: { id: number; choice?: BotChoice; error?: string } | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        if (slot.job) this.time(i, slot); // from now on
        return;
      }
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      this.settle(slot);
      if (m.choice) job.resolve(m.choice);
      else job.reject(new Error(m.error ?? 'the bot gave no move'));
      this.dispatch();
    });
    slot.worker.on('error', (e) => this.fail(i, slot, `the worker failed: ${e.message}`));
    slot.worker.on('exit', (code) => this.fail(i, slot, `the worker stopped (exit code ${code})`));
    this.slots[i] = slot;
    return slot;
  }

  /** (Re)starts the clock on the slot's decision; a worker still starting has STARTUP_MS more. */
  private time(i: number, slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const ms = (slot.job?.timeoutMs ?? this.timeoutMs) + (slot.ready ? 0 : STARTUP_MS);
    slot.timer = setTimeout(() => this.fail(i, slot, slot.ready ? `no answer within ${ms / 1000} s` : 'the worker did not start'), ms);
    slot.timer.unref();
  }

  /** The slot's worker is broken or late: its job is rejected, the worker stopped and replaced on demand. */
  private fail(i: number, slot: Slot, why: string): void {
    if (this.slots[i] !== slot) return; // already replaced (or closed)
    this.slots[i] = null;
    const job = slot.job;
    this.settle(slot);
    void slot.worker.terminate();
    job?.reject(new Error(why));
    if (!this.closed) this.dispatch();
  }

  private settle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }
}
