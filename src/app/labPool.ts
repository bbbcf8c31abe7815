/**
 * The browser's lab on every core: a spec's seeds are cut into small ranges that Web Workers play
 * one after another; each part is merged as it arrives (exact sums, so the order does not matter)
 * and the summary so far is streamed to the page. Cancel ends the run at once; its workers go back
 * to the page's pool (workerPool.ts), warm for the next run. The result equals
 * `npm run lab -- SPEC --json` for the same spec (tested in Chromium against Node).
 */
import { emptyLabPartial, labChunks, mergeLabPartials, type LabPartial } from '../engine/lab';
import { parseLabSpec, type LabSpec } from '../engine/labSpec';
import { summarizeLab, type LabResult } from '../engine/labSummary';
import { LAB_PRESETS } from '../model/data/labPresets';
import { WorkerPool, type Lease } from './workerPool';

export interface LabRunResult extends LabResult {
  elapsedMs: number;
  workers: number;
  cancelled: boolean;
}

export interface LabRun {
  /** Settles with the whole result, or with the part played when cancelled. */
  done: Promise<LabRunResult>;
  cancel(): void;
}

export interface LabRunOptions {
  workers?: number;
  /** Games per work item: small enough to stream, large enough to keep messages rare. */
  chunk?: number;
  onProgress?: (r: LabResult) => void;
  /** Another pool than the page's (tests). */
  pool?: WorkerPool;
}

/** How many workers this browser offers (at least one). */
export function browserCores(): number {
  return Math.max(1, Math.floor(globalThis.navigator?.hardwareConcurrency ?? 1));
}

/**
 * Workers for a lab run beside a game being played (the board on screen): every core but one, so
 * the page keeps its frame rate. Measured on 2 cores (bench:web): with both cores busy the board
 * fell to 82% of the empty scene's frame rate on an idle machine; with one left to it, 97%. The
 * page's own work for a run is small (a partial of a few kilobytes merged per 100 games), so the
 * cores, not the messages, decide it.
 */
export function backgroundCores(): number {
  return Math.max(1, browserCores() - 1);
}

const defaultWorker = () => new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });

let shared: WorkerPool | null = null;

/** The page's workers for the lab and the turning points (both run labWorker.ts), kept between runs. */
export function labWorkers(): WorkerPool {
  return (shared ??= new WorkerPool(defaultWorker));
}

/** Games a new worker plays before its first run (its answer is dropped): enough for the optimizing compiler to have the game's code. */
const WARM_GAMES = 40;

/**
 * Starts `n` of the page's workers (those not running yet) and has each play a few games of the
 * determination preset, so that a run started a moment later does not pay for its compiler's
 * warm-up (src/app/workerPool.ts).
 */
export function warmLabWorkers(n = browserCores()): void {
  const preset = LAB_PRESETS.find((p) => p.id === 'determination') ?? LAB_PRESETS[0];
  const spec = preset ? parseLabSpec(preset.spec) : null;
  if (!spec?.ok) return;
  labWorkers().warm(n, { id: -1, spec: spec.value, from: 0, to: Math.ceil(WARM_GAMES / spec.value.arms.length) });
}

type LabAnswer = { id: number; partial?: LabPartial; error?: string };

export function startLab(spec: LabSpec, o: LabRunOptions = {}): LabRun {
  const started = performance.now();
  const chunks = labChunks(spec.games, o.chunk ?? Math.max(10, Math.min(100, Math.ceil(spec.games / 40))));
  const n = Math.max(1, Math.min(o.workers ?? browserCores(), chunks.length));
  const pool = o.pool ?? labWorkers();
  let merged: LabPartial = emptyLabPartial(spec);
  let next = 0;
  let finished = 0;
  let settled = false;
  let leases: Lease[] = [];
  let resolveDone!: (r: LabRunResult) => void;
  let rejectDone!: (e: Error) => void;
  const done = new Promise<LabRunResult>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  // The workers go back to the pool; a range still being played is dropped when it arrives.
  const stopAll = () => leases.forEach((l) => l.release());
  const finish = (cancelled: boolean) => {
    if (settled) return;
    settled = true;
    stopAll();
    resolveDone({ ...summarizeLab(spec, merged), elapsedMs: Math.round(performance.now() - started), workers: n, cancelled });
  };
  const fail = (e: Error) => {
    if (settled) return;
    settled = true;
    stopAll();
    rejectDone(e);
  };
  const give = (l: Lease) => {
    if (next >= chunks.length) return;
    const id = next++;
    const [from, to] = chunks[id] as [number, number];
    l.send({ id, spec, from, to });
  };
  leases = pool.lease<LabAnswer>(n, {
    message: (l, data) => {
      if (settled) return;
      if (!data.partial) return fail(new Error(data.error ?? 'a lab worker gave no result'));
      merged = mergeLabPartials(merged, data.partial);
      finished++;
      o.onProgress?.(summarizeLab(spec, merged));
      if (finished === chunks.length) finish(false);
      else give(l);
    },
    error: (_l, message) => fail(new Error(message)),
  });
  leases.forEach(give);
  return { done, cancel: () => finish(true) };
}

/** `quietChannel.lab.run(spec)`: checks a spec (plain JSON) and runs it to the end. */
export async function runLabJson(raw: unknown, workers?: number): Promise<LabRunResult> {
  const r = parseLabSpec(raw);
  if (!r.ok) throw new Error(r.error);
  return startLab(r.value, { workers }).done;
}
