/**
 * Browser test of the month's news (registered by tests/e2e/run.ts): a story too long for its card
 * is cut at a word with an ellipsis, and its card offers "Read all", which opens the whole story
 * with its source, by mouse and by keyboard, and says it to screen readers. A month with more news
 * than one screen holds shows it on pages.
 */
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

/** Records everything the announcer says. */
const SPOKEN = `
  window.__spoken = [];
  document.addEventListener('DOMContentLoaded', () => {
    for (const id of ['announcer', 'announcer-alert']) {
      const el = document.getElementById(id);
      if (el) new MutationObserver(() => { if (el.textContent) window.__spoken.push(el.textContent); }).observe(el, { childList: true, characterData: true, subtree: true });
    }
  });
`;

/** A new game as Washington with `seed`, on its board. */
async function seededGame(d: Driver, seed: number): Promise<void> {
  await d.toSetup('us');
  await d.click('setup.seed');
  await d.page.keyboard.type(String(seed));
  await d.click('setup.start');
  await d.waitScene('Board');
}

function spoken(d: Driver): Promise<string[]> {
  return d.page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
}

export function registerNewsTests(test: Register): void {
  test('news: a story cut on its card opens whole with "Read all", by mouse and by keyboard', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 }, SPOKEN);
    try {
      await seededGame(d, 7);
      const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
      await d.click(cards[0]!.id);
      await d.click('turn.end');
      // Seed 7's first month brings four items, the starting facts among them: more than four
      // cards' room at full length.
      await d.waitScene('Resolution');
      const more = await d.waitTarget('news.more.0');
      assert(more.height >= 20 && more.width >= 80, `"Read all" is too small to click: ${JSON.stringify(more)}`);
      const label = await d.label('news.more.0');
      assert(label === 'Read all ›', `the button reads ${label}`);
      await d.page.waitForTimeout(1200); // the cards' entrance
      await d.shot('news-cards');

      // By mouse: the whole story, then Close.
      const before = (await spoken(d)).length;
      await d.click('news.more.0');
      await d.waitScene('Dialog');
      await d.waitTarget('choice.close');
      await d.page.waitForTimeout(300);
      await d.shot('news-story');
      const said = (await spoken(d)).slice(before).join(' ');
      assert(said.length > 120, `the story was not said whole: "${said}"`);
      assert(!said.includes('…'), `the story was said cut: "${said}"`);
      assert(/Fact|Claim/.test(said), `the story's source was not said: "${said}"`);
      await d.click('choice.close');
      await d.waitScene('Resolution');

      // By keyboard: Tab to a card's button (the second one when there is one), Enter opens it, Escape closes it.
      const second = (await d.targets()).find((t) => t.id.startsWith('news.more.') && t.id !== 'news.more.0');
      await d.tabTo(second?.id ?? 'news.more.0');
      await d.key('Enter');
      await d.waitScene('Dialog');
      await d.key('Escape');
      await d.waitScene('Resolution');
      // The news screen goes on as before.
      await d.click('continue');
      await d.waitScene('Board');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });

  test('news: a busy month shows all its news on pages, turned by mouse and by keyboard', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 }, SPOKEN);
    try {
      // Seed 7 as Washington, always the first card: month 2 brings six items (two turning
      // points, two events and two offers).
      await seededGame(d, 7);
      let busy = false;
      for (let month = 1; month <= 8 && !busy; month++) {
        const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
        await d.click(cards[0]!.id);
        await d.click('turn.end');
        await d.waitScene('Resolution');
        await d.waitTarget('continue');
        busy = (await d.targets()).some((t) => t.id === 'news.next');
        if (!busy) {
          await d.click('continue');
          await d.waitScene('Board');
        }
      }
      assert(busy, 'no month of seed 7 had more news than one page holds');
      const off = (id: string) => d.page.evaluate((i) => window.quietChannel!.target(i)?.enabled === false, id);
      assert(await off('news.prev'), 'the first page offers a previous one');
      await d.page.waitForTimeout(1200);
      await d.shot('news-page-1');
      const before = (await spoken(d)).length;
      await d.click('news.next');
      await d.page.waitForFunction(() => window.quietChannel!.target('news.prev')?.enabled === true, null, { timeout: 5_000 });
      await d.page.waitForTimeout(900);
      await d.shot('news-page-2');
      const said = (await spoken(d)).slice(before).join(' ');
      assert(/Page 2 of \d+ · \d+ items\. \S/.test(said), `the page turn was not said with its headlines: "${said}"`);
      // By keyboard: back to the first page, where Previous is off again.
      await d.tabTo('news.prev');
      await d.key('Enter');
      await d.page.waitForFunction(() => window.quietChannel!.target('news.prev')?.enabled === false, null, { timeout: 5_000 });
      assert(!(await off('news.next')), 'the first page lost its way to the next');
      await d.click('continue');
      await d.waitScene('Board');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });
}
