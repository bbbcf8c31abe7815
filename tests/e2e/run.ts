/**
 * Browser tests: the built game, served by `vite preview` on a free 127.0.0.1 port, driven by
 * playwright-core with Debian's Chromium. Every test fails on any console error. Screenshots of
 * every screen go to tests/e2e/artifacts/ (git-ignored). Prints "N passed, N failed" last and
 * exits non-zero on a failure.
 *
 *   npm run test:e2e                 # build, serve, run everything
 *   npm run test:e2e -- --no-build   # reuse dist/
 *   npm run test:e2e -- keyboard     # only tests whose name contains "keyboard"
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from './server';
import { assert, Driver } from './driver';
import { registerSavesTests } from './saves.e2e';
import { missingUiKeys } from './uiKeys';
import { registerHotSeatTests } from './hotseat.e2e';
import { registerNetTests } from './net.e2e';
import { registerNetCourseTests } from './netCourse.e2e';
import { registerHardTests } from './hard.e2e';
import { registerBoardTests } from './board.e2e';
import { registerNewsTests } from './news.e2e';
import { registerLabTests } from './lab.e2e';
import { registerTableTests } from './table.e2e';
import { registerPanelTableTests } from './panelTable.e2e';
import { registerTurningTests } from './turning.e2e';
import { registerLetterTests } from './letters.e2e';
import { registerReplayLetterTests } from './replayLetters.e2e';
import { registerConsoleTests } from './console.e2e';

type Test = { name: string; run: (browser: Browser, url: string) => Promise<void> };
const tests: Test[] = [];
const test = (name: string, run: Test['run']) => tests.push({ name, run });

/** Opens a page, runs `body`, then fails on any console error the page logged. */
async function withPage(
  browser: Browser,
  url: string,
  size: { width: number; height: number },
  body: (d: Driver) => Promise<void>,
  init?: string,
): Promise<void> {
  const d = await Driver.open(browser, url, size, init);
  try {
    await body(d);
    assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
  } finally {
    await d.close();
  }
}

/** Plays from the title screen to an ending by mouse clicks on `targets()`. */
async function playByMouse(
  d: Driver,
  seat: 'us' | 'dprk' | 'rok',
  opts: { briefing: boolean; shots: boolean; tag: string },
): Promise<void> {
  await d.waitScene('Title');
  if (opts.shots) await d.shot(`${opts.tag}-title`);
  await d.click('title.new');
  await d.waitScene('Briefing');
  if (opts.shots) await d.shot(`${opts.tag}-briefing`);
  if (opts.briefing) {
    for (let i = 0; i < 12 && (await d.state()).scene === 'Briefing'; i++) {
      await d.click('continue');
      await d.page.waitForTimeout(120);
    }
  } else await d.click('briefing.skip');
  await d.waitScene('Setup');
  await d.click(`seat.${seat}`);
  if (opts.shots) await d.shot(`${opts.tag}-setup`);
  await d.click('setup.start');
  await d.waitScene('Board');
  let s = await d.state();
  assert(s.seat === seat && s.turn === 1, `expected a new game as ${seat} in month 1, got ${JSON.stringify(s)}`);
  let shotBoard = opts.shots;
  let shotNews = opts.shots;
  for (let guard = 0; guard < 80; guard++) {
    s = await d.state();
    if (s.scene === 'Ending') break;
    if (s.scene === 'Board') {
      const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
      assert(cards.length > 0, `no playable card in month ${s.turn}`);
      const pick = cards[((s.turn ?? 1) * 5) % cards.length]!;
      assert(
        cards.every((c) => c.id.startsWith(`move.${seat}.`)),
        `hand shows another seat's card: ${cards.map((c) => c.id).join(', ')}`,
      );
      await d.click(pick.id);
      if (shotBoard) {
        await d.page.waitForTimeout(900);
        await d.shot(`${opts.tag}-board`);
        shotBoard = false;
      }
      await d.click('turn.end');
      await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Board', null, { timeout: 10_000 });
    } else if (s.scene === 'Resolution') {
      if (shotNews) {
        await d.page.waitForTimeout(1300);
        await d.shot(`${opts.tag}-news`);
        shotNews = false;
      }
      await d.click('continue');
      await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Resolution', null, { timeout: 10_000 });
    } else {
      await d.page.waitForTimeout(100);
    }
  }
  s = await d.state();
  assert(s.scene === 'Ending' && s.ending !== null, `game did not reach an ending: ${JSON.stringify(s)}`);
  await d.waitTarget('ending.new');
  if (opts.shots) {
    await d.page.waitForTimeout(1600);
    await d.shot(`${opts.tag}-ending`);
  }
}

test('texts: every UI key used by the code exists in en, de and ko', async () => {
  const missing = await missingUiKeys();
  assert(missing.length === 0, `missing UI texts:\n  ${missing.join('\n  ')}`);
});

for (const seat of ['us', 'dprk', 'rok'] as const) {
  test(`mouse: a whole game as ${seat}`, async (browser, url) => {
    await withPage(browser, url, { width: 1280, height: 720 }, (d) =>
      playByMouse(d, seat, { briefing: seat === 'us', shots: true, tag: `mouse-${seat}` }),
    );
  });
}

test('keyboard only: a whole game', async (browser, url) => {
  await withPage(browser, url, { width: 1280, height: 720 }, async (d) => {
    await d.waitScene('Title');
    await d.tabTo('title.new');
    await d.shot('keyboard-title');
    await d.key('Enter');
    await d.waitScene('Briefing');
    assert((await d.focused()) === 'continue', `briefing focus is on ${await d.focused()}`);
    for (let i = 0; i < 12 && (await d.state()).scene === 'Briefing'; i++) {
      await d.key('Enter');
      await d.page.waitForTimeout(120);
    }
    await d.waitScene('Setup');
    await d.tabTo('seat.rok');
    await d.key('Enter');
    await d.tabTo('difficulty.easy');
    await d.key('Space');
    await d.shot('keyboard-setup');
    await d.tabTo('setup.start');
    await d.key('Enter');
    await d.waitScene('Board');
    await d.page.waitForFunction(() => (document.getElementById('announcer')?.textContent ?? '').includes('January 2025'), null, {
      timeout: 5000,
    });
    for (let guard = 0; guard < 80; guard++) {
      const s = await d.state();
      if (s.scene === 'Ending') break;
      if (s.scene === 'Board') {
        await d.page.waitForFunction(() => window.quietChannel!.focused()?.startsWith('move.') === true, null, { timeout: 5000 });
        await d.key('ArrowRight', (s.turn ?? 1) % 3);
        const card = await d.focused();
        assert(card?.startsWith('move.rok.'), `focus should be on a card, is on ${card}`);
        await d.key('Enter');
        if (s.turn === 1) await d.shot('keyboard-board');
        await d.tabTo('turn.end');
        await d.key('Enter');
        await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Board', null, { timeout: 10_000 });
      } else if (s.scene === 'Resolution') {
        await d.page.waitForFunction(() => window.quietChannel!.focused() === 'continue', null, { timeout: 5000 });
        await d.key('Enter');
        await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Resolution', null, { timeout: 10_000 });
      } else await d.page.waitForTimeout(100);
    }
    const s = await d.state();
    assert(s.scene === 'Ending' && s.ending !== null, `keyboard game did not end: ${JSON.stringify(s)}`);
    await d.page.waitForFunction(() => window.quietChannel!.focused() === 'ending.new', null, { timeout: 5000 });
    // The announcer clears the region and writes the text a frame later, so wait for it.
    const spoken = await d.page
      .waitForFunction(
        () => {
          const text = document.getElementById('announcer-alert')?.textContent ?? '';
          return text.startsWith('Game over') ? text : false;
        },
        null,
        { timeout: 3000 },
      )
      .then((h) => h.jsonValue() as Promise<string>)
      .catch(() => d.page.evaluate(() => document.getElementById('announcer-alert')?.textContent ?? ''));
    assert(spoken.startsWith('Game over'), `the ending should be announced, got "${spoken}"`);
    await d.shot('keyboard-ending');
  });
});

test('languages: German and Korean labels, Korean glyphs, remembered', async (browser, url) => {
  await withPage(browser, url, { width: 1280, height: 720 }, async (d) => {
    await d.waitScene('Title');
    assert((await d.label('title.new')) === 'New game', `English label is ${await d.label('title.new')}`);
    await d.click('title.language.de');
    await d.page.waitForFunction(() => window.quietChannel!.target('title.new')?.label === 'Neues Spiel', null, { timeout: 5000 });
    assert((await d.state()).language === 'de', 'state().language should be de');
    assert((await d.label('title.settings')) === 'Einstellungen', 'settings label in German');
    await d.shot('lang-de-title');
    await d.click('title.settings');
    await d.waitScene('Settings');
    assert((await d.label('settings.close')) === 'Schließen', 'close label in German');
    await d.shot('lang-de-settings');
    await d.click('settings.language.ko');
    await d.page.waitForFunction(() => window.quietChannel!.target('settings.close')?.label === '닫기', null, { timeout: 8000 });
    const glyphs = await d.page.evaluate(() => document.fonts.check('700 16px "Noto Sans KR"', '새 게임 닫기'));
    assert(glyphs, 'Noto Sans KR should be loaded for the Korean labels');
    await d.shot('lang-ko-settings');
    await d.key('Escape');
    await d.waitScene('Title');
    assert((await d.label('title.new')) === '새 게임', `Korean title label is ${await d.label('title.new')}`);
    await d.shot('lang-ko-title');
    await d.page.reload();
    await d.page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
    assert((await d.state()).language === 'ko', 'language should be remembered after a reload');
    await d.click('title.new');
    await d.waitScene('Briefing');
    await d.shot('lang-ko-briefing');
    await d.click('briefing.skip');
    await d.waitScene('Setup');
    await d.click('seat.dprk');
    await d.shot('lang-ko-setup');
    await d.click('setup.start');
    await d.waitScene('Board');
    assert((await d.label('turn.end')) === '턴 종료', `End turn in Korean is ${await d.label('turn.end')}`);
    const first = (await d.targets()).find((t) => t.id.startsWith('move.'));
    assert(first, 'a card');
    await d.click(first.id);
    await d.page.waitForTimeout(800);
    await d.shot('lang-ko-board');
    // Switch language in the middle of a game: the board is rebuilt with the same selection.
    await d.click('board.settings');
    await d.waitScene('Settings');
    await d.click('settings.language.de');
    await d.page.waitForFunction(() => window.quietChannel!.target('settings.close')?.label === 'Schließen', null, { timeout: 5000 });
    await d.click('settings.close');
    await d.waitScene('Board');
    assert((await d.label('turn.end')) === 'Zug beenden', `End turn in German is ${await d.label('turn.end')}`);
    await d.shot('lang-de-board');
    await d.click('turn.end');
    await d.waitScene('Resolution');
    await d.page.waitForTimeout(1300);
    await d.shot('lang-de-news');
  });
});

test('audio: nothing before a gesture, M mutes and is remembered', async (browser, url) => {
  const init = `(() => { window.__audioContexts = 0; const A = window.AudioContext; if (A) { window.AudioContext = class extends A { constructor(...a) { super(...a); window.__audioContexts++; } }; } })();`;
  await withPage(
    browser,
    url,
    { width: 1280, height: 720 },
    async (d) => {
      await d.waitScene('Title');
      await d.page.waitForTimeout(500);
      const before = await d.page.evaluate(() => (window as unknown as { __audioContexts: number }).__audioContexts);
      assert(before === 0, `an AudioContext was created before any gesture (${before})`);
      await d.click('title.credits');
      await d.waitScene('Credits');
      const audio = await d.page.evaluate(() => window.quietChannel!.audio());
      assert(audio.unlocked, 'the first click should start audio');
      if (audio.available) {
        await d.page.waitForFunction(() => window.quietChannel!.audio().loaded >= 9, null, { timeout: 10_000 }).catch(() => undefined);
        const after = await d.page.evaluate(() => window.quietChannel!.audio());
        assert(after.loaded >= 9, `only ${after.loaded} of 9 sounds loaded`);
      }
      await d.shot('credits');
      await d.key('Escape');
      await d.waitScene('Title');
      await d.key('m');
      const muted = await d.page.evaluate(() => JSON.parse(localStorage.getItem('quietChannel.settings') ?? '{}').muted);
      assert(muted === true, 'M should mute and remember it');
      await d.click('title.settings');
      await d.waitScene('Settings');
      await d.click('settings.music.down');
      await d.click('settings.music.down');
      const vol = await d.page.evaluate(() => JSON.parse(localStorage.getItem('quietChannel.settings') ?? '{}').musicVolume);
      assert(Math.abs(vol - 0.4) < 0.001, `music volume should be 0.4, is ${vol}`);
      await d.shot('settings');
      await d.page.reload();
      await d.page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
      await d.click('title.settings');
      await d.waitScene('Settings');
      assert((await d.label('settings.mute')) === 'Sound muted', `mute should be remembered, label is ${await d.label('settings.mute')}`);
    },
    init,
  );
});

test('continue: a saved game resumes in the same month', async (browser, url) => {
  await withPage(browser, url, { width: 1280, height: 720 }, async (d) => {
    await d.click('title.new');
    await d.click('briefing.skip');
    await d.waitScene('Setup');
    await d.click('seat.dprk');
    await d.click('setup.start');
    await d.waitScene('Board');
    for (let i = 0; i < 2; i++) {
      const card = (await d.targets()).find((t) => t.id.startsWith('move.') && t.enabled)!;
      await d.click(card.id);
      await d.click('turn.end');
      await d.waitScene('Resolution');
      await d.click('continue');
      await d.waitScene('Board');
    }
    const before = await d.state();
    await d.click('board.menu');
    await d.waitScene('Dialog');
    await d.shot('dialog');
    await d.click('choice.leave');
    await d.waitScene('Title');
    await d.page.reload();
    await d.page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
    await d.shot('title-continue');
    await d.click('title.continue');
    await d.waitScene('Board');
    const after = await d.state();
    assert(after.turn === before.turn && after.seat === 'dprk', `resumed ${JSON.stringify(after)} instead of month ${before.turn}`);
    assert(JSON.stringify(after.indicators) === JSON.stringify(before.indicators), 'indicators differ after continuing');
  });
});

test('sizes: 1024×600 and 1920×1080 keep every control on screen', async (browser, url) => {
  for (const size of [
    { width: 1024, height: 600 },
    { width: 1920, height: 1080 },
  ]) {
    await withPage(browser, url, size, async (d) => {
      const check = async (screen: string) => {
        const ts = await d.targets();
        assert(ts.length > 0, `${screen}: no targets`);
        for (const t of ts) {
          assert(
            t.x >= -1 && t.y >= -1 && t.x + t.width <= size.width + 1 && t.y + t.height <= size.height + 1,
            `${screen}: ${t.id} is off screen at ${size.width}×${size.height}: ${JSON.stringify(t)}`,
          );
        }
        await d.shot(`size-${screen}`);
      };
      await d.waitScene('Title');
      await check('title');
      await d.click('title.new');
      await d.waitScene('Briefing');
      await check('briefing');
      await d.click('briefing.skip');
      await d.waitScene('Setup');
      await check('setup');
      await d.click('setup.start');
      await d.waitScene('Board');
      await d.page.waitForTimeout(500);
      await check('board');
      const card = (await d.targets()).find((t) => t.id.startsWith('move.'))!;
      await d.click(card.id);
      await d.click('turn.end');
      await d.waitScene('Resolution');
      await d.page.waitForTimeout(1300);
      await check('news');
    });
  }
});

registerHotSeatTests(test);
registerNetTests(test);
registerNetCourseTests(test);
registerBoardTests(test);
registerNewsTests(test);
registerTableTests(test);
registerPanelTableTests(test);
registerLetterTests(test);
registerReplayLetterTests(test);
registerConsoleTests(test);
registerHardTests(test);
registerLabTests(test);
registerTurningTests(test);

registerSavesTests(test);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith('--'));
  const server = await serve({ build: !args.includes('--no-build') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      if (filter && !t.name.includes(filter)) continue;
      const start = Date.now();
      try {
        await t.run(browser, server.url);
        passed++;
        console.log(`ok   ${t.name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${t.name}\n     ${(e instanceof Error ? e.message : String(e)).split('\n').join('\n     ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
