/**
 * `sim --workers 2` against `--workers 1` (issue 10: target ≥ 1.8× on a 2-core machine): the same
 * games through the same pool the CLI uses (src/cli/pool.ts), timed from the first job to the last
 * result, worker start-up included. Run alone with `npm run bench:workers [-- --games N]`, or as
 * part of `npm run bench`.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { addSimTotals, emptySimTotals } from '../src/engine/simulate';
import { runJobs, splitGames } from '../src/cli/pool';
import { DEFAULT_SEATS } from '../src/model/state';

export interface WorkersBench {
  games: number;
  cores: number;
  oneMs: number;
  twoMs: number;
  /** The median round's ratio (its times above). */
  ratio: number;
  /** Every round's ratio, in the order run. */
  ratios: number[];
  identical: boolean;
}

async function timed(games: number, workers: number): Promise<[number, string]> {
  const options = { games, seed: 1, seats: DEFAULT_SEATS };
  let totals = emptySimTotals();
  const t = performance.now();
  await runJobs(
    splitGames(games, workers).map(([from, to]) => ({ kind: 'sim' as const, options, from, to, csv: false })),
    workers,
    (_i, r) => {
      if (r.kind === 'sim') totals = addSimTotals(totals, r.totals);
    },
  );
  return [performance.now() - t, JSON.stringify(totals)];
}

/**
 * Rounds of one and two workers in turn (A B A B), the ratio of each round's times, and the
 * median round: on a shared machine one pair of runs swings by a third either way.
 */
export async function benchWorkers(games = 2000, rounds = 3): Promise<WorkersBench> {
  await timed(200, 1); // warm up this thread's JIT as the workers will warm up theirs
  const runs: { oneMs: number; twoMs: number; ratio: number; identical: boolean }[] = [];
  for (let r = 0; r < rounds; r++) {
    const [oneMs, a] = await timed(games, 1);
    const [twoMs, b] = await timed(games, 2);
    runs.push({ oneMs: Math.round(oneMs), twoMs: Math.round(twoMs), ratio: Math.round((oneMs / twoMs) * 100) / 100, identical: a === b });
  }
  const median = [...runs].sort((x, y) => x.ratio - y.ratio)[Math.floor(runs.length / 2)]!;
  return {
    games,
    cores: availableParallelism(),
    ...median,
    ratios: runs.map((x) => x.ratio),
    identical: runs.every((x) => x.identical),
  };
}

export function workersLine(w: WorkersBench): string {
  return `sim --workers 2 vs 1: ${w.games} games in ${w.twoMs} ms vs ${w.oneMs} ms = ${w.ratio}×, the median of rounds ${w.ratios.join(', ')} (${w.cores} cores; same totals: ${w.identical ? 'yes' : 'NO'})   target ≥ 1.8×: ${w.ratio >= 1.8 ? 'met' : 'NOT met'}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--games');
  const r = await benchWorkers(i > 0 ? Number(process.argv[i + 1]) : 2000);
  console.log(process.argv.includes('--json') ? JSON.stringify(r) : workersLine(r));
}
