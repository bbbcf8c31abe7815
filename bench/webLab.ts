/**
 * The web benchmark's figures of issue 10 (bench/web.ts): the what-if lab's time, the board's frame
 * rate while a lab runs on the Web Workers, and the counterfactual turning points of a 24-month game.
 */
import type { Browser } from 'playwright-core';
import { LAB_PRESETS } from '../src/model/data/labPresets';
import { framesPerSecond, game24, newPage, scene, toAnimatedBoard } from './webPage';

const determination = () => LAB_PRESETS.find((p) => p.id === 'determination')?.spec as object;

/** The determination preset (two arms × 1,000 games) in the browser: elapsed ms from start to the last result. */
export async function labTime(browser: Browser, url: string): Promise<{ ms: number; workers: number; games: number }> {
  const page = await newPage(browser, url);
  const spec = determination();
  await page.evaluate((s) => window.quietChannel!.lab.run({ ...s, games: 50 }), spec); // load the chunk, warm the workers' JIT
  const r = await page.evaluate((s) => window.quietChannel!.lab.run(s), spec);
  await page.context().close();
  return { ms: r.elapsedMs, workers: r.workers, games: r.gamesPerArm * r.arms.length };
}

/**
 * The board's frame rate idle and while a lab (the determination preset, 2 × 4,000 games) runs in
 * the background, and the empty scene's, in rounds: each round one empty page, then one board
 * measured idle and then with the lab started on the default workers (beside a game being played:
 * one fewer than the cores, src/app/labPool.ts `backgroundCores`), after half a second for the
 * workers to start, and one more board with the lab on every core.
 */
export async function labFrameRates(
  browser: Browser,
  url: string,
  rounds = 3,
): Promise<{ empty: number[]; idle: number[]; lab: number[]; labAll: number[]; cores: number }> {
  const out = { empty: [] as number[], idle: [] as number[], lab: [] as number[], labAll: [] as number[], cores: 1 };
  for (let r = 0; r < rounds; r++) {
    const e = await newPage(browser, `${url}?bench=empty`);
    await e.waitForTimeout(500);
    out.empty.push(await framesPerSecond(e, 2500));
    await e.context().close();
    const b = await newPage(browser, url);
    await toAnimatedBoard(b);
    await b.waitForTimeout(1500); // the board's opening animations are over: the idle board
    out.idle.push(await framesPerSecond(b, 2500));
    // Not awaited: the lab runs while the frames are counted; closing the page ends its workers.
    await b.evaluate((s) => void window.quietChannel!.lab.run({ ...s, games: 4000 }).catch(() => undefined), determination());
    await b.waitForTimeout(500);
    out.lab.push(await framesPerSecond(b, 2500));
    await b.context().close();
    const c = await newPage(browser, url);
    out.cores = await c.evaluate(() => navigator.hardwareConcurrency);
    await toAnimatedBoard(c);
    await c.waitForTimeout(1500);
    await c.evaluate(
      ([s, n]) => void window.quietChannel!.lab.run({ ...(s as object), games: 4000 }, n as number).catch(() => undefined),
      [determination(), out.cores],
    );
    await c.waitForTimeout(500);
    out.labAll.push(await framesPerSecond(c, 2500));
    await c.context().close();
  }
  return out;
}

/**
 * The counterfactual turning points of a 24-month game (bots; Washington's 24 moves, each against
 * every other card it had) with `futures` per alternative, on every worker, screened as the screens
 * screen (or not): ms from the call to the result, ms to the first progress report, and the futures played.
 */
export async function turningTime(
  browser: Browser,
  url: string,
  futures: number,
  screened = true,
): Promise<{ ms: number; firstProgressMs: number; workers: number; played: number; moves: number }> {
  const page = await newPage(browser, url);
  const r = await page.evaluate((t) => window.quietChannel!.importSave(t), game24());
  if (!r.ok) throw new Error(r.error);
  await scene(page, 'Replay');
  await page.evaluate(() => window.quietChannel!.turning.run({ futures: 1, turns: [23, 24], seats: ['us'] })); // load the chunk
  const out = await page.evaluate(
    async ([n, sc]) => {
      const qc = window.quietChannel!;
      const t0 = performance.now();
      let first = -1;
      const watch = window.setInterval(() => {
        if (first < 0 && qc.turning.status().done > 0) first = performance.now() - t0;
      }, 20);
      const res = await qc.turning.run({ futures: n, seats: ['us'], ...(sc ? {} : { screening: null }) });
      window.clearInterval(watch);
      return {
        ms: Math.round(performance.now() - t0),
        firstProgressMs: Math.round(first),
        workers: res.workers,
        played: res.played,
        moves: res.points.length,
      };
    },
    [futures, screened] as const,
  );
  await page.context().close();
  return out;
}
