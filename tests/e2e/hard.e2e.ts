/**
 * Browser test of the Hard opponent (registered by tests/e2e/run.ts): Pyongyang and Seoul are
 * strategists, which plan in a Web Worker. A few months are played by mouse; while the bots
 * think after each sealed move, the page keeps drawing frames and runs no long task, and the board
 * says (and announces) which of them is thinking.
 */
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

/** Records the page's long tasks (main-thread work over 50 ms) with their start times. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

/** Records everything the polite announcer says (the board's "… is thinking" among it). */
const SPOKEN = `
  window.__spoken = [];
  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('announcer');
    if (el) new MutationObserver(() => { if (el.textContent) window.__spoken.push(el.textContent); }).observe(el, { childList: true, characterData: true, subtree: true });
  });
`;

export function registerHardTests(test: Register): void {
  test('hard: Washington against two strategists, which think in a worker while the board draws', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 }, LONG_TASKS + SPOKEN);
    try {
      await d.toSetup('us');
      await d.click(`bot.dprk.${process.env.HARD_BOT ?? 'strategist'}`);
      await d.click(`bot.rok.${process.env.HARD_BOT ?? 'strategist'}`);
      await d.page.waitForTimeout(300);
      await d.shot('hard-setup');
      await d.click('setup.start');
      await d.waitScene('Board');
      let months = 0;
      for (let guard = 0; guard < 40 && months < 3; guard++) {
        const s = await d.state();
        if (s.scene === 'Ending') break;
        if (s.scene === 'Board') {
          const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
          await d.click(cards[0]!.id);
          const before = await d.page.evaluate(() => ({ frame: window.quietChannel!.frame(), at: performance.now() }));
          await d.click('turn.end');
          await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Board', null, { timeout: 20_000 });
          const after = await d.page.evaluate(
            (t) => ({
              frame: window.quietChannel!.frame(),
              at: performance.now(),
              long: (window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks.filter((x) => x.start >= t),
            }),
            before.at,
          );
          const seconds = (after.at - before.at) / 1000;
          const worst = Math.max(0, ...after.long.map((x) => x.ms));
          console.log(
            `     month ${s.turn}: ${after.frame - before.frame} frames in ${seconds.toFixed(2)} s, long tasks ${after.long.map((x) => `${x.ms.toFixed(0)} ms at +${(x.start - before.at).toFixed(0)}`).join(', ')}`,
          );
          // The thinking happens elsewhere: no one task of the page holds it for a good part of the
          // wait (a strategist on the page's thread would be one task as long as the wait). A slow,
          // shared machine draws fewer frames and stretches the page's own tasks (the next screen).
          assert(
            worst < Math.max(300, 400 * seconds),
            `a ${worst.toFixed(0)} ms task blocked the page during a ${seconds.toFixed(2)} s wait`,
          );
          assert(
            after.frame - before.frame >= seconds * 5,
            `only ${after.frame - before.frame} frames in ${seconds.toFixed(2)} s while the bots thought`,
          );
          months++;
        } else if (s.scene === 'Resolution') {
          await d.click('continue');
          await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Resolution', null, { timeout: 10_000 });
        } else {
          await d.page.waitForTimeout(100);
        }
      }
      assert(months >= 3 || (await d.state()).scene === 'Ending', `played only ${months} months against the strategists`);
      // While a strategist decided, the board said so for screen readers (and showed it on the map).
      const spoken = await d.page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
      assert(
        spoken.some((t) => /^(Pyongyang|Seoul) \(.+\) is thinking about its move\.$/.test(t)),
        `no "thinking" announcement among: ${spoken.slice(0, 8).join(' | ')}`,
      );
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });
}
