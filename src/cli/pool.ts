/**
 * Runs jobs on worker threads (`sim --workers N`, `lab`). Results come back in any order; the
 * caller merges them by job index, and every merge is exact (whole-number sums), so the outcome
 * does not depend on the number of workers. With one worker the jobs run in this thread.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { doJob, type Job, type JobResult } from './work';

/** Every core this process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The worker's code, run from source (tsx, Vitest): worker.ts and everything it imports bundled
 * into one script by esbuild (tsx's own compiler), once per process. A worker that loaded the
 * TypeScript sources through tsx spent over a second compiling them before its first game; the
 * bundle starts in about a tenth of that. Null when esbuild cannot be loaded (then tsx loads them).
 */
let bundle: Promise<string | null> | null = null;
/** The part of esbuild's API used here (esbuild comes with tsx). */
interface Esbuild {
  build(options: object): Promise<{ outputFiles?: { text: string }[] }>;
}
function workerBundle(entry: URL): Promise<string | null> {
  bundle ??= (async () => {
    try {
      const tsx = createRequire(import.meta.url).resolve('tsx/package.json');
      const esbuild = createRequire(tsx)('esbuild') as Esbuild;
      const out = await esbuild.build({
        entryPoints: [fileURLToPath(entry)],
        bundle: true,
        write: false,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        logLevel: 'silent',
      });
      return out.outputFiles?.[0]?.text ?? null;
    } catch {
      return null;
    }
  })();
  return bundle;
}

/** A worker thread over worker.ts: the built file, or from source its bundle (or, failing that, the sources through tsx). */
async function startWorker(): Promise<Worker> {
  const url = new URL('./worker.ts', import.meta.url);
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  const code = await workerBundle(url);
  if (code !== null) return new Worker(code, { eval: true });
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true });
}

/**
 * Runs `jobs` on `workers` threads, this one included: it starts `workers - 1` worker threads and
 * plays jobs itself between their results, so no core waits on a thread that only hands out work
 * and one thread fewer warms up its compiler. Each worker holds two jobs, so it has the next one
 * while this thread is busy with its own. `onResult` sees each result as it arrives; the first
 * error rejects. With one worker every job runs here.
 */
export async function runJobs(jobs: Job[], workers: number, onResult: (index: number, r: JobResult) => void): Promise<void> {
  if (workers <= 1 || jobs.length <= 1) {
    jobs.forEach((job, i) => onResult(i, doJob(job)));
    return;
  }
  const threads = await Promise.all(Array.from({ length: Math.min(workers, jobs.length) - 1 }, () => startWorker()));
  let next = 0;
  let failed: Error | null = null;
  const fail = (e: Error) => (failed ??= e);
  try {
    const remote = threads.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          let held = 0;
          const stop = (e: Error) => {
            fail(e);
            reject(e);
          };
          const give = () => {
            while (held < 2 && next < jobs.length && !failed) {
              const id = next++;
              held++;
              w.postMessage({ id, job: jobs[id] });
            }
            if (held === 0) resolve();
          };
          w.on('message', (m: { id: number; result?: JobResult; error?: string }) => {
            if (m.error !== undefined || !m.result) return stop(new Error(m.error ?? 'a worker gave no result'));
            held--;
            onResult(m.id, m.result);
            give();
          });
          w.on('error', stop);
          w.on('exit', (code) => {
            if (code !== 0) stop(new Error(`a worker stopped with code ${code}`));
          });
          give();
        }),
    );
    const local = (async () => {
      while (next < jobs.length && !failed) {
        const id = next++;
        onResult(id, doJob(jobs[id] as Job));
        // Lets the workers' results in, so each is handed its next job.
        await new Promise((r) => setImmediate(r));
      }
    })();
    await Promise.all([...remote, local]);
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
}

/** Splits `games` into ranges so each of `workers` threads gets several (balances uneven games). */
export function splitGames(games: number, workers: number, min = 10): [number, number][] {
  const size = Math.max(min, Math.ceil(games / Math.max(1, workers * 8)));
  const out: [number, number][] = [];
  for (let f = 0; f < games; f += size) out.push([f, Math.min(games, f + size)]);
  return out;
}
