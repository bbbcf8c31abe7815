/**
 * Browser tests of hot-seat play (registered by tests/e2e/run.ts): two people on one device,
 * Washington and Seoul, Pyongyang a bot. Played to an ending by mouse clicks on `targets()`.
 * Washington plays its secret moves whenever it can (their audience is Pyongyang, not Seoul), and
 * every screen Seoul sees is checked: its view (`moves()`) never names one of them before a leak.
 * The hand-off screen offers nothing but `continue`.
 */
import type { Browser } from 'playwright-core';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

interface SeenMove {
  turn: number;
  seat: string;
  move: string | null;
  secret: boolean;
  revealedOn: number | null;
}

const US_SECRETS = ['us.sendEnvoy', 'us.offerFreeze'];

/** From the title to the setup screen's start button: Washington and Seoul people, Pyongyang a bot. */
async function startWashingtonAndSeoul(d: Driver): Promise<void> {
  await d.waitScene('Title');
  await d.click('title.new');
  await d.click('briefing.skip');
  await d.waitScene('Setup');
  await d.click('seat.us');
  await d.click('human.rok');
  await d.click('bot.dprk.dealmaker');
}

export function registerHotSeatTests(test: Register): void {
  test('hot-seat: Washington and Seoul on one device, to an ending, no secret crosses the hand-off', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    try {
      const moves = () => d.page.evaluate(() => (window.quietChannel as unknown as { moves(): SeenMove[] }).moves());
      await startWashingtonAndSeoul(d);
      await d.page.waitForTimeout(300);
      await d.shot('hotseat-setup');
      await d.click('setup.start');
      await d.waitScene('HandOff');
      await d.shot('hotseat-handoff');
      const usSecretsPlayed = new Set<string>();
      let handOffs = 0;
      let rokBoards = 0;
      let shotRok = true;
      let shotNews = true;
      /** What Seoul's screen may know: no secret Washington move unless it leaked. */
      const checkRok = async (where: string) => {
        const s = await d.state();
        if (s.seat !== 'rok' || s.ending !== null) return;
        for (const m of await moves()) {
          if (m.seat !== 'us' || !m.secret || m.revealedOn !== null) continue;
          assert(m.move === null, `${where}, month ${s.turn}: Seoul sees Washington's secret move ${m.move}`);
        }
        for (const m of await moves()) {
          if (m.move && usSecretsPlayed.has(`${m.turn}:${m.move}`))
            assert(m.revealedOn !== null || m.seat !== 'us', `${where}: ${m.move} visible to Seoul before a leak`);
        }
        const labels = (await d.targets()).map((t) => t.id).join(' ');
        assert(!US_SECRETS.some((id) => labels.includes(id)), `${where}: a Washington card is on Seoul's screen`);
      };
      for (let guard = 0; guard < 200; guard++) {
        const s = await d.state();
        if (s.scene === 'Ending') break;
        if (s.scene === 'HandOff') {
          handOffs++;
          const ids = (await d.targets()).map((t) => t.id);
          assert(ids.length === 1 && ids[0] === 'continue', `the hand-off screen offers ${ids.join(', ')}`);
          await checkRok('hand-off');
          await d.click('continue');
          await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'HandOff', null, { timeout: 10_000 });
        } else if (s.scene === 'Board') {
          await checkRok('board');
          if (s.seat === 'rok') rokBoards++;
          let cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
          assert(
            cards.length > 0 && cards.every((c) => c.id.startsWith(`move.${s.seat}.`)),
            `month ${s.turn}: ${s.seat}'s hand shows ${cards.map((c) => c.id).join(', ')}`,
          );
          let pick = cards[((s.turn ?? 1) * 5) % cards.length]!.id;
          if (s.seat === 'us') {
            // Look through every page of the hand for a secret card.
            for (let p = 0; p < 4; p++) {
              const secret = cards.find((c) => US_SECRETS.includes(c.id.slice(5)));
              if (secret) {
                pick = secret.id;
                break;
              }
              const next = await d.page.evaluate(() => window.quietChannel!.target('hand.next'));
              if (!next?.enabled) break;
              await d.click('hand.next');
              cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
            }
            if (!cards.some((c) => c.id === pick)) pick = cards[0]!.id;
            if (US_SECRETS.includes(pick.slice(5))) usSecretsPlayed.add(`${s.turn}:${pick.slice(5)}`);
          }
          await d.click(pick);
          if (s.seat === 'rok' && shotRok && usSecretsPlayed.size > 0) {
            await d.page.waitForTimeout(600);
            await d.shot('hotseat-board-rok');
            shotRok = false;
          }
          await d.click('turn.end');
          await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Board', null, { timeout: 10_000 });
        } else if (s.scene === 'Resolution') {
          await checkRok('news');
          if (s.seat === 'rok' && usSecretsPlayed.size > 0 && shotNews) {
            await d.page.waitForTimeout(900);
            await d.shot('hotseat-news-rok');
            shotNews = false;
          }
          await d.click('continue');
          await d.page.waitForFunction(() => window.quietChannel!.state().scene !== 'Resolution', null, { timeout: 10_000 });
        } else await d.page.waitForTimeout(100);
      }
      const s = await d.state();
      assert(s.scene === 'Ending' && s.ending !== null, `the hot-seat game did not end: ${JSON.stringify(s)}`);
      assert(handOffs >= 2 && rokBoards >= 1, `expected hand-offs and Seoul's turns, got ${handOffs} hand-offs, ${rokBoards} Seoul boards`);
      assert(usSecretsPlayed.size > 0, 'Washington never played a secret move: the check proved nothing');
      await d.page.waitForTimeout(1200);
      await d.shot('hotseat-ending');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });

  test('hot-seat: Continue after a reload opens the hand-off screen for the seat whose move is due', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    try {
      await startWashingtonAndSeoul(d);
      await d.click('setup.start');
      await d.waitScene('HandOff');
      await d.click('continue');
      await d.waitScene('Board');
      assert((await d.state()).seat === 'us', 'Washington should play first');
      const card = (await d.targets()).find((t) => t.id.startsWith('move.us.') && t.enabled)!;
      await d.click(card.id);
      await d.click('turn.end');
      await d.waitScene('HandOff');
      const handedTo = await d.state();
      assert(
        handedTo.seat === 'rok' && handedTo.turn === 1,
        `after Washington's move the device should go to Seoul in month 1, got ${JSON.stringify(handedTo)}`,
      );
      // The autosave is written after each move: wait until the stored game holds Washington's move, then reopen the tab.
      await d.page.waitForFunction(
        () =>
          new Promise<boolean>((done) => {
            const r = indexedDB.open('quiet-channel');
            r.onerror = () => done(false);
            r.onsuccess = () => {
              const q = r.result.transaction('texts', 'readonly').objectStore('texts').getAll();
              q.onerror = () => done(false);
              q.onsuccess = () => {
                r.result.close();
                done(
                  (q.result as unknown[]).some(
                    (t) =>
                      typeof t === 'string' &&
                      (JSON.parse(t) as { actions: { seat: string; turn: number }[] }).actions.some((a) => a.seat === 'us' && a.turn === 1),
                  ),
                );
              };
            };
          }),
        null,
        { timeout: 10_000, polling: 200 },
      );
      await d.page.reload();
      await d.page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
      await d.click('title.continue');
      await d.waitScene('HandOff');
      const resumed = await d.state();
      assert(
        resumed.seat === 'rok' && resumed.turn === 1,
        `Continue should hand the device to Seoul in month 1, got ${JSON.stringify(resumed)}`,
      );
      const ids = (await d.targets()).map((t) => t.id);
      assert(ids.length === 1 && ids[0] === 'continue', `the hand-off screen after Continue offers ${ids.join(', ')}`);
      await d.shot('hotseat-continue-handoff');
      await d.click('continue');
      await d.waitScene('Board');
      const cards = (await d.targets()).filter((t) => t.id.startsWith('move.') && t.enabled);
      assert(
        cards.length > 0 && cards.every((c) => c.id.startsWith('move.rok.')),
        `Seoul's desk shows ${cards.map((c) => c.id).join(', ')}`,
      );
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });
}
