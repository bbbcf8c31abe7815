/**
 * Browser tests of the counterfactual turning points (registered by tests/e2e/run.ts): a game
 * played to its ending, the ending screen's button starts a search on Web Workers (progress shows)
 * and cancels it; a small search fills the panel; the points are the same with 1 and 2 workers.
 */
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

/** From the title, a whole game as Washington by mouse (the first playable card each month). */
async function playToEnding(d: Driver): Promise<void> {
  await d.waitScene('Title');
  await d.click('title.new');
  await d.waitScene('Briefing');
  await d.click('briefing.skip');
  await d.waitScene('Setup');
  await d.click('seat.us');
  await d.click('setup.start');
  await d.waitScene('Board');
  for (let guard = 0; guard < 80; guard++) {
    const s = await d.state();
    if (s.scene === 'Ending') return;
    if (s.scene === 'Board') {
      const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
      assert(cards.length > 0, `no playable card in month ${s.turn}`);
      await d.click(cards[((s.turn ?? 1) * 3) % cards.length]!.id);
      await d.click('turn.end');
      await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Board', null, { timeout: 10_000 });
    } else if (s.scene === 'Resolution') {
      await d.click('continue');
      await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Resolution', null, { timeout: 10_000 });
    } else await d.page.waitForTimeout(100);
  }
  assert((await d.state()).scene === 'Ending', 'the game did not end');
}

export function registerTurningTests(test: Register): void {
  test('turning points: the ending finds them on workers (progress, cancel), fills its panel, same points with 1 and 2 workers', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    try {
      await playToEnding(d);
      await d.waitTarget('ending.turning');
      const idle = await d.label('ending.turning');
      // The button starts the full search: progress shows, the board's frames keep coming, and it cancels.
      await d.click('ending.turning');
      await d.page.waitForFunction(() => window.quietChannel!.turning.status().total > 0, null, { timeout: 30_000 });
      const f0 = await d.page.evaluate(() => window.quietChannel!.frame());
      await d.page.waitForTimeout(600);
      const f1 = await d.page.evaluate(() => window.quietChannel!.frame());
      assert(f1 > f0 + 5, `the ending screen stalled while the search ran: ${f0} → ${f1} frames`);
      const running = await d.label('ending.turning');
      assert(running !== idle, `the button did not turn into Cancel: "${running}"`);
      await d.shot('turning-running');
      await d.click('ending.turning');
      await d.page.waitForFunction(() => window.quietChannel!.turning.status().kind === 'cancelled', null, { timeout: 5_000 });

      // A small search, once on one worker and once on two: the same points.
      const small = { futures: 3, turns: [1, 2, 3, 4] };
      const one = await d.page.evaluate((o) => window.quietChannel!.turning.run({ ...o, workers: 1 }), small);
      const two = await d.page.evaluate((o) => window.quietChannel!.turning.run({ ...o, workers: 2 }), small);
      assert(one.workers === 1 && two.workers === 2, `workers: ${one.workers} and ${two.workers}`);
      assert(one.points.length > 0 && !one.cancelled, `no points: ${JSON.stringify(one).slice(0, 200)}`);
      assert(one.played === two.played, `futures played: ${one.played} vs ${two.played}`);
      assert(JSON.stringify(one.points) === JSON.stringify(two.points), 'the points differ between 1 and 2 workers');
      // Screened (every alternative with 3 futures, then all 8 for the 2 strongest points): the same on 1 and 2 workers too.
      const screened = { futures: 8, turns: [1, 2, 3], screening: { screen: 3, keep: 2 } };
      const s1 = await d.page.evaluate((o) => window.quietChannel!.turning.run({ ...o, workers: 1 }), screened);
      const s2 = await d.page.evaluate((o) => window.quietChannel!.turning.run({ ...o, workers: 2 }), screened);
      const jobs = new Set(s1.points.map((p) => p.turn)).size + s1.points.reduce((n, p) => n + p.alternatives.length, 0);
      assert(
        s1.played === s2.played && s1.played >= 3 * jobs && s1.played < 8 * jobs,
        `screened futures played: ${s1.played} vs ${s2.played} (${jobs} jobs)`,
      );
      assert(JSON.stringify(s1.points) === JSON.stringify(s2.points), 'the screened points differ between 1 and 2 workers');
      assert(JSON.stringify(s1.screening) === JSON.stringify(screened.screening), `screening: ${JSON.stringify(s1.screening)}`);
      assert(
        one.points.every((p) => p.seat === 'us'),
        `the ending examined another seat than the player's: ${one.points.map((p) => p.seat).join()}`,
      );
      await d.page.waitForFunction(() => window.quietChannel!.turning.status().kind === 'done');
      await d.page.waitForTimeout(300);
      await d.shot('turning-ending');
      // The panel is filled: the announcer read the strongest point out.
      const said = await d.page.evaluate(() => document.getElementById('announcer')?.textContent ?? '');
      assert(/Had Washington played/.test(said), `the panel's points were not announced: "${said}"`);

      // The replay viewer's overlay, by keyboard: it shows the same search, and Enter starts and cancels one.
      await d.click('ending.watch');
      await d.waitScene('Replay');
      await d.click('replay.turning');
      await d.waitScene('Turning');
      assert((await d.focused()) === 'turning.run', `focus is on ${await d.focused()}`);
      await d.page.waitForTimeout(300);
      await d.shot('turning-replay');
      await d.key('Enter');
      await d.page.waitForFunction(() => window.quietChannel!.turning.status().kind === 'running', null, { timeout: 10_000 });
      await d.key('Enter');
      await d.page.waitForFunction(() => window.quietChannel!.turning.status().kind === 'cancelled', null, { timeout: 5_000 });
      await d.key('Escape');
      await d.waitScene('Replay');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });
}
