/**
 * Counterfactual turning points on the lab's Web Workers (labWorker.ts): one worker plans the
 * save's jobs (engine/counterfactual.ts), then every worker plays ranges of the jobs' futures, one
 * range after another, replaying each month of the save at most once. Future k of a job depends
 * only on the save, the job and k, so the points are the same for any number of workers. The page
 * only passes messages: the board keeps its frame rate. Cancel ends the run at once; its workers go
 * back to the page's pool (workerPool.ts), which the lab shares.
 */
import type { SaveFile } from '../codec/save';
import {
  assembleTurningPoints,
  jobsToComplete,
  type CounterfactualOptions,
  type CounterfactualPlan,
  type Screening,
  type TurningPoint,
} from '../engine/counterfactual';
import { browserCores, labWorkers } from './labPool';
import type { TurningAsk } from './labWorker';
import type { Lease, LeaseHandlers, WorkerPool } from './workerPool';

export interface TurningRunOptions extends CounterfactualOptions {
  workers?: number;
  /** Futures per work item (default: up to 25). */
  chunk?: number;
  /**
   * Screen first (engine/counterfactual.ts `jobsToComplete`): every alternative with `screen`
   * futures, then the full number only for the strongest points. Off when absent.
   */
  screening?: Screening;
  /** Futures played so far and in all (known once the plan is made; with screening, the first pass and an estimate of the rest, which grows if more rounds are needed). */
  onProgress?: (done: number, total: number) => void;
  /** Another pool than the page's (tests). */
  pool?: WorkerPool;
}

export interface TurningRunResult {
  /** Strongest first; empty when cancelled. */
  points: TurningPoint[];
  futures: number;
  /** Futures played in all (every job's). */
  played: number;
  /** The screening used, if any. */
  screening: Screening | null;
  elapsedMs: number;
  workers: number;
  cancelled: boolean;
}

export interface TurningRun {
  done: Promise<TurningRunResult>;
  cancel(): void;
}

type Answer = { id: number; plan?: CounterfactualPlan; runs?: number[]; error?: string };

let runs = 0;

export function startTurningPoints(save: SaveFile, o: TurningRunOptions): TurningRun {
  const started = performance.now();
  const run = ++runs;
  const bot = o.bot ?? 'dealmaker';
  const options: CounterfactualOptions = {
    futures: o.futures,
    bot,
    ...(o.turns ? { turns: o.turns } : {}),
    ...(o.seats ? { seats: o.seats } : {}),
  };
  const chunk = Math.max(1, o.chunk ?? Math.min(25, o.futures));
  const n = Math.max(1, Math.floor(o.workers ?? browserCores()));
  const pool = o.pool ?? labWorkers();
  const workers: Lease[] = [];
  const loaded = new Set<Lease>();
  let plan: CounterfactualPlan | null = null;
  const tasks: { job: number; from: number; to: number }[] = [];
  let results: number[][] = [];
  /** Per job, the futures 0..filled−1 asked for so far (each phase fills them before the next is planned). */
  let filled: number[] = [];
  let next = 0;
  let played = 0;
  let phaseEnd = 0;
  let estimate = 0;
  const screen = o.screening ? Math.min(o.futures, Math.max(1, o.screening.screen)) : o.futures;
  let settled = false;
  let resolveDone!: (r: TurningRunResult) => void;
  let rejectDone!: (e: Error) => void;
  const done = new Promise<TurningRunResult>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  const total = () => Math.max(estimate, phaseEnd);
  const stopAll = () => workers.forEach((w) => w.release());
  const finish = (points: TurningPoint[], cancelled: boolean) => {
    if (settled) return;
    settled = true;
    stopAll();
    const elapsedMs = Math.round(performance.now() - started);
    resolveDone({
      points,
      futures: o.futures,
      played,
      screening: screen < o.futures ? (o.screening ?? null) : null,
      elapsedMs,
      workers: workers.length,
      cancelled,
    });
  };
  const fail = (e: Error) => {
    if (settled) return;
    settled = true;
    stopAll();
    rejectDone(e);
  };
  const send = (w: Lease, ask: Omit<TurningAsk, 'kind' | 'run' | 'bot' | 'save'>) => {
    const first = !loaded.has(w);
    loaded.add(w);
    w.send({ kind: 'turning', run, bot, ...(first ? { save } : {}), ...ask } satisfies TurningAsk);
  };
  const give = (w: Lease) => {
    if (!plan || next >= tasks.length) return;
    const id = next++;
    const t = tasks[id] as { job: number; from: number; to: number };
    send(w, { id, job: plan.jobs[t.job], from: t.from, to: t.to });
  };
  const onAnswer = (w: Lease, a: Answer) => {
    if (settled) return;
    if (a.error !== undefined) return fail(new Error(a.error));
    if (a.plan) {
      plan = a.plan;
      const p = a.plan;
      results = p.jobs.map(() => new Array<number>(p.futures));
      filled = p.jobs.map(() => 0);
      const keep = o.screening?.keep ?? 0;
      estimate = p.jobs.length * screen + (screen < p.futures ? Math.min(p.jobs.length, 2 * keep) * (p.futures - screen) : 0);
      queue(
        p.jobs.map((_, i) => i),
        screen,
      );
      o.onProgress?.(0, total());
      if (tasks.length === 0) return finish([], false);
      // The planner joins the others; more workers than tasks stay idle.
      workers.push(...pool.lease(Math.min(n, tasks.length + 1) - 1, handlers));
      for (const x of workers) give(x);
      return;
    }
    const t = tasks[a.id];
    if (!t || !a.runs) return fail(new Error('a turning-points worker gave no result'));
    const into = results[t.job] as number[];
    a.runs.forEach((e, k) => (into[t.from + k] = e));
    played += a.runs.length;
    o.onProgress?.(played, total());
    if (played < phaseEnd) return give(w);
    const p = plan as CounterfactualPlan;
    const runs = results.map((r, i) => r.slice(0, filled[i]));
    // Screening: the next round plays the strongest points' jobs to the full number (none: done).
    const todo = screen < p.futures ? jobsToComplete(p, runs, o.screening?.keep ?? 0) : [];
    if (todo.length === 0) return finish(assembleTurningPoints(p, runs), false);
    queue(todo, p.futures);
    for (const x of workers) give(x);
  };
  /** Adds the tasks that play `jobs` up to `to` futures (ranges of at most `chunk`). */
  const queue = (jobs: number[], to: number) => {
    for (const job of jobs) {
      for (let from = filled[job] as number; from < to; from += chunk) tasks.push({ job, from, to: Math.min(to, from + chunk) });
      phaseEnd += Math.max(0, to - (filled[job] as number));
      filled[job] = Math.max(filled[job] as number, to);
    }
  };
  const handlers: LeaseHandlers<Answer> = {
    message: onAnswer,
    error: (_w, message) => fail(new Error(message)),
  };
  const [planner] = pool.lease(1, handlers) as [Lease];
  workers.push(planner);
  send(planner, { id: -1, plan: options });
  return { done, cancel: () => finish([], true) };
}
