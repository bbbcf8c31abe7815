/**
 * The lab's Web Workers (labWorker.ts), kept between runs. A new worker plays its first games in
 * the browser's interpreter and baseline compiler until the optimizing compiler has caught up with
 * the game's code; on two cores that took about as long as a quarter of a 2 × 1,000-game run. So the
 * lab and the turning points lease workers from one pool, hand them back when a run ends (or is
 * cancelled), and the pages warm the pool while the reader is still busy (the lab's prediction,
 * the ending screen): each new worker plays a few games first.
 *
 * A worker answers its messages one at a time and in order, so a leased worker can still owe
 * answers to an earlier run (cancelled in the middle of a range) or to its warm-up: the pool
 * counts them and drops them before the new run's answers. The late range costs its core at most
 * one work item (the lab's are ≤ 100 games). Idle workers are ended after a few minutes.
 */

/** What a run does with its workers' answers. */
export interface LeaseHandlers<T> {
  message(lease: Lease, data: T): void;
  error(lease: Lease, message: string): void;
}

export interface Lease {
  readonly worker: Worker;
  /** Sends a request whose answer comes to this lease's handlers. */
  send(message: unknown): void;
  /** Gives the worker back to the pool; answers still owed to this run are dropped. */
  release(): void;
}

interface Slot {
  worker: Worker;
  /** Requests sent and not answered yet. */
  owed: number;
  /** Of those, how many answers belong to no one now (an ended lease, a warm-up). */
  drop: number;
  /** The run holding the worker, if any. */
  holder: { lease: Lease; handlers: LeaseHandlers<unknown> } | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param make starts a worker
   * @param idleMs how long idle workers are kept after the last lease ends
   */
  constructor(
    private readonly make: () => Worker,
    private readonly idleMs = 5 * 60_000,
  ) {}

  /** Workers alive now (leased or idle). */
  get size(): number {
    return this.slots.length;
  }

  /** Workers leased now. */
  get leased(): number {
    return this.slots.filter((s) => s.holder !== null).length;
  }

  /** Leases `n` workers: idle ones first (those without owed answers before the rest), new ones for what is missing. */
  lease<T>(n: number, handlers: LeaseHandlers<T>): Lease[] {
    this.stopIdleTimer();
    const free = this.slots.filter((s) => s.holder === null).sort((a, b) => a.owed - b.owed);
    const picked = free.slice(0, n);
    while (picked.length < n) picked.push(this.start());
    return picked.map((s) => this.give(s, handlers as LeaseHandlers<unknown>));
  }

  /**
   * Starts workers until `n` are alive and has each new one answer `warmUp` (its answer is dropped),
   * so its compiler has the game's code hot before a run needs it.
   */
  warm(n: number, warmUp: unknown): void {
    while (this.slots.length < n) {
      const s = this.start();
      s.owed++;
      s.drop++;
      s.worker.postMessage(warmUp);
    }
    this.startIdleTimer();
  }

  /** Ends every worker (a page that no longer needs them). */
  close(): void {
    this.stopIdleTimer();
    for (const s of this.slots.splice(0)) s.worker.terminate();
  }

  private start(): Slot {
    const worker = this.make();
    const slot: Slot = { worker, owed: 0, drop: 0, holder: null };
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      slot.owed = Math.max(0, slot.owed - 1);
      if (slot.drop > 0) {
        slot.drop--;
        return;
      }
      slot.holder?.handlers.message(slot.holder.lease, e.data);
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      // A worker that failed is not trusted again: it leaves the pool, and its run hears why.
      this.remove(slot);
      slot.holder?.handlers.error(slot.holder.lease, e.message || 'a lab worker failed');
    });
    this.slots.push(slot);
    return slot;
  }

  private give(slot: Slot, handlers: LeaseHandlers<unknown>): Lease {
    slot.drop = slot.owed;
    const lease: Lease = {
      worker: slot.worker,
      send: (message) => {
        if (slot.holder?.lease !== lease) return;
        slot.owed++;
        slot.worker.postMessage(message);
      },
      release: () => {
        if (slot.holder?.lease !== lease) return;
        slot.holder = null;
        slot.drop = slot.owed;
        if (this.leased === 0) this.startIdleTimer();
      },
    };
    slot.holder = { lease, handlers };
    return lease;
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker.terminate();
  }

  private startIdleTimer(): void {
    this.stopIdleTimer();
    if (this.idleMs === Infinity) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      for (const s of this.slots.filter((x) => x.holder === null)) this.remove(s);
    }, this.idleMs);
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
