/**
 * Browser test of letters (registered by tests/e2e/run.ts): in a hot-seat game of Washington and
 * Seoul (Pyongyang a bot), Washington opens the letters panel, writes a secret letter to Seoul and
 * one to Pyongyang, and plays its move; after the hand-off Seoul reads the letter written to it,
 * not the one to Pyongyang, in its panel. The text is typed into the panel's text area and shown
 * on the canvas as text.
 */
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

interface SeenLetter {
  id: number;
  from: string;
  to: string;
  line: string;
  text: string;
  leakedOn: number | null;
}

const TO_SEOUL = 'Seoul, keep this between us: the envoy goes next month. <b>not bold</b>';
const TO_PYONGYANG = 'Dear Chairman, a quiet word before anything public.';

export function registerLetterTests(test: Register): void {
  test('letters: Washington writes to Seoul and Pyongyang; after the hand-off Seoul reads only its own', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    try {
      const letters = () => d.page.evaluate(() => (window.quietChannel as unknown as { letters(): SeenLetter[] }).letters());
      await d.waitScene('Title');
      await d.click('title.new');
      await d.click('briefing.skip');
      await d.waitScene('Setup');
      await d.click('seat.us');
      await d.click('human.rok');
      await d.click('bot.dprk.dealmaker');
      await d.click('setup.start');
      await d.waitScene('HandOff');
      await d.page.waitForTimeout(600);
      await d.click('continue');
      await d.waitScene('Board');
      assert((await d.state()).seat === 'us', 'Washington plays first');

      // Key L opens the panel; Send waits for a recipient.
      await d.key('l');
      await d.waitScene('Letters');
      assert(
        (await d.targets()).some((t) => t.id === 'letters.send' && !t.enabled),
        'Send is off until a recipient is chosen',
      );
      const write = async (to: string, text: string) => {
        await d.click(`letters.to.${to}`);
        await d.click('letters.line.secret');
        await d.page.fill('#letter-text', text);
        await d.click('letters.send');
        await d.page.waitForFunction(
          (t) => (window.quietChannel as unknown as { letters(): SeenLetter[] }).letters().some((l) => l.text === t),
          text,
          {
            timeout: 5000,
          },
        );
        assert((await d.page.inputValue('#letter-text')) === '', 'the text area is emptied once the letter is sent');
      };
      await write('rok', TO_SEOUL);
      await write('dprk', TO_PYONGYANG);
      await d.page.waitForTimeout(200);
      await d.shot('letters-written');
      const mine = await letters();
      assert(
        mine.length === 2 && mine.every((l) => l.from === 'us' && l.line === 'secret'),
        `Washington's letters: ${JSON.stringify(mine)}`,
      );
      await d.click('letters.close');
      await d.waitScene('Board');
      assert((await d.label('board.letters')) === 'Letters', 'the board has its letters button');
      await d.shot('letters-board');

      // Washington plays a card; the device goes to Seoul.
      const card = (await d.targets()).find((t) => t.id.startsWith('move.us.') && t.enabled);
      assert(card, 'Washington has a card to play');
      await d.click(card.id);
      await d.click('turn.end');
      await d.waitScene('HandOff');
      await d.page.waitForTimeout(600);
      await d.click('continue');
      await d.waitScene('Board');
      assert((await d.state()).seat === 'rok', 'Seoul holds the device');
      const seen = await letters();
      assert(
        seen.some((l) => l.text === TO_SEOUL && l.to === 'rok'),
        `Seoul reads the letter to it: ${JSON.stringify(seen)}`,
      );
      assert(!seen.some((l) => l.text === TO_PYONGYANG), 'Seoul does not read the letter to Pyongyang');
      await d.click('board.letters');
      await d.waitScene('Letters');
      await d.page.waitForTimeout(200);
      await d.shot('letters-read');
      assert((await d.page.locator('b').count()) === 0, 'a letter is never rendered as HTML');
      await d.click('letters.close');
    } catch (e) {
      await d.shot('letters-failed');
      throw new Error(`${e instanceof Error ? e.message : String(e)} (on ${JSON.stringify(await d.state())})`, { cause: e });
    } finally {
      await d.close();
    }
  });
}
