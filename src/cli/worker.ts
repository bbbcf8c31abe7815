/** A worker thread of the pool (pool.ts): answers each job with its result, or with the error. */
import { parentPort } from 'node:worker_threads';
import { doJob, type Job } from './work';

parentPort?.on('message', (msg: { id: number; job: Job }) => {
  try {
    parentPort?.postMessage({ id: msg.id, result: doJob(msg.job) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
