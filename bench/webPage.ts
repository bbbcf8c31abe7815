/** The web benchmark's page helpers (bench/web.ts, bench/webLab.ts): open the built game, click targets, count frames. */
import { type Browser, type Page } from 'playwright-core';
import type { QuietChannelApi } from '../src/app/automation';
import { makeSave } from '../src/codec/save';
import { createGame } from '../src/engine/runner';

declare global {
  interface Window {
    quietChannel?: QuietChannelApi;
  }
}

export async function newPage(browser: Browser, url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 30_000 });
  return page;
}

export async function click(page: Page, id: string): Promise<void> {
  await page.waitForFunction((i) => window.quietChannel!.target(i)?.enabled === true, id, { timeout: 15_000 });
  const t = await page.evaluate((i) => window.quietChannel!.target(i), id);
  if (!t) throw new Error(`no target ${id}`);
  await page.mouse.click(t.x + t.width / 2, t.y + t.height / 2);
}

export async function scene(page: Page, name: string): Promise<void> {
  await page.waitForFunction((s) => window.quietChannel!.state().scene === s, name, { timeout: 15_000 });
}

export async function framesPerSecond(page: Page, ms: number): Promise<number> {
  const f0 = await page.evaluate(() => window.quietChannel!.frame());
  const t0 = Date.now();
  await page.waitForTimeout(ms);
  const f1 = await page.evaluate(() => window.quietChannel!.frame());
  return ((f1 - f0) * 1000) / (Date.now() - t0);
}

/** From the title, starts a new game with the default setup and waits for the Board. */
export async function newGameToBoard(page: Page): Promise<void> {
  await click(page, 'title.new');
  await scene(page, 'Briefing');
  await click(page, 'briefing.skip');
  await scene(page, 'Setup');
  await click(page, 'setup.start');
  await scene(page, 'Board');
}

/** Starts a game and plays one month, so the Board opens with its animations (bars, lines, pulse). */
export async function toAnimatedBoard(page: Page): Promise<void> {
  await newGameToBoard(page);
  const card = (await page.evaluate(() => window.quietChannel!.targets())).find((t) => t.id.startsWith('move.'));
  if (!card) throw new Error('no card');
  await click(page, card.id);
  await click(page, 'turn.end');
  await scene(page, 'Resolution');
  await click(page, 'continue');
  await scene(page, 'Board');
}

/** A whole game of bots that lasts all 24 months, as save file text. */
export function game24(): string {
  for (let seed = 1; seed < 500; seed++) {
    const g = createGame({ seed, seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } }, { checkpoints: true });
    g.runBots();
    const done = g.turnsResolved() === 24;
    const text = done ? makeSave(g.save()) : '';
    g.stop();
    if (done) return text;
  }
  throw new Error('no 24-month game among 500 seeds');
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? (s[(s.length - 1) / 2] as number)
      : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
