/** The worker pool behind `sim --workers` and `lab`: this thread plays jobs beside the workers, every job once, errors from either side. */
import { describe, expect, it } from 'vitest';
import { runJobs, splitGames } from '../../src/cli/pool';
import { doJob, type Job, type JobResult } from '../../src/cli/work';
import { DEFAULT_SEATS } from '../../src/model/state';

const options = { games: 48, seed: 5, seats: DEFAULT_SEATS, maxTurns: 8 };
const jobs: Job[] = splitGames(48, 3, 4).map(([from, to]) => ({ kind: 'sim', options, from, to, csv: true }));

async function collect(list: Job[], workers: number): Promise<Map<number, JobResult>> {
  const got = new Map<number, JobResult>();
  await runJobs(list, workers, (i, r) => {
    if (got.has(i)) throw new Error(`job ${i} came back twice`);
    got.set(i, r);
  });
  return got;
}

describe('runJobs', () => {
  it('returns every job exactly once, each equal to the job run alone, on 1 and 3 threads', async () => {
    expect(jobs.length).toBeGreaterThan(6);
    const alone = jobs.map((j) => doJob(j));
    for (const workers of [1, 3]) {
      const got = await collect(jobs, workers);
      expect([...got.keys()].sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
      jobs.forEach((_, i) => expect(got.get(i)).toEqual(alone[i]));
    }
  });

  // The first jobs go to the worker thread (two it holds at a time); the third is this thread's.
  it.for([0, 2])('rejects when job %i fails, whichever thread played it', async (bad) => {
    const broken = jobs.map((j, i) => (i === bad ? { ...j, options: { ...options, scenarioVersion: 999 } } : j)) as Job[];
    await expect(collect(broken, 2)).rejects.toThrow(/not backchannel-2025 v999/);
  });
});
