/**
 * A classroom session played over days, on the Phaser board (registered by tests/e2e/run.ts): the
 * classroom server with a session whose months resolve at a deadline 48 hours on, Washington a
 * team (Pyongyang and Seoul bots). The student joins and plays on the board at 1024×600: the
 * status chip gives the deadline; the teacher asks for a memo and the board's memo button appears;
 * the memo panel shows the teacher's prompt, refuses an empty memo, sends one (the teacher has it),
 * and shows the server's refusal once the teacher withdraws the request (the text stays). The team
 * seals a move, the board says it may change until the month resolves, the team changes it, and
 * the teacher resolves the month: the server played the changed move.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { connectTeacher, type TeacherClient } from '../../src/net/client';
import { newActionId } from '../../src/net/protocol';
import { startClassroomServer } from '../../src/server/server';
import { assert, type Driver } from './driver';
import { createSession, joinAsStudent, watch } from './net.e2e';
import { ROOT } from './server';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

const PROMPT = 'Which of the three conditions for a backchannel does Washington meet this month, and how do you know?';
const MEMO = 'The President is determined, but Congress is not yet on side: we start in secret. <b>not bold</b>';

/** What the page's screen reader regions said last (polite and assertive). */
function said(page: Page): Promise<{ polite: string; alert: string }> {
  return page.evaluate(() => ({
    polite: document.getElementById('announcer')?.textContent ?? '',
    alert: document.getElementById('announcer-alert')?.textContent ?? '',
  }));
}

async function waitSaid(page: Page, part: string, which: 'polite' | 'alert'): Promise<void> {
  await page.waitForFunction(
    ([p, w]) => (document.getElementById(w === 'alert' ? 'announcer-alert' : 'announcer')?.textContent ?? '').includes(p!),
    [part, which],
    { timeout: 10_000 },
  );
}

/** Every control on screen lies inside the viewport. */
async function fits(d: Driver, where: string): Promise<void> {
  const size = d.page.viewportSize()!;
  for (const t of await d.targets())
    assert(
      t.x >= -1 && t.y >= -1 && t.x + t.width <= size.width + 1 && t.y + t.height <= size.height + 1,
      `${where}: ${t.id} is off screen at ${size.width}×${size.height}: ${JSON.stringify(t)}`,
    );
}

async function waitTeacher(teacher: TeacherClient, what: string, ok: (t: TeacherClient) => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!ok(teacher)) {
    if (Date.now() > deadline) throw new Error(`the teacher never saw ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function registerNetCourseTests(test: Register): void {
  test('network over days: the Phaser board shows the deadline, sends a memo and changes the sealed move', async (browser) => {
    const server = await startClassroomServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'qc-e2e-course-')),
      distDir: resolve(ROOT, 'dist'),
      log: () => {},
    });
    const context = await browser.newContext({ viewport: { width: 1024, height: 600 }, deviceScaleFactor: 1 });
    let teacher: TeacherClient | null = null;
    let d: Driver | null = null;
    try {
      const { code, teacherKey } = await createSession(server, {
        seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' },
        deadline: { kind: 'hours', hours: 48 },
        seed: 11,
      });
      const t = await connectTeacher({ baseUrl: server.url, code, teacherKey });
      if (!t.ok) throw new Error(t.error);
      teacher = t.value;
      const page = await context.newPage();
      d = watch(page);
      await joinAsStudent(page, server, code, 'Herons');
      const net = () => page.evaluate(() => window.quietChannel!.net()!);

      // The deadline: two days on, in the chip (no countdown of minutes); no memo asked yet.
      const first = await net();
      const hours = ((first.course.dueAt ?? 0) - Date.now()) / 3_600_000;
      assert(hours > 47 && hours <= 48, `the month is due in 48 hours: ${JSON.stringify(first.course)}`);
      assert(first.course.memo === null && (await page.evaluate(() => window.quietChannel!.target('board.memo'))) === null, 'no memo yet');

      // The teacher asks for a memo this month: the board's memo button appears.
      const asked = await teacher.command({ id: newActionId('t'), action: 'memos', months: [1], prompts: { us: PROMPT } });
      assert(asked.ok, `memos: ${JSON.stringify(asked)}`);
      await d.waitTarget('board.memo');
      await page.waitForTimeout(300);
      await d.shot('course-board');
      await fits(d, 'board');

      // Key P opens the memo panel: the prompt is read out, the caret is in the text box.
      await d.key('p');
      await d.waitScene('Memo');
      await waitSaid(page, PROMPT, 'polite');
      assert((await d.focused()) === 'memo.text', `the text box has the focus: ${await d.focused()}`);
      assert(await page.evaluate(() => document.activeElement?.id === 'memo-text'), 'the caret is in the memo field');
      assert((await page.getAttribute('#memo-text', 'maxlength')) === '1200', 'the memo field holds at most 1,200 characters');
      await d.click('memo.send');
      await waitSaid(page, 'Write the memo first.', 'alert');
      await page.focus('#memo-text');
      await page.keyboard.type(MEMO);
      await d.tabTo('memo.send');
      await d.key('Enter');
      await waitTeacher(teacher, 'the memo', (x) => x.getState()?.course?.memos.some((m) => m.seat === 'us' && m.text === MEMO) === true);
      await page.waitForFunction(() => window.quietChannel!.net()!.course.memo?.sent === true, null, { timeout: 10_000 });
      await waitSaid(page, 'Memo sent.', 'polite');
      await page.waitForTimeout(200);
      await d.shot('course-memo-sent');
      await fits(d, 'memo panel');

      // The teacher withdraws the request; a second version is refused with the server's reason, and kept.
      const withdrawn = await teacher.command({ id: newActionId('t'), action: 'memos', months: [] });
      assert(withdrawn.ok, `withdraw: ${JSON.stringify(withdrawn)}`);
      await page.waitForFunction(() => window.quietChannel!.net()!.course.memo === null, null, { timeout: 10_000 });
      await page.fill('#memo-text', `${MEMO} Revised.`);
      await d.click('memo.send');
      await waitSaid(page, 'has not asked for a memo', 'alert');
      assert((await said(page)).alert.startsWith('The memo was not sent:'), `the refusal is said: ${(await said(page)).alert}`);
      assert((await page.inputValue('#memo-text')) === `${MEMO} Revised.`, 'a refused memo stays in the field');
      await page.waitForTimeout(200);
      await d.shot('course-memo-refused');
      await d.click('memo.close');
      await d.waitScene('Board');
      assert((await page.evaluate(() => window.quietChannel!.target('board.memo'))) === null, 'the memo button goes with the request');

      // The team seals a move: the board says it may change until the month resolves.
      const cards = (await d.targets()).filter((x) => x.id.startsWith('move.us.') && x.enabled);
      assert(cards.length >= 2, 'two cards to choose between');
      const [a, b] = [cards[0]!.id.slice('move.'.length), cards[1]!.id.slice('move.'.length)];
      await d.click(`move.${a}`);
      await d.click('turn.end');
      await waitTeacher(teacher, `${a} sealed`, (x) => x.getState()?.sealed.us?.move === a);
      await page.waitForFunction(() => window.quietChannel!.target('turn.end')?.label === 'Change my move', null, { timeout: 10_000 });
      await waitSaid(page, 'You may change it until the month resolves', 'polite');
      const sealed = await net();
      assert(sealed.course.sealed === a && !sealed.course.changing, `sealed: ${JSON.stringify(sealed.course)}`);
      assert((await d.state()).turn === 1 && (await d.state()).scene === 'Board', 'the month waits for its deadline');
      await page.waitForTimeout(300);
      await d.shot('course-sealed');
      await fits(d, 'sealed');

      // While sealed the negotiation table is locked; once the team chooses again it opens with the hand.
      const partner = () => page.evaluate(() => window.quietChannel!.target('table.partner.dprk')?.enabled === true);
      await d.key('t');
      await d.waitScene('Table');
      assert(!(await partner()), 'the table is locked while the move is sealed');
      await d.key('Escape');
      await d.waitScene('Board');

      // Change my move (by keyboard), another card, End turn: the server holds the new move.
      await d.tabTo('turn.end');
      await d.key('Enter');
      await page.waitForFunction(() => window.quietChannel!.net()!.course.changing === true, null, { timeout: 5000 });
      assert((await d.label('turn.end')) === 'End turn', 'End turn is back while choosing again');
      assert(
        (await page.evaluate(() => window.quietChannel!.targets().find((x) => x.id === 'turn.end')))?.enabled === true,
        'End turn is on with the sealed card chosen',
      );
      await d.key('t');
      await d.waitScene('Table');
      assert(await partner(), 'the table opens again while the team chooses again');
      await d.key('Escape');
      await d.waitScene('Board');
      await d.click(`move.${b}`);
      await page.waitForTimeout(200);
      await d.shot('course-changing');
      await d.click('turn.end');
      await waitTeacher(teacher, `${b} sealed`, (x) => x.getState()?.sealed.us?.move === b);
      await page.waitForFunction(() => window.quietChannel!.target('turn.end')?.label === 'Change my move', null, { timeout: 10_000 });
      assert((await d.state()).turn === 1, 'still month 1: the deadline has not come');

      // The same board and memo panel in German and Korean (screenshots to look at), with a memo asked again.
      const again = await teacher.command({ id: newActionId('t'), action: 'memos', months: [1] });
      assert(again.ok, `memos again: ${JSON.stringify(again)}`);
      await d.waitTarget('board.memo');
      for (const lang of ['de', 'ko'] as const) {
        await d.click('board.settings');
        await d.waitScene('Settings');
        await d.click(`settings.language.${lang}`);
        await page.waitForTimeout(500);
        await d.click('settings.close');
        await d.waitScene('Board');
        await page.waitForTimeout(400);
        await d.shot(`course-sealed-${lang}`);
        await fits(d, `sealed (${lang})`);
        await d.key('p');
        await d.waitScene('Memo');
        await page.waitForTimeout(400);
        await d.shot(`course-memo-${lang}`);
        await fits(d, `memo panel (${lang})`);
        await d.click('memo.close');
        await d.waitScene('Board');
      }

      // The teacher resolves the month: the changed move is the one played.
      const resolved = await teacher.command({ id: newActionId('t'), action: 'resolve' });
      assert(resolved.ok, `resolve: ${JSON.stringify(resolved)}`);
      await d.waitScene('Resolution');
      await waitTeacher(teacher, 'the month resolved', (x) => (x.getState()?.actions ?? []).some((m) => m.seat === 'us' && m.turn === 1));
      const played = teacher.getState()!.actions.filter((m) => m.seat === 'us' && m.turn === 1);
      assert(played.length === 1 && played[0]!.move === b && played[0]!.by === 'team', `month 1's move: ${JSON.stringify(played)}`);
      await page.waitForTimeout(1200);
      await d.shot('course-resolved');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } catch (e) {
      await d?.shot('course-failed');
      throw new Error(`${e instanceof Error ? e.message : String(e)} (on ${JSON.stringify(await d?.state())})`, { cause: e });
    } finally {
      teacher?.dispose();
      await context.close();
      await server.close();
    }
  });
}
