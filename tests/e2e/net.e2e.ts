/**
 * Network mode in the browser (registered by tests/e2e/run.ts): the classroom server on 127.0.0.1
 * (port 0, a temporary data folder) serving the built dist/, a session with one human seat and two
 * bots, a student joining through the join page, which opens the Phaser game at
 * index.html#net=CODE; one month is played on the Board by mouse, and the Resolution arrives from
 * the server. A tab without a seat is sent to the join page. A second test covers what a lesson
 * throws at a student's tab: a refresh, the server going away and coming back, the teacher's
 * pause and resume, and the month's timer running out.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import { connectTeacher } from '../../src/net/client';
import { newActionId } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { axeViolations } from './axe';
import { ARTIFACTS, assert, Driver } from './driver';
import { ROOT } from './server';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

/** Creates a session through the automation interface; returns its code and teacher key. */
export async function createSession(server: ClassroomServer, body: Record<string, unknown>): Promise<{ code: string; teacherKey: string }> {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`creating a session failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { code: string; teacherKey: string };
}

/** Drives `page`, collecting its console and page errors and, as errors too, failed requests. */
export function watch(page: Page): Driver {
  const d = Driver.attach(page);
  page.on('response', (r) => {
    if (r.status() >= 400) d.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return d;
}

/** Opens the game without a seat, is sent to the join page, joins as `team` and waits for the Board. */
export async function joinAsStudent(page: Page, server: ClassroomServer, code: string, team: string): Promise<void> {
  await page.goto(`${server.url}/index.html#net=${code}`);
  await page.waitForURL(/join\.html\?code=/, { timeout: 15_000 });
  await page.fill('#team', team);
  await page.click('button[type=submit]');
  // The team's first device is shown its PIN (for teammates on other devices) before the game.
  await page.locator('#continue').waitFor({ timeout: 15_000 });
  const violations = await axeViolations(page);
  assert(violations.length === 0, `axe on the join page's PIN screen:\n  ${violations.join('\n  ')}`);
  await page.click('#continue');
  await page.waitForURL(/index\.html#net=/, { timeout: 15_000 });
  await page.waitForFunction(() => window.quietChannel?.state().scene === 'Board', null, { timeout: 30_000 });
}

export function registerNetTests(test: Register): void {
  test('network: join a classroom session and play a month on the Phaser board', async (browser) => {
    const server = await startClassroomServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'qc-e2e-net-')),
      distDir: resolve(ROOT, 'dist'),
      log: () => {},
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      const { code } = await createSession(server, {
        seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' },
        turnSeconds: 600,
        seed: 11,
      });
      const page = await context.newPage();
      const d = watch(page);
      const errors = d.errors;
      // Without a seat, the game sends the tab to the join page.
      await joinAsStudent(page, server, code, 'Owls');
      const s = await page.evaluate(() => window.quietChannel!.state());
      assert(s.seat === 'us' && s.turn === 1, `expected Washington in month 1, got ${JSON.stringify(s)}`);
      // The server holds the game: the page has no state hash and no save of it.
      const kept = await page.evaluate(() => ({ hash: window.quietChannel!.hash(), save: window.quietChannel!.exportSave() }));
      assert(
        kept.hash === null && kept.save === null,
        `a network game has no hash or save in the page, got ${JSON.stringify(kept).slice(0, 200)}`,
      );
      // A letter travels through the server: written in the panel, it comes back in the seat's view.
      await page.keyboard.press('l');
      await page.waitForFunction(() => window.quietChannel!.state().scene === 'Letters', null, { timeout: 5000 });
      await d.click('letters.to.dprk');
      await d.click('letters.line.public');
      await page.fill('#letter-text', 'Washington to Pyongyang, in public: we are ready to talk.');
      await d.click('letters.send');
      await page.waitForFunction(
        () =>
          (window.quietChannel as unknown as { letters(): { text: string; to: string }[] })
            .letters()
            .some((l) => l.to === 'dprk' && l.text.startsWith('Washington to Pyongyang')),
        null,
        { timeout: 10_000 },
      );
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-letter-1280x720.png') });
      await d.click('letters.close');
      await page.waitForFunction(() => window.quietChannel!.state().scene === 'Board', null, { timeout: 5000 });
      const targets = await page.evaluate(() => window.quietChannel!.targets());
      const end = targets.find((t) => t.id === 'turn.end');
      assert(end && !end.enabled, 'End turn should be off before a card is chosen');
      const card = targets.find((t) => t.id.startsWith('move.us.') && t.enabled);
      assert(card, 'a card to play');
      await d.click(card.id);
      await d.waitTarget('turn.end', 5000);
      await page.waitForTimeout(500);
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-board-1280x720.png') });
      await d.click('turn.end');
      await page.waitForFunction(() => window.quietChannel!.state().scene === 'Resolution', null, { timeout: 15_000 });
      await page.waitForTimeout(1200);
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-news-1280x720.png') });
      await d.click('continue');
      await page.waitForFunction(() => window.quietChannel!.state().scene === 'Board' && window.quietChannel!.state().turn === 2, null, {
        timeout: 10_000,
      });
      await page.waitForTimeout(600);
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-board-month2-1280x720.png') });
      assert(errors.length === 0, `console errors:\n  ${errors.join('\n  ')}`);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test("network: a refresh, a server restart, the teacher's pause and the month's timer, as a student's tab meets them", async (browser) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-e2e-net-'));
    const distDir = resolve(ROOT, 'dist');
    let server = await startClassroomServer({ port: 0, dataDir, distDir, log: () => {} });
    const port = server.port;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    const TURN_SECONDS = 12;
    try {
      const { code, teacherKey } = await createSession(server, {
        seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'human' },
        turnSeconds: TURN_SECONDS,
        seed: 23,
      });
      const page = await context.newPage();
      const d = watch(page);
      const errors = d.errors;
      await joinAsStudent(page, server, code, 'Cranes');
      const net = () => page.evaluate(() => window.quietChannel!.net()!);
      let s = await page.evaluate(() => window.quietChannel!.state());
      assert(s.seat === 'rok' && s.turn === 1, `expected Seoul in month 1, got ${JSON.stringify(s)}`);
      const first = await net();
      assert(
        first.connection === 'open' && first.status === 'playing',
        `the tab should be connected to a running game: ${JSON.stringify(first)}`,
      );
      assert(
        first.remainingMs !== null && first.remainingMs > 0 && first.remainingMs <= TURN_SECONDS * 1000,
        `the month's timer should be running: ${JSON.stringify(first)}`,
      );

      // A refresh comes back to the same seat in the same month.
      await page.reload();
      await page.waitForFunction(() => window.quietChannel?.state().scene === 'Board', null, { timeout: 30_000 });
      s = await page.evaluate(() => window.quietChannel!.state());
      assert(s.seat === 'rok' && s.turn === 1, `after a refresh: ${JSON.stringify(s)}`);

      // The teacher pauses: the chip says so, the timer stops, and End turn stays off with a card chosen.
      const teacher = await connectTeacher({ baseUrl: server.url, code, teacherKey });
      if (!teacher.ok) throw new Error(teacher.error);
      const paused = await teacher.value.command({ id: newActionId('t'), action: 'pause' });
      assert(paused.ok, `pause: ${JSON.stringify(paused)}`);
      await page.waitForFunction(() => window.quietChannel!.net()?.status === 'paused', null, { timeout: 5000 });
      const pausedAt = await net();
      const card = (await page.evaluate(() => window.quietChannel!.targets())).find((t) => t.id.startsWith('move.rok.') && t.enabled);
      assert(card, 'a card to play');
      await d.click(card.id);
      await page.waitForTimeout(1500);
      const whilePaused = await net();
      const end = await page.evaluate(() => window.quietChannel!.target('turn.end'));
      assert(end && !end.enabled, 'End turn must stay off while the session is paused');
      assert(
        pausedAt.remainingMs !== null && whilePaused.remainingMs === pausedAt.remainingMs,
        `the timer must not run while paused: ${pausedAt.remainingMs} then ${whilePaused.remainingMs}`,
      );
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-paused-1280x720.png') });

      // The server goes away: the tab says it is reconnecting, then finds its seat again.
      teacher.value.dispose();
      const errorsBefore = errors.length;
      await server.close();
      await page.waitForFunction(() => window.quietChannel!.net()?.connection !== 'open', null, { timeout: 10_000 });
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-reconnecting-1280x720.png') });
      server = await startClassroomServer({ port, dataDir, distDir, log: () => {} });
      await page.waitForFunction(() => window.quietChannel!.net()?.connection === 'open', null, { timeout: 30_000 });
      // While the server was away (or shutting down, or restoring its rooms) the browser logs its
      // refused connections and 503 answers to joins; nothing else may appear.
      const whileAway = errors.splice(errorsBefore);
      assert(
        whileAway.every((e) => /WebSocket|ERR_CONNECTION_REFUSED|status of 503|HTTP 503: .*\/matchmake\//.test(e)),
        `errors while the server was away:\n  ${whileAway.join('\n  ')}`,
      );
      s = await page.evaluate(() => window.quietChannel!.state());
      assert(s.scene === 'Board' && s.seat === 'rok' && s.turn === 1, `after the restart: ${JSON.stringify(s)}`);
      assert((await net()).status === 'paused', 'the session is still paused after the restart');

      // The teacher resumes; nobody plays; the timer runs out and the month resolves without Seoul.
      const again = await connectTeacher({ baseUrl: server.url, code, teacherKey });
      if (!again.ok) throw new Error(again.error);
      const resumed = await again.value.command({ id: newActionId('t'), action: 'resume' });
      assert(resumed.ok, `resume: ${JSON.stringify(resumed)}`);
      await page.waitForFunction(() => window.quietChannel!.net()?.status === 'playing', null, { timeout: 5000 });
      await page.waitForFunction(() => window.quietChannel!.state().scene === 'Resolution', null, { timeout: (TURN_SECONDS + 10) * 1000 });
      await page.waitForTimeout(1000);
      await page.screenshot({ path: resolve(ARTIFACTS, 'net-timer-news-1280x720.png') });
      const rokMove = (again.value.getState()?.actions ?? []).find((a) => a.seat === 'rok' && a.turn === 1);
      assert(rokMove?.by === 'timer', `Seoul's month-1 move should come from the timer, got ${JSON.stringify(rokMove)}`);
      again.value.dispose();
      assert(errors.length === 0, `console errors:\n  ${errors.join('\n  ')}`);
    } finally {
      await context.close();
      await server.close();
    }
  });
}
