/**
 * Network mode in the browser (registered by tests/e2e/run.ts): the classroom server on 127.0.0.1
 * (port 0, a temporary data folder) serving the built dist/, a session with one human seat and two
 * bots, a student joining through the join page, which opens the Phaser game at
 * index.html#net=CODE; one month is played on the Board by mouse, and the Resolution arrives from
 * the server. A tab without a seat is sent to the join page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { startClassroomServer } from '../../src/server/server';
import { ARTIFACTS, assert } from './driver';
import { ROOT } from './server';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

export function registerNetTests(test: Register): void {
  test('network: join a classroom session and play a month on the Phaser board', async (browser) => {
    const server = await startClassroomServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'qc-e2e-net-')), distDir: resolve(ROOT, 'dist'), log: () => {} });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      const res = await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' }, turnSeconds: 600, seed: 11 }) });
      if (!res.ok) throw new Error(`creating a session failed: ${res.status} ${await res.text()}`);
      const { code } = (await res.json()) as { code: string };
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      // Without a seat, the game sends the tab to the join page.
      await page.goto(`${server.url}/index.html#net=${code}`);
      await page.waitForURL(/join\.html\?code=/, { timeout: 15_000 });
      await page.fill('#team', 'Owls');
      await page.click('button[type=submit]');
      await page.waitForURL(/index\.html#net=/, { timeout: 15_000 });
      await page.waitForFunction(() => window.quietChannel?.state().scene === 'Board', null, { timeout: 30_000 });
      const s = await page.evaluate(() => window.quietChannel!.state());
      assert(s.seat === 'us' && s.turn === 1, `expected Washington in month 1, got ${JSON.stringify(s)}`);
      const targets = await page.evaluate(() => window.quietChannel!.targets());
      const end = targets.find((t) => t.id === 'turn.end');
      assert(end && !end.enabled, 'End turn should be off before a card is chosen');
      const card = targets.find((t) => t.id.startsWith('move.us.') && t.enabled);
      assert(card, 'a card to play');
      await page.mouse.click(card.x + card.width / 2, card.y + card.height / 2);
      await page.waitForFunction(() => window.quietChannel!.target('turn.end')?.enabled === true, null, { timeout: 5000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-board-1280x720.png') });
      const t = (await page.evaluate(() => window.quietChannel!.target('turn.end')))!;
      await page.mouse.click(t.x + t.width / 2, t.y + t.height / 2);
      await page.waitForFunction(() => window.quietChannel!.state().scene === 'Resolution', null, { timeout: 15_000 });
      await page.waitForTimeout(1200);
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-news-1280x720.png') });
      const c = (await page.evaluate(() => window.quietChannel!.target('continue')))!;
      await page.mouse.click(c.x + c.width / 2, c.y + c.height / 2);
      await page.waitForFunction(() => window.quietChannel!.state().scene === 'Board' && window.quietChannel!.state().turn === 2, null, { timeout: 10_000 });
      await page.waitForTimeout(600);
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-board-month2-1280x720.png') });
      assert(errors.length === 0, `console errors:\n  ${errors.join('\n  ')}`);
    } finally {
      await context.close();
      await server.close();
    }
  });
}
