/**
 * Browser tests of the board's automation contract (registered by tests/e2e/run.ts): `targets()`
 * lists only controls that are on screen and take clicks — in particular, once End turn has sealed
 * the month and the next one has begun, no card of the hand that is about to be replaced.
 */
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

interface Sample {
  ms: number;
  scene: string;
  turn: number | null;
  cards: string[];
  endTurn: boolean;
}

/** Samples the scene, month and listed cards every few milliseconds until the board is gone (or `maxMs`). */
function sampleUntilBoardLeaves(d: Driver, maxMs: number): Promise<Sample[]> {
  return d.page.evaluate(async (max) => {
    const q = window.quietChannel!;
    const out: { ms: number; scene: string; turn: number | null; cards: string[]; endTurn: boolean }[] = [];
    const t0 = performance.now();
    for (;;) {
      const st = q.state();
      const ts = q.targets();
      out.push({
        ms: Math.round(performance.now() - t0),
        scene: st.scene,
        turn: st.turn,
        cards: ts.filter((t) => t.id.startsWith('move.') && t.enabled).map((t) => t.id),
        endTurn: ts.some((t) => t.id === 'turn.end' && t.enabled),
      });
      if (st.scene !== 'Board' || performance.now() - t0 > max) return out;
      await new Promise((r) => setTimeout(r, 5));
    }
  }, maxMs);
}

export function registerBoardTests(test: Register): void {
  test('board: after End turn no card of the sealed month is listed, and a quick player is never stranded', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    try {
      await d.startGame('us');
      for (let month = 1; month <= 4; month++) {
        const s = await d.state();
        assert(s.scene === 'Board' && s.turn === month, `expected the board in month ${month}, got ${JSON.stringify(s)}`);
        const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
        assert(cards.length > 0, `no card in month ${month}`);
        await d.click(cards[month % cards.length]!.id);
        const end = await d.waitTarget('turn.end');
        await d.page.mouse.click(end.x + end.width / 2, end.y + end.height / 2);
        const samples = await sampleUntilBoardLeaves(d, 3000);
        // While the board is still up in the next month, nothing of the old hand may be offered.
        const stale = samples.filter((x) => x.scene === 'Board' && x.turn !== month && (x.cards.length > 0 || x.endTurn));
        assert(
          stale.length === 0,
          `month ${month}: for ${stale.length} samples (${stale[0]?.ms}–${stale[stale.length - 1]?.ms} ms) the board of month ${stale[0]?.turn} still listed the old hand: ${stale[0]?.cards.join(', ')}`,
        );
        await d.waitScene('Resolution');
        await d.click('continue');
        await d.waitScene('Board');
        // A quick player: the first card listed takes the click, and End turn comes on at once.
        const first = (await d.targets()).find((t) => t.id.startsWith('move.') && t.enabled);
        assert(first, `no card right after continue in month ${month + 1}`);
        await d.page.mouse.click(first.x + first.width / 2, first.y + first.height / 2);
        await d.page
          .waitForFunction(() => window.quietChannel!.target('turn.end')?.enabled === true, null, { timeout: 2000 })
          .catch(() => undefined);
        assert(
          (await d.page.evaluate(() => window.quietChannel!.target('turn.end')?.enabled)) === true,
          `End turn stayed off after a quick click on ${first.id} in month ${month + 1}`,
        );
      }
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });
}
