/**
 * Browser test of the negotiation table (scenario version 3; registered by tests/e2e/run.ts): a new
 * game as Washington opens the table from the board by its key, builds an offer to Pyongyang term
 * by term (its worth to the player shown as it grows), closes the table, ends the turn with a card,
 * and finds the offer on the table in the next month. Screenshots in English, German and Korean.
 */
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

/** The polite announcer's text once it contains `part` (it is written a frame after being cleared). */
async function heard(d: Driver, part: string): Promise<string> {
  return d.page
    .waitForFunction(
      (p) => {
        const text = document.getElementById('announcer')?.textContent ?? '';
        return text.includes(p) ? text : false;
      },
      part,
      { timeout: 3000 },
    )
    .then((h) => h.jsonValue() as Promise<string>)
    .catch(() => d.page.evaluate(() => document.getElementById('announcer')?.textContent ?? ''));
}

export function registerTableTests(test: Register): void {
  test('table: build an offer, seal it with the card, and find it on the table next month', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    try {
      await d.toSetup('us');
      // The table is the default rules (version 4); the classic rules are a toggle, left off.
      const classic = (await d.targets()).find((t) => t.id === 'setup.classic');
      assert(classic !== undefined, 'Setup should offer the classic rules as a choice');
      await d.shot('setup-table');
      await d.click('setup.start');
      await d.waitScene('Board');
      const button = await d.waitTarget('board.table');
      assert(button.label === 'Table', `the board's table button reads ${button.label}`);

      // The key T opens the table over the board, and it is announced.
      await d.key('t');
      await d.waitScene('Table');
      assert((await heard(d, 'Negotiation table')).includes('Negotiation table'), 'opening the table should be announced');
      await d.shot('table-open');
      const ids = (await d.targets()).map((t) => t.id);
      assert(ids.includes('table.partner.dprk'), `no partner Pyongyang on the table: ${ids.join(', ')}`);

      // Build: to Pyongyang, in public, give partial relief, ask a roadmap (1 capital: no surcharge).
      await d.click('table.partner.dprk');
      await d.click('table.line.public');
      await d.click('table.give.partialRelief');
      await d.click('table.ask.roadmap');
      const spoken = await heard(d, 'worth');
      assert(/worth [+−-]?\d+([.,]\d+)? to you/.test(spoken), `adding a term should say the offer's worth, said "${spoken}"`);
      await d.page.waitForTimeout(300);
      await d.shot('table-built');
      await d.key('Escape');
      await d.waitScene('Board');

      // End turn with a card: the offer goes with it.
      const card = (await d.targets()).find((t) => t.id.startsWith('move.') && t.enabled)!;
      await d.click(card.id);
      await d.page.waitForTimeout(300);
      await d.shot('table-board-ready');
      await d.click('turn.end');
      await d.waitScene('Resolution', 20_000);
      await d.click('continue');
      await d.waitScene('Board');
      await d.click('board.table');
      await d.waitScene('Table');
      const offers = (await d.targets()).filter((t) => /^offer\.\d+$/.test(t.id));
      const mine = offers.find((t) => t.label.includes('Washington → Pyongyang'));
      assert(mine, `the offer is not on the table: ${offers.map((t) => t.label).join(' | ')}`);
      assert(
        mine.label.includes('Partial sanctions relief') && mine.label.includes('Denuclearization roadmap'),
        `the offer reads ${mine.label}`,
      );
      assert(mine.label.includes('Public'), `the offer's line: ${mine.label}`);
      await d.page.waitForTimeout(300);
      await d.shot('table-next-month');

      // The same table in German and Korean (screenshots to look at).
      for (const lang of ['de', 'ko'] as const) {
        await d.key('Escape');
        await d.waitScene('Board');
        await d.click('board.settings');
        await d.waitScene('Settings');
        await d.click(`settings.language.${lang}`);
        await d.page.waitForTimeout(500);
        await d.click('settings.close');
        await d.waitScene('Board');
        await d.click('board.table');
        await d.waitScene('Table');
        await d.page.waitForTimeout(600);
        await d.shot(`table-${lang}`);
      }
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });
}
