/**
 * Browser test of the month's news (registered by tests/e2e/run.ts): a story too long for its card
 * is cut at a word with an ellipsis, and its card offers "Read all", which opens the whole story
 * with its source, by mouse and by keyboard, and says it to screen readers.
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

function spoken(d: Driver): Promise<string[]> {
  return d.page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
}

export function registerNewsTests(test: Register): void {
  test('news: a story cut on its card opens whole with "Read all", by mouse and by keyboard', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 }, SPOKEN);
    try {
      await d.startGame('us');
      const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
      await d.click(cards[0]!.id);
      await d.click('turn.end');
      // The first month's news holds the starting facts and the month's events: more than four
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
}
