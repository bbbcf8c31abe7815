/**
 * Bots that think for a while (the strategist, the browser's Hard opponent) decide off the page's
 * thread, in a Web Worker, so the board keeps drawing while they plan. The worker gets the seat's
 * player view and answers with the move; the page plays it. Without workers (tests, Node) and for
 * the quick personalities, bots decide in place as before.
 */
import type { BotChoice } from '../bots/choose';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';

/** Decides a bot's move from its seat's view, somewhere else. */
export type Think = (view: PlayerView, bot: string) => Promise<BotChoice>;

/** A slow bot deciding now: the seat it plays and its name (the board shows "thinking…"). */
export interface Thinking {
  seat: Seat;
  bot: string;
}

/** Bots worth sending to a worker: the rest decide in far less than a frame. */
export const SLOW_BOTS: ReadonlySet<string> = new Set(['strategist']);

let thinker: Think | null = null;

/** Installs how slow bots think (the page installs the worker at start-up); null: decide in place. */
export function setThinker(t: Think | null): void {
  thinker = t;
}

export function currentThinker(): Think | null {
  return thinker;
}

/** What the worker needs of a view: what a bot decides from (the record stays on the page). */
export function briefOf(view: PlayerView): PlayerView {
  return { ...view, moves: [], changes: [], news: [], history: [], results: null, explanation: null };
}

interface Answer {
  id: number;
  choice?: BotChoice;
  error?: string;
}

/** A thinker over one module worker, started on first use; requests are answered in order. */
export function workerThinker(makeWorker: () => Worker): Think {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (c: BotChoice) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    const w = makeWorker();
    w.addEventListener('message', (e: MessageEvent<Answer>) => {
      const job = waiting.get(e.data.id);
      if (!job) return;
      waiting.delete(e.data.id);
      if (e.data.choice) job.resolve(e.data.choice);
      else job.reject(new Error(e.data.error ?? 'the bot worker gave no move'));
    });
    w.addEventListener('error', (e) => {
      for (const job of waiting.values()) job.reject(new Error(e.message || 'the bot worker failed'));
      waiting.clear();
      worker = null;
    });
    return w;
  };
  return (view, bot) =>
    new Promise<BotChoice>((resolve, reject) => {
      worker ??= start();
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, view: briefOf(view), bot });
    });
}
