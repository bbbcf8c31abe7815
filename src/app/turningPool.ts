/**
 * Counterfactual turning points on the lab's Web Workers (labWorker.ts): one worker plans the
 * save's jobs (engine/counterfactual.ts), then every worker plays ranges of the jobs' futures, one
 * range after another, replaying each month of the save at most once. Future k of a job depends
 * only on the save, the job and k, so the points are the same for any number of workers. The page
 * only passes messages: the board keeps its frame rate. Cancel stops every worker at once.
 */
import type { SaveFile } from '../codec/save';
import { assembleTurningPoints, type CounterfactualOptions, type CounterfactualPlan, type TurningPoint } from '../engine/counterfactual';
import { browserCores } from './labPool';
import type { TurningAsk } from './labWorker';

export interface TurningRunOptions extends CounterfactualOptions {
  workers?: number;
  /** Futures per work item (default: up to 25). */
  chunk?: number;
  /** Futures played so far and in all (known once the plan is made). */
  onProgress?: (done: number, total: number) => void;
  makeWorker?: () => Worker;
}

export interface TurningRunResult {
  /** Strongest first; empty when cancelled. */
  points: TurningPoint[];
  futures: number;
  /** Futures played in all (every job's). */
  played: number;
  elapsedMs: number;
  workers: number;
  cancelled: boolean;
}

export interface TurningRun {
  done: Promise<TurningRunResult>;
  cancel(): void;
}

type Answer = { id: number; plan?: CounterfactualPlan; runs?: number[]; error?: string };

const defaultWorker = () => new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
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
  const workers: Worker[] = [];
  const loaded = new Set<Worker>();
  let plan: CounterfactualPlan | null = null;
  let tasks: { job: number; from: number; to: number }[] = [];
  let results: number[][] = [];
  let next = 0;
  let played = 0;
  let settled = false;
  let resolveDone!: (r: TurningRunResult) => void;
  let rejectDone!: (e: Error) => void;
  const done = new Promise<TurningRunResult>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  const total = () => (plan ? plan.jobs.length * plan.futures : 0);
  const stopAll = () => workers.forEach((w) => w.terminate());
  const finish = (points: TurningPoint[], cancelled: boolean) => {
    if (settled) return;
    settled = true;
    stopAll();
    const elapsedMs = Math.round(performance.now() - started);
    resolveDone({ points, futures: o.futures, played, elapsedMs, workers: workers.length, cancelled });
  };
  const fail = (e: Error) => {
    if (settled) return;
    settled = true;
    stopAll();
    rejectDone(e);
  };
  const send = (w: Worker, ask: Omit<TurningAsk, 'kind' | 'run' | 'bot' | 'save'>) => {
    const first = !loaded.has(w);
    loaded.add(w);
    w.postMessage({ kind: 'turning', run, bot, ...(first ? { save } : {}), ...ask } satisfies TurningAsk);
  };
  const give = (w: Worker) => {
    if (!plan || next >= tasks.length) return;
    const id = next++;
    const t = tasks[id] as { job: number; from: number; to: number };
    send(w, { id, job: plan.jobs[t.job], from: t.from, to: t.to });
  };
  const onAnswer = (w: Worker, a: Answer) => {
    if (settled) return;
    if (a.error !== undefined) return fail(new Error(a.error));
    if (a.plan) {
      plan = a.plan;
      const p = a.plan;
      results = p.jobs.map(() => new Array<number>(p.futures));
      tasks = p.jobs.flatMap((_, job) =>
        Array.from({ length: Math.ceil(p.futures / chunk) }, (_, c) => ({
          job,
          from: c * chunk,
          to: Math.min(p.futures, (c + 1) * chunk),
        })),
      );
      o.onProgress?.(0, total());
      if (tasks.length === 0) return finish([], false);
      // The planner joins the others; more workers than tasks stay idle.
      for (let i = 1; i < n && i <= tasks.length; i++) workers.push(makeWorker());
      for (const x of workers) give(x);
      return;
    }
    const t = tasks[a.id];
    if (!t || !a.runs) return fail(new Error('a turning-points worker gave no result'));
    const into = results[t.job] as number[];
    a.runs.forEach((e, k) => (into[t.from + k] = e));
    played += a.runs.length;
    o.onProgress?.(played, total());
    if (played === total()) return finish(assembleTurningPoints(plan as CounterfactualPlan, results), false);
    give(w);
  };
  const makeWorker = () => {
    const w = (o.makeWorker ?? defaultWorker)();
    w.addEventListener('message', (e: MessageEvent<Answer>) => onAnswer(w, e.data));
    w.addEventListener('error', (e) => fail(new Error(e.message || 'a turning-points worker failed')));
    return w;
  };
  const planner = makeWorker();
  workers.push(planner);
  send(planner, { id: -1, plan: options });
  return { done, cancel: () => finish([], true) };
}
