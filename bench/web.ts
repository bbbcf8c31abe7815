/**
 * Web budgets, measured on the built game in headless Chromium (`npm run bench:web`):
 *
 *   1. first-load JavaScript ≤ 600 KB gzipped (what index.html loads before the title: the entry
 *      script and its static imports; lazy chunks such as the Korean font CSS are not counted);
 *   2. navigation → interactive title < 2 s (median of 5 cold loads, `quietChannel.readyAt`);
 *   3. frame rate on the board during animations ≥ 90% of an empty Phaser scene's (same page size,
 *      same renderer, same run; frames counted with game.loop.frame over a window);
 *   4. JS heap after ten games in one page ≤ 15 MB above the heap after the first (after a forced GC);
 *   5. seeking the replay viewer to any month of a 24-month game ≤ 16 ms (one frame at 60 fps): the
 *      synchronous work of `quietChannel.replay.seek(n)`, which looks the month up and redraws the
 *      map, dashboard, news, chart and timeline. Each month is sought 5 times in a scattered order
 *      after a warm-up round; the budget applies to each month's median (single runs also report
 *      their 95th percentile and maximum, which garbage collection can spike);
 *   6. the what-if lab: two arms × 1,000 games (the determination preset) on every Web Worker the
 *      browser offers, from `quietChannel.lab.run(spec)` to the last result ≤ 4 s (issue 10);
 *      the figure also depends on the machine's cores and load, so it is reported with them;
 *   7. the board's frame rate while a lab runs in the background ≥ 90% of the empty scene's (issue 10;
 *      on the default workers beside a game: one fewer than the cores; the idle board's and the
 *      all-core figure are reported beside it);
 *   8. the counterfactual turning points of a 24-month game, one seat's 24 moves each against every
 *      other card it had, 200 futures per alternative, on every worker ≤ 10 s (issue 10), with the
 *      time to the first progress report.
 *
 * Prints one line per budget and a JSON summary; exits non-zero if a budget fails
 * (`--report-only` always exits 0). `--no-build` reuses dist/. `--lab-only` measures only 6–8
 * (`--only=lab,fps,turning` picks among them; `--turning-futures N` changes 8's futures per alternative;
 * `--turning-unscreened` also times 8 without screening).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, serve } from '../tests/e2e/server';
import { labFrameRates, labTime, turningTime } from './webLab';
import { click, framesPerSecond, game24, median, newGameToBoard, newPage, scene, toAnimatedBoard } from './webPage';

const KB = 1024;
const BUDGET = { firstLoadKb: 600, titleMs: 2000, fpsRatio: 0.9, heapGrowthMb: 15, seekMs: 16, labMs: 4000, turningMs: 10_000 };

interface Result {
  name: string;
  value: string;
  budget: string;
  ok: boolean;
}

/** Figures 6–8: the lab, the board beside a running lab, the turning points. */
async function labFigures(
  browser: Browser,
  url: string,
  args: string[],
  results: Result[],
  summary: Record<string, unknown>,
): Promise<void> {
  const only = (args.find((a) => a.startsWith('--only='))?.slice(7) ?? 'lab,fps,turning').split(',');
  if (only.includes('lab')) {
    const lab = await labTime(browser, url);
    summary.lab = lab;
    const ok = lab.ms <= BUDGET.labMs;
    results.push({
      name: `lab: two arms × 1,000 games on ${lab.workers} workers`,
      value: `${lab.ms} ms`,
      budget: `≤ ${BUDGET.labMs} ms`,
      ok,
    });
  }
  if (only.includes('fps')) {
    const fps = await labFrameRates(browser, url);
    const [empty, idle, busy, all] = [median(fps.empty), median(fps.idle), median(fps.lab), median(fps.labAll)];
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    summary.labFps = { ...fps, ratio: Math.round((busy / empty) * 1000) / 1000, ratioToIdleBoard: Math.round((busy / idle) * 1000) / 1000 };
    results.push({
      name: `board fps while a lab runs on the default ${Math.max(1, fps.cores - 1)} worker(s) (one core left to the page) / empty scene fps`,
      value: `${busy.toFixed(1)} / ${empty.toFixed(1)} = ${pct(busy / empty)} (idle board ${idle.toFixed(1)}: ${pct(busy / idle)} of it; on all ${fps.cores} workers: ${all.toFixed(1)} = ${pct(all / empty)})`,
      budget: `≥ ${BUDGET.fpsRatio * 100}%`,
      ok: busy / empty >= BUDGET.fpsRatio,
    });
  }
  if (!only.includes('turning')) return;
  const i = args.indexOf('--turning-futures');
  const futures = i >= 0 ? Number(args[i + 1]) : 200;
  if (!Number.isInteger(futures) || futures < 1) throw new Error('--turning-futures takes a whole number ≥ 1');
  // Screened as the screens screen (every alternative with 10 futures first, the 3 strongest points with all),
  // and, with `--turning-unscreened`, every future of every alternative.
  const runs = args.includes('--turning-unscreened') ? [true, false] : [true];
  for (const screened of runs) {
    const tp = await turningTime(browser, url, futures, screened);
    summary[screened ? 'turning' : 'turningUnscreened'] = { futures, ...tp };
    results.push({
      name: `turning points of a 24-month game${screened ? ', screened (10 futures each, then all for the 3 strongest points)' : ', every future'}: ${tp.moves} moves, ${futures} futures per alternative (${tp.played} futures played) on ${tp.workers} workers`,
      value: `${(tp.ms / 1000).toFixed(1)} s (first progress after ${tp.firstProgressMs} ms)`,
      budget: `≤ ${BUDGET.turningMs / 1000} s`,
      ok: tp.ms <= BUDGET.turningMs,
    });
  }
}

/** Gzipped size of the entry script and every JS chunk it imports statically (transitively). */
function firstLoadJs(): { files: string[]; gzipBytes: number } {
  const dist = resolve(ROOT, 'dist');
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const preload = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  const queue = [...entry, ...preload];
  while (queue.length > 0) {
    const f = queue.shift() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    const code = readFileSync(resolve(dist, f), 'utf8');
    // Static imports only: `import{…}from"./x.js"` / `import"./x.js"`; dynamic `import("./x.js")` is lazy.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  let gzipBytes = 0;
  for (const f of seen) gzipBytes += gzipSync(readFileSync(resolve(dist, f)), { level: 9 }).length;
  return { files: [...seen], gzipBytes };
}

async function titleTimes(browser: Browser, url: string, runs = 5): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await newPage(browser, url);
    out.push(await page.evaluate(() => window.quietChannel!.readyAt ?? Infinity));
    await page.context().close();
  }
  return out;
}

async function frameRates(browser: Browser, url: string, rounds = 3): Promise<{ empty: number[]; board: number[] }> {
  const empty: number[] = [];
  const board: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const e = await newPage(browser, `${url}?bench=empty`);
    await e.waitForTimeout(500);
    empty.push(await framesPerSecond(e, 2500));
    await e.context().close();
    const b = await newPage(browser, url);
    await toAnimatedBoard(b);
    board.push(await framesPerSecond(b, 2500));
    await b.context().close();
  }
  return { empty, board };
}

async function playWholeGame(page: Page): Promise<void> {
  await scene(page, 'Title');
  await newGameToBoard(page);
  for (let guard = 0; guard < 100; guard++) {
    const s = await page.evaluate(() => window.quietChannel!.state());
    if (s.scene === 'Ending') break;
    if (s.scene === 'Board') {
      const card = (await page.evaluate(() => window.quietChannel!.targets())).find((t) => t.id.startsWith('move.') && t.enabled);
      if (!card) throw new Error('no card');
      await click(page, card.id);
      await click(page, 'turn.end');
      await page.waitForFunction(() => window.quietChannel!.state().scene !== 'Board', null, { timeout: 15_000 });
    } else if (s.scene === 'Resolution') {
      await click(page, 'continue');
      await page.waitForFunction(() => window.quietChannel!.state().scene !== 'Resolution', null, { timeout: 15_000 });
    } else await page.waitForTimeout(50);
  }
  await click(page, 'ending.title');
  await scene(page, 'Title');
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / (KB * KB);
}

async function heapAfterGames(browser: Browser, url: string, games = 10): Promise<{ first: number; last: number; perGame: number[] }> {
  const page = await newPage(browser, url);
  const perGame: number[] = [];
  for (let g = 0; g < games; g++) {
    await playWholeGame(page);
    await page.waitForTimeout(300);
    perGame.push(await heapMb(page));
    process.stdout.write(`  game ${g + 1}/${games}: heap ${perGame[g]?.toFixed(1)} MB\n`);
  }
  await page.context().close();
  return { first: perGame[0] ?? 0, last: perGame[perGame.length - 1] ?? 0, perGame };
}

/** Milliseconds of `replay.seek(n)` per month n (warm-up round dropped). */
async function seekTimes(browser: Browser, url: string): Promise<number[][]> {
  const page = await newPage(browser, url);
  const r = await page.evaluate((t) => window.quietChannel!.importSave(t), game24());
  if (!r.ok) throw new Error(r.error);
  await scene(page, 'Replay');
  await page.waitForTimeout(500);
  const per = await page.evaluate(async () => {
    const qc = window.quietChannel!;
    const last = qc.replay.last() ?? 0;
    const out: number[][] = Array.from({ length: last + 1 }, () => []);
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i <= last; i++) {
        // 7 is prime to 25: every month once a round, each seek a jump away from the last.
        const n = (i * 7 + round * 3) % (last + 1);
        const t0 = performance.now();
        qc.replay.seek(n);
        const dt = performance.now() - t0;
        if (round > 0) out[n]!.push(dt);
        // Let the frame be drawn before the next seek (no named helpers here: tsx would wrap them).
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      }
    }
    return out;
  });
  await page.context().close();
  return per;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--lab-only')) return labOnly(args);
  const server = await serve({ build: !args.includes('--no-build') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: Result[] = [];
  const summary: Record<string, unknown> = {};
  try {
    const js = firstLoadJs();
    const kb = js.gzipBytes / KB;
    summary.firstLoad = { files: js.files, gzipKb: Math.round(kb * 10) / 10 };
    results.push({
      name: 'first-load JS (gzip)',
      value: `${kb.toFixed(1)} KB`,
      budget: `≤ ${BUDGET.firstLoadKb} KB`,
      ok: kb <= BUDGET.firstLoadKb,
    });

    const times = await titleTimes(browser, server.url);
    const t = median(times);
    summary.titleMs = times.map((x) => Math.round(x));
    results.push({
      name: 'navigation → interactive title (median of 5)',
      value: `${Math.round(t)} ms`,
      budget: `< ${BUDGET.titleMs} ms`,
      ok: t < BUDGET.titleMs,
    });

    const fps = await frameRates(browser, server.url);
    const ratio = median(fps.board) / median(fps.empty);
    summary.fps = {
      empty: fps.empty.map((x) => Math.round(x * 10) / 10),
      board: fps.board.map((x) => Math.round(x * 10) / 10),
      ratio: Math.round(ratio * 1000) / 1000,
    };
    results.push({
      name: 'board fps during animations / empty scene fps',
      value: `${median(fps.board).toFixed(1)} / ${median(fps.empty).toFixed(1)} = ${(ratio * 100).toFixed(0)}%`,
      budget: `≥ ${BUDGET.fpsRatio * 100}%`,
      ok: ratio >= BUDGET.fpsRatio,
    });

    const heap = await heapAfterGames(browser, server.url);
    const growth = heap.last - heap.first;
    summary.heapMb = heap.perGame.map((x) => Math.round(x * 10) / 10);
    results.push({
      name: 'JS heap growth, game 1 → game 10',
      value: `${growth.toFixed(1)} MB (${heap.first.toFixed(1)} → ${heap.last.toFixed(1)})`,
      budget: `≤ ${BUDGET.heapGrowthMb} MB`,
      ok: growth <= BUDGET.heapGrowthMb,
    });

    const seeks = await seekTimes(browser, server.url);
    const perMonth = seeks.map((xs) => median(xs));
    const worst = Math.max(...perMonth);
    const all = seeks.flat().sort((a, b) => a - b);
    const p95 = all[Math.min(all.length - 1, Math.floor(all.length * 0.95))] ?? NaN;
    summary.seekMs = {
      perMonthMedian: perMonth.map((x) => Math.round(x * 10) / 10),
      p95: Math.round(p95 * 10) / 10,
      max: Math.round((all[all.length - 1] ?? NaN) * 10) / 10,
    };
    results.push({
      name: 'replay seek to any month of a 24-month game (worst month’s median)',
      value: `${worst.toFixed(1)} ms (all seeks: median ${median(all).toFixed(1)}, p95 ${p95.toFixed(1)}, max ${(all[all.length - 1] ?? NaN).toFixed(1)})`,
      budget: `≤ ${BUDGET.seekMs} ms`,
      ok: worst <= BUDGET.seekMs,
    });

    await labFigures(browser, server.url, args, results, summary);
  } finally {
    await browser.close();
    await server.stop();
  }
  report(results, summary, args);
}

/** `npm run bench:web -- --lab-only [--no-build] [--turning-futures N]`: only the figures of issue 10. */
async function labOnly(args: string[]): Promise<void> {
  const server = await serve({ build: !args.includes('--no-build') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: Result[] = [];
  const summary: Record<string, unknown> = {};
  try {
    await labFigures(browser, server.url, args, results, summary);
  } finally {
    await browser.close();
    await server.stop();
  }
  report(results, summary, args);
}

function report(results: Result[], summary: Record<string, unknown>, args: string[]): void {
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.value} (budget ${r.budget})`);
  console.log(JSON.stringify(summary));
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  if (failed > 0 && !args.includes('--report-only')) process.exitCode = 1;
}

void main();
