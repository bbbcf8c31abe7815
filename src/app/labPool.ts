/**
 * The browser's lab on every core: a spec's seeds are cut into small ranges that Web Workers play
 * one after another; each part is merged as it arrives (exact sums, so the order does not matter)
 * and the summary so far is streamed to the page. Cancel stops every worker at once. The result
 * equals `npm run lab -- SPEC --json` for the same spec (tested in Chromium against Node).
 */
import { emptyLabPartial, labChunks, mergeLabPartials, type LabPartial } from '../engine/lab';
import { parseLabSpec, type LabSpec } from '../engine/labSpec';
import { summarizeLab, type LabResult } from '../engine/labSummary';

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
  makeWorker?: () => Worker;
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

export function startLab(spec: LabSpec, o: LabRunOptions = {}): LabRun {
  const started = performance.now();
  const chunks = labChunks(spec.games, o.chunk ?? Math.max(10, Math.min(100, Math.ceil(spec.games / 40))));
  const n = Math.max(1, Math.min(o.workers ?? browserCores(), chunks.length));
  let merged: LabPartial = emptyLabPartial(spec);
  let next = 0;
  let finished = 0;
  let settled = false;
  const workers: Worker[] = [];
  let resolveDone!: (r: LabRunResult) => void;
  let rejectDone!: (e: Error) => void;
  const done = new Promise<LabRunResult>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  const stopAll = () => workers.forEach((w) => w.terminate());
  const finish = (cancelled: boolean) => {
    if (settled) return;
    settled = true;
    stopAll();
    resolveDone({ ...summarizeLab(spec, merged), elapsedMs: Math.round(performance.now() - started), workers: n, cancelled });
  };
  const give = (w: Worker) => {
    if (next >= chunks.length) return;
    const id = next++;
    const [from, to] = chunks[id] as [number, number];
    w.postMessage({ id, spec, from, to });
  };
  for (let i = 0; i < n; i++) {
    const w = (o.makeWorker ?? defaultWorker)();
    w.addEventListener('message', (e: MessageEvent<{ id: number; partial?: LabPartial; error?: string }>) => {
      if (settled) return;
      if (!e.data.partial) {
        settled = true;
        stopAll();
        rejectDone(new Error(e.data.error ?? 'a lab worker gave no result'));
        return;
      }
      merged = mergeLabPartials(merged, e.data.partial);
      finished++;
      o.onProgress?.(summarizeLab(spec, merged));
      if (finished === chunks.length) finish(false);
      else give(w);
    });
    w.addEventListener('error', (e) => {
      if (settled) return;
      settled = true;
      stopAll();
      rejectDone(new Error(e.message || 'a lab worker failed'));
    });
    workers.push(w);
    give(w);
  }
  return { done, cancel: () => finish(true) };
}

/** `quietChannel.lab.run(spec)`: checks a spec (plain JSON) and runs it to the end. */
export async function runLabJson(raw: unknown, workers?: number): Promise<LabRunResult> {
  const r = parseLabSpec(raw);
  if (!r.ok) throw new Error(r.error);
  return startLab(r.value, { workers }).done;
}
