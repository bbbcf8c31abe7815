/** The page's worker pool: workers kept between runs, answers owed to an ended run dropped, warm-up, failures, idle expiry. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLab } from '../../src/app/labPool';
import { WorkerPool } from '../../src/app/workerPool';
import { runLab, runLabRange } from '../../src/engine/lab';
import { parseLabSpec, type LabSpec } from '../../src/engine/labSpec';
import { summarizeLab } from '../../src/engine/labSummary';

type Listener = (e: { data?: unknown; message?: string }) => void;

/** A stand-in for a Web Worker in this thread: answers each message on a later tick, in order, with `answer`. */
class FakeWorker {
  static made = 0;
  readonly seen: unknown[] = [];
  terminated = false;
  private readonly on: Record<string, Listener[]> = { message: [], error: [] };
  private queue: Promise<void> = Promise.resolve();
  constructor(private readonly answer: (m: unknown) => unknown) {
    FakeWorker.made++;
  }
  addEventListener(type: string, fn: Listener): void {
    this.on[type]?.push(fn);
  }
  postMessage(m: unknown): void {
    this.queue = this.queue.then(
      () =>
        new Promise<void>((done) =>
          setTimeout(() => {
            this.seen.push(m);
            if (!this.terminated) this.on.message?.forEach((fn) => fn({ data: this.answer(m) }));
            done();
          }, 0),
        ),
    );
  }
  fail(message: string): void {
    this.on.error?.forEach((fn) => fn({ message }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const echo = () => new FakeWorker((m) => m) as unknown as Worker;

afterEach(() => {
  vi.useRealTimers();
});

describe('the worker pool', () => {
  it('lends the same workers to the next run instead of starting new ones', () => {
    const made: Worker[] = [];
    const pool = new WorkerPool(() => {
      const w = echo();
      made.push(w);
      return w;
    });
    const h = { message: () => undefined, error: () => undefined };
    const a = pool.lease(2, h);
    expect(pool.size).toBe(2);
    expect(pool.leased).toBe(2);
    a.forEach((l) => l.release());
    expect(pool.leased).toBe(0);
    const b = pool.lease(3, h);
    expect(made).toHaveLength(3);
    expect(b.map((l) => l.worker)).toEqual(expect.arrayContaining(made.slice(0, 2)));
    pool.close();
    expect(pool.size).toBe(0);
  });

  it('drops the answers a worker still owed an ended run, and gives the next run only its own, in order', async () => {
    const pool = new WorkerPool(echo);
    const first: unknown[] = [];
    const [l1] = pool.lease(1, { message: (_l, d) => first.push(d), error: () => undefined });
    l1!.send('old-1');
    l1!.send('old-2');
    l1!.release(); // cancelled with two ranges in flight
    l1!.send('ignored'); // an ended lease sends nothing
    const second: unknown[] = [];
    const [l2] = pool.lease(1, { message: (_l, d) => second.push(d), error: () => undefined });
    expect(l2!.worker).toBe(l1!.worker);
    l2!.send('new-1');
    l2!.send('new-2');
    // Until the worker has answered all four (on a loaded machine its timers may come late).
    await vi.waitFor(() => expect((l2!.worker as unknown as FakeWorker).seen).toHaveLength(4));
    expect(first).toEqual([]);
    expect(second).toEqual(['new-1', 'new-2']);
    expect((l2!.worker as unknown as FakeWorker).seen).toEqual(['old-1', 'old-2', 'new-1', 'new-2']);
    pool.close();
  });

  it('warms new workers with a request whose answer no run sees', async () => {
    const pool = new WorkerPool(echo);
    pool.warm(2, 'warm-up');
    pool.warm(2, 'warm-up'); // already two: none more
    expect(pool.size).toBe(2);
    const got: unknown[] = [];
    const leases = pool.lease(2, { message: (_l, d) => got.push(d), error: () => undefined });
    leases.forEach((l, i) => l.send(`job-${i}`));
    await vi.waitFor(() => expect(got).toHaveLength(2));
    expect(got.sort()).toEqual(['job-0', 'job-1']);
    expect(leases.map((l) => (l.worker as unknown as FakeWorker).seen)).toEqual([
      ['warm-up', 'job-0'],
      ['warm-up', 'job-1'],
    ]);
    pool.close();
  });

  it('takes a failed worker out of the pool and tells its run why', () => {
    const pool = new WorkerPool(echo);
    const errors: string[] = [];
    const [l] = pool.lease(1, { message: () => undefined, error: (_l, m) => errors.push(m) });
    (l!.worker as unknown as FakeWorker).fail('out of memory');
    expect(errors).toEqual(['out of memory']);
    expect(pool.size).toBe(0);
    expect((l!.worker as unknown as FakeWorker).terminated).toBe(true);
  });

  it('ends idle workers after its idle time, and keeps leased ones', () => {
    vi.useFakeTimers();
    const pool = new WorkerPool(echo, 1000);
    const h = { message: () => undefined, error: () => undefined };
    const [a, b] = pool.lease(2, h);
    a!.release();
    vi.advanceTimersByTime(5000);
    expect(pool.size).toBe(2); // one still leased: no expiry yet
    b!.release();
    vi.advanceTimersByTime(999);
    expect(pool.size).toBe(2);
    vi.advanceTimersByTime(1);
    expect(pool.size).toBe(0);
    expect([a, b].every((l) => (l!.worker as unknown as FakeWorker).terminated)).toBe(true);
  });
});

describe('the lab on a kept pool', () => {
  const parsed = parseLabSpec({
    games: 24,
    seed: 7,
    months: 10,
    arms: [
      { label: 'low', set: { determination: 35 } },
      { label: 'high', set: { determination: 80 } },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const spec: LabSpec = parsed.value;
  const labWorker = () =>
    new FakeWorker((m) => {
      const a = m as { id: number; spec: LabSpec; from: number; to: number };
      return { id: a.id, partial: runLabRange(a.spec, a.from, a.to) };
    }) as unknown as Worker;

  it('gives the whole run its result, run after run, on the same two workers, and a cancelled run leaves them usable', async () => {
    FakeWorker.made = 0;
    const pool = new WorkerPool(labWorker, Infinity);
    const expected = summarizeLab(spec, runLab(spec));
    const strip = (r: object) => {
      const { elapsedMs: _e, workers: _w, cancelled: _c, ...rest } = r as Record<string, unknown>;
      return rest;
    };
    const one = await startLab(spec, { pool, workers: 2, chunk: 5 }).done;
    expect(strip(one)).toEqual(expected);
    const cancelled = startLab(spec, { pool, workers: 2, chunk: 5 });
    cancelled.cancel();
    expect((await cancelled.done).cancelled).toBe(true);
    const two = await startLab(spec, { pool, workers: 2, chunk: 5 }).done;
    expect(strip(two)).toEqual(expected);
    expect(FakeWorker.made).toBe(2);
    expect(pool.leased).toBe(0);
    pool.close();
  });
});
