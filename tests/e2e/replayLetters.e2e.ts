/**
 * Browser test of letters in the replay viewer (registered by tests/e2e/run.ts): a save with
 * letters is imported; in January as Washington the viewer's Letters button counts two letters and
 * key L shows them (Washington's secret letter to Pyongyang among them, read out); as Seoul that
 * secret letter is not there (Seoul's own is), and in February, the month the backchannel leaked, it
 * is. A letter is text, never HTML. The same file with one letter's text edited is refused on import.
 */
import type { Browser } from 'playwright-core';
import { makeSave } from '../../src/codec/save';
import { createGame } from '../../src/engine/runner';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

const TO_PYONGYANG = 'Dear Chairman, a quiet word before anything public. <b>not bold</b>';
const FROM_SEOUL = 'From Seoul, on our own line: talk first.';

/** Two months of three people (rules version 2): letters in January, a leak of the backchannel in February. */
function letteredSaveText(): string {
  const game = createGame({ seed: 11, seats: { us: 'human', dprk: 'human', rok: 'human' }, scenarioVersion: 2 }, { checkpoints: true });
  const send = (from: 'us' | 'dprk' | 'rok', to: 'us' | 'dprk' | 'rok' | 'both', line: 'secret' | 'public', text: string) => {
    const r = game.sendLetter(from, { to, line, text });
    if (!r.ok) throw new Error(r.error);
  };
  send('us', 'dprk', 'secret', TO_PYONGYANG);
  send('rok', 'dprk', 'secret', FROM_SEOUL);
  send('dprk', 'both', 'public', 'To the world: we are ready to talk.');
  for (const [seat, move] of [
    ['us', 'us.sendEnvoy'],
    ['dprk', 'dprk.hold'],
    ['rok', 'rok.hold'],
  ] as const)
    game.play(seat, move);
  if (!game.inject('leak').ok) throw new Error('no leak');
  send('us', 'rok', 'secret', 'Seoul, keep this between us.');
  send(
    'dprk',
    'rok',
    'public',
    `A long public letter to Seoul. ${'We remember every promise made on this peninsula, and every one broken. '.repeat(9)}`,
  );
  for (const seat of ['us', 'dprk', 'rok'] as const) game.play(seat, `${seat}.hold`);
  const text = makeSave(game.save({ title: 'Letters in the viewer' }));
  game.stop();
  return text;
}

interface Shown {
  id: number;
  text: string;
  leakedOn: number | null;
}

export function registerReplayLetterTests(test: Register): void {
  test('letters: the replay viewer shows a month’s letters per perspective; an edited letter is refused on import', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    const shown = () => d.page.evaluate(() => (window.quietChannel as unknown as { replay: { letters(): Shown[] } }).replay.letters());
    const spoken = (part: string) =>
      d.page.waitForFunction((p) => (document.getElementById('announcer')?.textContent ?? '').includes(p), part, { timeout: 5000 });
    try {
      await d.waitScene('Title');
      const text = letteredSaveText();
      const r = await d.page.evaluate((t) => window.quietChannel!.importSave(t), text);
      assert(r.ok, `import refused: ${JSON.stringify(r)}`);
      await d.waitScene('Replay');
      await d.page.evaluate(() => window.quietChannel!.replay.seek(1));
      await d.click('replay.perspective.us');
      await d.page.waitForTimeout(200);
      assert((await d.label('replay.letters')) === '✉ Letters (2)', `the month's letters button says ${await d.label('replay.letters')}`);
      const us = await shown();
      assert(
        us.some((l) => l.text === TO_PYONGYANG) && us.length === 2,
        `Washington reads its letter to Pyongyang in January: ${JSON.stringify(us)}`,
      );
      await d.shot('replay-letters-button');

      // Key L opens the month's letters; they are read out.
      await d.key('l');
      await d.waitScene('ReplayLetters');
      await spoken('Dear Chairman, a quiet word');
      await d.page.waitForTimeout(300);
      await d.shot('replay-letters-us');
      assert((await d.page.locator('b').count()) === 0, 'a letter is never rendered as HTML');
      await d.key('Escape');
      await d.waitScene('Replay');

      // As Seoul, January has Seoul's own letter and the public one, not Washington's secret letter.
      await d.click('replay.perspective.rok');
      await d.page.waitForTimeout(200);
      const rok = await shown();
      assert(
        !rok.some((l) => l.text === TO_PYONGYANG),
        `Seoul does not read Washington's secret letter in January: ${JSON.stringify(rok)}`,
      );
      assert(
        rok.some((l) => l.text === FROM_SEOUL),
        `Seoul reads its own letter: ${JSON.stringify(rok)}`,
      );
      await d.click('replay.letters');
      await d.waitScene('ReplayLetters');
      await spoken('From Seoul, on our own line');
      const heard = await d.page.evaluate(() => document.getElementById('announcer')?.textContent ?? '');
      assert(!heard.includes('Dear Chairman'), `Seoul's list reads out the hidden letter: ${heard}`);
      await d.page.waitForTimeout(300);
      await d.shot('replay-letters-rok');

      // "." steps to February with the list open: the backchannel leaked, so Seoul now reads the letter.
      await d.key('.');
      await spoken('leaked in February 2025');
      const february = await shown();
      assert(
        february.some((l) => l.text === TO_PYONGYANG && l.leakedOn === 2),
        `Seoul reads the leaked letter in February: ${JSON.stringify(february)}`,
      );
      await d.page.waitForTimeout(300);
      await d.shot('replay-letters-leaked');
      await d.key('l');
      await d.waitScene('Replay');

      // The same file with a letter's text edited is refused, with the reason on screen.
      const edited = text.replace('From Seoul, on our own line', 'From Seoul, we give up');
      const bad = await d.page.evaluate((t) => window.quietChannel!.importSave(t), edited);
      assert(!bad.ok && /letters do not match/.test(bad.error), `an edited letter is refused: ${JSON.stringify(bad)}`);
      await d.waitScene('Notice');
      await d.page.waitForFunction(
        () => /Its letters have been altered/.test(document.getElementById('announcer-alert')?.textContent ?? ''),
        null,
        {
          timeout: 3000,
        },
      );
      await d.page.waitForTimeout(300);
      await d.shot('replay-letters-edited');
      await d.click('choice.ok');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } catch (e) {
      await d.shot('replay-letters-failed');
      throw new Error(`${e instanceof Error ? e.message : String(e)} (on ${JSON.stringify(await d.state())})`, { cause: e });
    } finally {
      await d.close();
    }
  });
}
