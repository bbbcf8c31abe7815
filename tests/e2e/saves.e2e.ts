/**
 * Browser tests of saved games and replays (registered by tests/e2e/run.ts): autosave and
 * continue after a reload or a killed tab, export and import (the CLI verifies the export),
 * hostile files refused with the message visible and the game untouched, the viewer's hashes
 * against the CLI's, share links, take-over branches, and storage that fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';
import { ROOT } from './server';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

const TMP = mkdtempSync(join(tmpdir(), 'qc-saves-'));

async function withDriver(browser: Browser, url: string, body: (d: Driver) => Promise<void>, init?: string): Promise<void> {
  const d = await Driver.open(browser, url, { width: 1280, height: 720 }, init);
  try {
    await body(d);
    assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
  } finally {
    await d.close();
  }
}

/** The CLI on a save file: `npm run replay -- FILE ...args`. */
function cli(file: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', file, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cliHash(file: string, to?: number): string {
  const r = cli(file, ...(to === undefined ? [] : ['--to', String(to)]), '--json');
  assert(r.status === 0, `replay --json failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { hash: string }).hash;
}

const hash = (d: Driver) => d.page.evaluate(() => window.quietChannel!.hash());

async function newGame(d: Driver, seat: 'us' | 'dprk' | 'rok'): Promise<void> {
  await d.waitScene('Title');
  await d.click('title.new');
  await d.click('briefing.skip');
  await d.waitScene('Setup');
  await d.click(`seat.${seat}`);
  await d.click('setup.start');
  await d.waitScene('Board');
}

/** Plays a month by mouse; stops on the Resolution screen when `stayOnNews`. */
async function playMonth(d: Driver, stayOnNews = false): Promise<void> {
  await d.waitScene('Board');
  const s = await d.state();
  const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
  assert(cards.length > 0, 'no card to play');
  await d.click(cards[((s.turn ?? 1) * 7) % cards.length]!.id);
  await d.click('turn.end');
  await d.waitScene('Resolution');
  if (stayOnNews) return;
  await d.click('continue');
  await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Resolution', null, { timeout: 10_000 });
}

async function continueFromTitle(d: Driver): Promise<void> {
  await d.waitScene('Title');
  await d.click('title.continue');
  await d.waitScene('Board');
}

function writeTemp(name: string, text: string): string {
  const file = join(TMP, name);
  writeFileSync(file, text);
  return file;
}

export function registerSavesTests(test: Register): void {
  test('saves: three months, reload, Continue resumes the same state hash', async (browser, url) => {
    await withDriver(browser, url, async (d) => {
      await newGame(d, 'dprk');
      for (let i = 0; i < 3; i++) await playMonth(d);
      const before = await hash(d);
      const state = await d.state();
      assert(before && /^[0-9a-f]{64}$/.test(before), `hash() should give a state hash, got ${before}`);
      await d.page.reload();
      await d.page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
      await d.shot('saves-title-continue');
      await continueFromTitle(d);
      assert((await hash(d)) === before, 'the resumed game has another hash');
      const after = await d.state();
      assert(after.turn === state.turn && after.seat === 'dprk', `resumed ${JSON.stringify(after)}`);
      // The save is the CLI's game too: its final hash is the live one.
      const text = await d.page.evaluate(() => window.quietChannel!.exportSave());
      assert(text, 'exportSave() gave nothing');
      assert(cliHash(writeTemp('reload.json', text)) === before, 'the CLI replays the save to another hash');
    });
  });

  test('saves: a tab killed right after the month’s news resumes with the same hash', async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
      const d = Driver.attach(page);
      await newGame(d, 'us');
      await playMonth(d);
      await playMonth(d);
      await playMonth(d, true);
      // The news is on screen, so the month is saved: close without unload handlers.
      const before = await hash(d);
      await page.close({ runBeforeUnload: false });
      const again = await context.newPage();
      await again.goto(url);
      await again.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
      const d2 = Driver.attach(again);
      await continueFromTitle(d2);
      assert((await hash(d2)) === before, 'the game resumed after the killed tab has another hash');
      assert((await d2.state()).turn === 4, `expected month 4, got ${(await d2.state()).turn}`);
      assert(d.errors.length + d2.errors.length === 0, `console errors: ${[...d.errors, ...d2.errors].join('; ')}`);
    } finally {
      await context.close();
    }
  });

  test('saves: export, import, same hashes; the CLI verifies the exported file', async (browser, url) => {
    await withDriver(browser, url, async (d) => {
      await newGame(d, 'rok');
      for (let i = 0; i < 4; i++) await playMonth(d);
      const live = await hash(d);
      // Export through the menu: a real download.
      await d.click('board.menu');
      await d.waitScene('Dialog');
      const [download] = await Promise.all([d.page.waitForEvent('download'), d.click('choice.export')]);
      const file = join(TMP, download.suggestedFilename());
      await download.saveAs(file);
      assert(/^quiet-channel-seoul-month-4-.*\.json$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
      const verify = cli(file, '--verify');
      assert(verify.status === 0, `replay --verify refused the export: ${verify.stderr}`);
      assert(cliHash(file) === live, 'the CLI replays the export to another hash than the game’s');
      // Import it: the viewer opens; every month's hash is the CLI's.
      const text = readFileSync(file, 'utf8');
      const r = await d.page.evaluate((t) => window.quietChannel!.importSave(t), text);
      assert(r.ok, `import refused: ${JSON.stringify(r)}`);
      await d.waitScene('Replay');
      const last = await d.page.evaluate(() => window.quietChannel!.replay.last());
      assert(last === 4, `the viewer should show 4 months, shows ${last}`);
      for (const n of [0, 2, 4]) {
        await d.page.evaluate((t) => window.quietChannel!.replay.seek(t), n);
        assert((await hash(d)) === cliHash(file, n), `month ${n}: the viewer's hash is not the CLI's`);
      }
      // Resuming the imported copy gives the same game.
      await d.click('replay.back');
      await d.waitScene('Board');
      await d.click('board.menu');
      await d.click('choice.leave');
      await d.waitScene('Title');
      await d.click('title.load');
      await d.waitScene('Saves');
      const imported = (await d.targets()).find((t) => t.id.startsWith('saves.import-') && t.id.endsWith('.resume'));
      assert(imported, 'the imported game is listed');
      await d.shot('saves-list');
      await d.click(imported.id);
      await d.waitScene('Board');
      assert((await hash(d)) === live, 'the imported copy resumes to another hash');
    });
  });

  test('saves: hostile files are refused with the message shown, the game untouched', async (browser, url) => {
    await withDriver(browser, url, async (d) => {
      await newGame(d, 'us');
      await playMonth(d);
      await playMonth(d);
      const before = { hash: await hash(d), state: await d.state() };
      const good = await d.page.evaluate(() => window.quietChannel!.exportSave());
      assert(good, 'a save to tamper with');
      const save = JSON.parse(good) as { checkpoints: { hash: string }[] };
      const hostile: [string, string, RegExp][] = [
        ['broken', good.slice(0, good.length / 2), /not valid JSON/],
        ['tampered', good.replace(save.checkpoints[0]!.hash, 'f'.repeat(64)), /altered/],
        ['too large', good + ' '.repeat(5 * 1024 * 1024), /too large/],
        ['future version', JSON.stringify({ ...(JSON.parse(good) as object), version: 99 }), /newer version/],
        ['prototype keys', good.replace('"format"', '"__proto__": {"admin": true}, "format"'), /__proto__/],
        ['constructor key', good.replace('"seed"', '"constructor": {"prototype": {"x": 1}}, "seed"'), /constructor|prototype/],
      ];
      for (const [name, text, pattern] of hostile) {
        const r = await d.page.evaluate((t) => window.quietChannel!.importSave(t), text);
        assert(!r.ok && pattern.test(r.error), `${name}: ${JSON.stringify(r).slice(0, 300)}`);
        await d.waitScene('Notice');
        // The message is on screen and read out (the assertive live region).
        await d.page.waitForFunction(() => (document.getElementById('announcer-alert')?.textContent ?? '').length > 0, null, {
          timeout: 3000,
        });
        if (name === 'tampered') await d.shot('saves-refused');
        await d.click('choice.ok');
        await d.waitScene('Board');
        assert((await hash(d)) === before.hash, `${name}: the game in progress changed`);
      }
      // A dropped file goes the same way.
      await d.page.evaluate(
        (t) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t], 'hostile.json', { type: 'application/json' }));
          window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        JSON.stringify({ ...(JSON.parse(good) as object), version: 99 }),
      );
      await d.waitScene('Notice');
      await d.page.waitForFunction(() => /newer version/.test(document.getElementById('announcer-alert')?.textContent ?? ''), null, {
        timeout: 3000,
      });
      await d.click('choice.ok');
      // And a file from the picker that is too large is refused before it is read.
      await d.click('board.menu');
      await d.click('choice.leave');
      await d.waitScene('Title');
      await d.click('title.load');
      await d.waitScene('Saves');
      const big = writeTemp('big.json', 'x'.repeat(5 * 1024 * 1024 + 10));
      const [chooser] = await Promise.all([d.page.waitForEvent('filechooser'), d.click('saves.import')]);
      await chooser.setFiles(big);
      await d.waitScene('Notice');
      await d.page.waitForFunction(() => /5 MB/.test(document.getElementById('announcer-alert')?.textContent ?? ''), null, {
        timeout: 5000,
      });
      await d.click('choice.ok');
      await d.waitScene('Saves');
      const listed = (await d.targets()).filter((t) => t.id.endsWith('.replay'));
      assert(listed.length === 1, `only the game played should be listed, found ${listed.length}`);
      await d.click('saves.back');
      await continueFromTitle(d);
      assert((await hash(d)) === before.hash && (await d.state()).turn === before.state.turn, 'the saved game changed');
    });
  });

  test('replay: seeking to month N gives the hash of `replay FILE --to N --json`; perspectives hide secrets', async (browser, url) => {
    // A whole bot game from the simulator.
    const file = join(TMP, 'sim.json');
    const sim = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--games', '1', '--seed', '5', '--save', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert(sim.status === 0, `sim failed: ${sim.stderr}`);
    await withDriver(browser, url, async (d) => {
      const r = await d.page.evaluate((t) => window.quietChannel!.importSave(t), readFileSync(file, 'utf8'));
      assert(r.ok, JSON.stringify(r));
      await d.waitScene('Replay');
      const last = (await d.page.evaluate(() => window.quietChannel!.replay.last()))!;
      const busy: number[] = [];
      for (let n = 0; n <= last; n++) {
        const shown = await d.page.evaluate((t) => window.quietChannel!.replay.seek(t), n);
        assert(shown === n, `seek(${n}) showed ${shown}`);
        assert((await hash(d)) === cliHash(file, n), `month ${n}: the viewer's hash differs from the CLI's`);
        if (await d.page.evaluate(() => window.quietChannel!.target('replay.allNews') !== null)) busy.push(n);
      }
      // A month with more news than the panel's lines opens all of it in a panel.
      assert(busy.length > 0, 'no month of the game offered all its news');
      await d.page.evaluate((t) => window.quietChannel!.replay.seek(t), busy[0]!);
      const label = await d.label('replay.allNews');
      assert(/^All \d+ news items ›$/.test(label ?? ''), `the button reads ${label}`);
      await d.shot('replay-busy-month');
      await d.click('replay.allNews');
      await d.waitScene('Dialog');
      await d.page.waitForTimeout(300);
      await d.shot('replay-all-news');
      await d.key('Escape');
      await d.waitScene('Replay');
      await d.page.evaluate(() => window.quietChannel!.replay.seek(6));
      await d.click('replay.perspective.us');
      await d.page.waitForTimeout(300);
      await d.shot('replay-us');
      await d.click('replay.perspective.all');
      await d.page.waitForTimeout(300);
      await d.shot('replay-all');
      // The transport: step, jump, play.
      await d.click('replay.stepForward');
      assert((await d.page.evaluate(() => window.quietChannel!.replay.turn())) === 7, 'step forward');
      await d.click('replay.stepBack');
      await d.click('replay.stepBack');
      assert((await d.page.evaluate(() => window.quietChannel!.replay.turn())) === 5, 'step back');
      await d.click('replay.end');
      assert((await d.page.evaluate(() => window.quietChannel!.replay.turn())) === last, 'jump to the end');
      await d.click('replay.start');
      await d.click('replay.speed.4');
      await d.click('replay.play');
      await d.page.waitForFunction(() => (window.quietChannel!.replay.turn() ?? 0) >= 2, null, { timeout: 5000 });
      await d.click('replay.play');
      const paused = await d.page.evaluate(() => window.quietChannel!.replay.turn());
      await d.page.waitForTimeout(700);
      assert((await d.page.evaluate(() => window.quietChannel!.replay.turn())) === paused, 'pause stops playback');
      // Keyboard: the timeline takes the arrow keys.
      await d.tabTo('replay.timeline');
      await d.key('ArrowRight');
      assert((await d.page.evaluate(() => window.quietChannel!.replay.turn())) === (paused ?? 0) + 1, 'ArrowRight on the timeline');
      await d.shot('replay-keyboard');
    });
  });

  test('replay: a share link opens the viewer; a tampered one is refused', async (browser, url) => {
    /** Imports `text`, makes its share link and returns it. */
    const linkOf = async (d: Driver, text: string): Promise<string> => {
      await d.page.evaluate((t) => window.quietChannel!.importSave(t), text);
      await d.waitScene('Replay');
      await d.click('replay.share');
      await d.waitScene('Notice');
      const link = await d.page.evaluate(() => (document.getElementById('notice-input') as HTMLInputElement).value);
      assert(link.startsWith(url) && link.includes('#g=') && link.length <= 2000, `link ${link.slice(0, 80)}…`);
      return link;
    };
    const file = join(TMP, 'shared-bots.json');
    const sim = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--games', '1', '--seed', '9', '--save', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert(sim.status === 0, `sim failed: ${sim.stderr}`);
    let botLink = '';
    let personLink = '';
    await withDriver(browser, url, async (d) => {
      await d.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      botLink = await linkOf(d, readFileSync(file, 'utf8'));
      await d.shot('replay-share');
      await d.click('choice.close');
      // A person's unfinished game, with the bots' moves of the month in progress already sealed.
      await d.click('replay.back');
      await newGame(d, 'dprk');
      await playMonth(d);
      await playMonth(d);
      personLink = await linkOf(d, (await d.page.evaluate(() => window.quietChannel!.exportSave()))!);
    });
    // A game of bots comes back exactly: every month's hash is the CLI's for the file.
    const opened = await Driver.open(browser, botLink);
    try {
      await opened.waitScene('Replay');
      const last = (await opened.page.evaluate(() => window.quietChannel!.replay.last()))!;
      for (const n of [0, 3, last]) {
        await opened.page.evaluate((t) => window.quietChannel!.replay.seek(t), n);
        assert(
          (await opened.page.evaluate(() => window.quietChannel!.hash())) === cliHash(file, n),
          `month ${n} of the linked game differs from the file`,
        );
      }
      await opened.shot('replay-from-link');
      assert(opened.errors.length === 0, opened.errors.join('; '));
    } finally {
      await opened.close();
    }
    const person = await Driver.open(browser, personLink);
    try {
      await person.waitScene('Replay');
      assert((await person.page.evaluate(() => window.quietChannel!.replay.last())) === 2, 'the person’s game has its two months');
      assert(person.errors.length === 0, person.errors.join('; '));
    } finally {
      await person.close();
    }
    const i = botLink.indexOf('#g=') + 10;
    const tampered = botLink.slice(0, i) + (botLink[i] === 'A' ? 'B' : 'A') + botLink.slice(i + 1);
    const bad = await Driver.open(browser, tampered);
    try {
      await bad.waitScene('Notice');
      await bad.page.waitForFunction(() => /link/i.test(document.getElementById('announcer-alert')?.textContent ?? ''), null, {
        timeout: 3000,
      });
      await bad.shot('replay-link-refused');
      await bad.click('choice.ok');
      await bad.waitScene('Title');
    } finally {
      await bad.close();
    }
  });

  test('replay: take over from here starts a branch, shown as a tree', async (browser, url) => {
    await withDriver(browser, url, async (d) => {
      await newGame(d, 'us');
      for (let i = 0; i < 5; i++) await playMonth(d);
      await d.click('board.menu');
      await d.click('choice.leave');
      await d.click('title.load');
      await d.waitScene('Saves');
      const replay = (await d.targets()).find((t) => t.id.endsWith('.replay'))!;
      await d.click(replay.id);
      await d.waitScene('Replay');
      await d.page.evaluate(() => window.quietChannel!.replay.seek(3));
      const parentAt3 = await hash(d);
      await d.click('replay.takeOver');
      await d.waitScene('Notice');
      await d.click('choice.dprk');
      await d.waitScene('Board');
      const s = await d.state();
      assert(s.seat === 'dprk' && s.turn === 4, `the branch should start in month 4 as dprk: ${JSON.stringify(s)}`);
      await playMonth(d);
      const exported = JSON.parse((await d.page.evaluate(() => window.quietChannel!.exportSave()))!) as {
        meta?: { parent?: { hash: string; branchTurn: number } };
      };
      assert(
        exported.meta?.parent?.hash === parentAt3 && exported.meta.parent.branchTurn === 3,
        `parent: ${JSON.stringify(exported.meta)}`,
      );
      await d.click('board.menu');
      await d.click('choice.leave');
      await d.click('title.load');
      await d.waitScene('Saves');
      const rows = (await d.targets()).filter((t) => t.id.endsWith('.replay'));
      assert(rows.length === 2, `two games listed, found ${rows.length}`);
      await d.click(rows[0]!.id);
      await d.waitScene('Replay');
      const tree = (await d.targets()).filter((t) => t.id.startsWith('replay.branch.'));
      assert(tree.length === 2, `the tree shows the parent and the branch, found ${tree.map((t) => t.id).join(', ')}`);
      assert((await d.page.evaluate(() => window.quietChannel!.replay.turn())) === 3, 'a branch opens where it left its parent');
      await d.shot('replay-branch');
      // Move through the tree to the parent.
      await d.click(tree[0]!.id);
      await d.page.waitForFunction(() => window.quietChannel!.replay.last() === 5, null, { timeout: 5000 });
    });
  });

  test('storage: unavailable or full, the game goes on with a warning and the file on offer', async (browser, url) => {
    const unavailable = `IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission.', 'SecurityError'); };`;
    const full = `IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`;
    for (const [name, init] of [
      ['unavailable', unavailable],
      ['full', full],
    ] as const) {
      await withDriver(
        browser,
        url,
        async (d) => {
          await newGame(d, 'rok');
          await playMonth(d);
          await d.waitTarget('storage.export');
          await d.page.waitForTimeout(900);
          await d.shot(`storage-${name}`);
          const [download] = await Promise.all([d.page.waitForEvent('download'), d.click('storage.export')]);
          const file = join(TMP, `${name}-${download.suggestedFilename()}`);
          await download.saveAs(file);
          assert(cli(file, '--verify').status === 0, 'the offered file verifies');
          await playMonth(d);
          assert((await d.state()).turn === 3, 'the game goes on');
        },
        init,
      );
    }
  });

  test('storage: a lost IndexedDB connection is reopened and the save retried once', async (browser, url) => {
    await withDriver(
      browser,
      url,
      async (d) => {
        await newGame(d, 'us');
        await playMonth(d);
        // Another party deletes the database: the game lets its connection go, then reopens it.
        await d.page.evaluate(
          () =>
            new Promise<void>((resolve, reject) => {
              const r = indexedDB.deleteDatabase('quiet-channel');
              r.onsuccess = () => resolve();
              r.onerror = () => reject(r.error ?? new Error('deleteDatabase failed'));
              r.onblocked = () => reject(new Error('blocked: the game did not let go'));
            }),
        );
        await playMonth(d);
        const saved = await d.page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const r = indexedDB.open('quiet-channel');
              r.onsuccess = () => {
                const tx = r.result.transaction('games', 'readonly');
                const q = tx.objectStore('games').getAll();
                q.onsuccess = () => resolve((q.result as { turn: number }[])[0]?.turn ?? -1);
                q.onerror = () => reject(q.error ?? new Error('getAll failed'));
              };
              r.onerror = () => reject(r.error ?? new Error('open failed'));
            }),
        );
        assert(saved === 2, `month 2 should be saved after the reconnect, found ${saved}`);
        assert(
          (await d.targets()).every((t) => t.id !== 'storage.export'),
          'no warning after a successful retry',
        );
        // A connection that fails under a write is reopened and the write retried, once: one failure
        // goes unnoticed, two in a row are reported.
        await d.page.evaluate(() => {
          (window as unknown as { __failTx: number }).__failTx = 1;
        });
        await playMonth(d);
        assert(
          (await d.targets()).every((t) => t.id !== 'storage.export'),
          'one lost connection is retried without a warning',
        );
        await d.page.evaluate(() => {
          (window as unknown as { __failTx: number }).__failTx = 2;
        });
        await playMonth(d);
        await d.waitTarget('storage.export');
        await d.page.evaluate(() => {
          (window as unknown as { __failTx: number }).__failTx = 0;
        });
        await playMonth(d);
        await d.page.waitForFunction(() => window.quietChannel!.target('storage.export') === null, null, { timeout: 5000 });
      },
      `(() => {
      window.__failTx = 0;
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (...args) {
        if (window.__failTx > 0) {
          window.__failTx--;
          throw new DOMException('The database connection is closing.', 'InvalidStateError');
        }
        return transaction.apply(this, args);
      };
    })();`,
    );
  });
}

/** A Driver around a page of a context the test manages (Driver.open makes its own context). */
