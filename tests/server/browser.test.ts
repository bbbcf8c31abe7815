/**
 * Two Chromium pages against the real server and the built pages: the teacher creates a session
 * in the console, a student joins through the join page and plays a move; the teacher sees the
 * team (its name rendered as text), the move, and ends the game; the debrief renders. Builds the
 * pages into a temporary folder first. Needs /usr/bin/chromium (skipped without it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { axeViolations } from '../e2e/axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/server';

const CHROMIUM = CHROMIUM_PATH;
const run = existsSync(CHROMIUM) ? describe : describe.skip;
let server: ClassroomServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  const out = mkdtempSync(join(tmpdir(), 'qc-dist-'));
  const root = resolve('.');
  // vite.config.ts builds the game and the classroom pages; only the output folder differs.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    {
      stdio: 'pipe',
      cwd: root,
    },
  );
  server = await startClassroomServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'qc-browser-')), distDir: out, log: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

run('teacher console and join page in Chromium', () => {
  it('a teacher creates a session, a student joins and plays, the teacher ends it and reads the debrief', async () => {
    const teacherCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacher = await teacherCtx.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    teacher.on('pageerror', (e) => errors.push(e.message));
    teacher.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
    });
    // The irreversible commands ask first; this teacher agrees (and the test notes what was asked).
    teacher.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await teacher.goto(`${server.url}/teacher.html`);
    expect(await axeViolations(teacher)).toEqual([]);
    await teacher.selectOption('select[name=dprk]', 'bot:hawk');
    await teacher.selectOption('select[name=rok]', 'bot:dove');
    await teacher.selectOption('select[name=turnSeconds]', '0');
    await teacher.click('button[type=submit]');
    const code = (await teacher.locator('.code').textContent({ timeout: 15_000 }))!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await expect.poll(() => teacher.locator('canvas.qr').evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(100);

    const student = await (await browser.newContext()).newPage();
    student.on('pageerror', (e) => errors.push(e.message));
    student.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
    });
    await student.goto(`${server.url}/join.html?code=${code}&panel=1`); // the simple panel (the default is the map view)
    await student.locator('.lobby label').first().waitFor({ timeout: 15_000 });
    expect(await axeViolations(student)).toEqual([]);
    const hostile = '<b>Eagles</b>';
    await student.fill('#team', hostile);
    await student.fill('#member', 'Ada');
    await student.click('button[type=submit]');
    // The founding device is shown the team's PIN, which the console shows too.
    const pin = (await student.locator('.pin').textContent({ timeout: 15_000 }))!.trim();
    expect(pin).toMatch(/^\d{4}$/);
    expect(await axeViolations(student)).toEqual([]);
    await student.click('#continue');
    await student.locator('button[data-move="us.hold"]').waitFor({ timeout: 15_000 });
    expect(await student.locator('.reason-hint').textContent()).toContain('public move');
    expect(await axeViolations(student)).toEqual([]);
    await student.locator('button[data-move="us.hold"]').click({ timeout: 15_000 });
    // The bots have sealed theirs, so the month resolves at once.
    await expect.poll(() => student.locator('.status .month').textContent()).toContain('February 2025');

    // The teacher sees the team's name as text, and the move.
    await expect.poll(() => teacher.locator('.seats .team').first().textContent()).toBe(hostile);
    expect(await teacher.locator('.seats .team b').count()).toBe(0);
    await expect.poll(() => teacher.locator('.log').textContent()).toContain('Washington');
    expect(await teacher.locator('.seats .roster').first().textContent()).toMatch(new RegExp(`^PIN ${pin} · Ada \\(\\d\\d:\\d\\d\\)$`));
    expect(await axeViolations(teacher)).toEqual([]);
    // A second device of the team needs the PIN: the name alone is refused.
    const mate = await (await browser.newContext()).newPage();
    await mate.goto(`${server.url}/join.html?code=${code}&panel=1`);
    await mate.fill('#team', hostile.toUpperCase());
    await mate.click('button[type=submit]');
    await expect.poll(() => mate.locator('.error').textContent()).toContain('PIN');
    await mate.fill('#pin', pin);
    await mate.click('button[type=submit]');
    await expect.poll(() => mate.locator('header h1').textContent(), { timeout: 15_000 }).toContain('Eagles');
    await mate.context().close();

    // Pausing asks first.
    await teacher.click('.controls button:has-text("Pause")');
    await expect.poll(() => teacher.locator('.pill').first().textContent()).toBe('paused');
    expect(dialogs.at(-1)).toMatch(/^Pause the game\?/);

    // A refresh keeps the seat.
    await student.reload();
    await expect.poll(() => student.locator('header h1').textContent(), { timeout: 15_000 }).toContain('Eagles');

    await teacher.click('button.danger');
    await teacher.locator('a.button.primary').waitFor({ timeout: 15_000 });
    const debrief = await teacherCtx.newPage();
    await debrief.goto(`${server.url}/debrief.html#code=${code}`);
    await debrief.locator('.discussion li').first().waitFor({ timeout: 15_000 });
    expect(await debrief.locator('.discussion li').count()).toBe(6);
    expect(await debrief.locator('.chart-box').count()).toBe(14);
    // One month resolved before the teacher ended the game in month 2.
    expect(await debrief.locator('.lead').textContent()).toContain('after 1 month;');
    expect(await axeViolations(debrief)).toEqual([]);
    expect(await axeViolations(teacher)).toEqual([]);
    expect(dialogs.some((m) => m.startsWith('End the game now?'))).toBe(true);
    // What if: the class's own game, its turning points found on this page's workers.
    await debrief.selectOption('#debrief-turning-futures', '20');
    await debrief.click('#debrief-turning-run');
    await expect.poll(() => debrief.locator('#debrief-turning-status').textContent(), { timeout: 90_000 }).toMatch(/examined: 1 /);
    expect(await debrief.locator('#debrief-turning-run').textContent()).toBe('Find again');
    // Without a key the debrief page still has its heading.
    const keyless = await (await browser.newContext()).newPage();
    await keyless.goto(`${server.url}/debrief.html#code=${code}`);
    await keyless.locator('h1').waitFor({ timeout: 15_000 });
    expect(await axeViolations(keyless)).toEqual([]);
    await keyless.context().close();
    await debrief.screenshot({ path: join(tmpdir(), 'qc-debrief.png'), fullPage: true });
    await teacher.screenshot({ path: join(tmpdir(), 'qc-teacher.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('a cohort: made on the console, compared on the board (console and debrief), and a session’s course card', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
    });
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${server.url}/teacher.html`);
    // The templates fill the form in one click.
    await page.click('button[data-template=weeks]');
    expect([
      await page.inputValue('select[name=deadline]'),
      await page.inputValue('select[name=turnSeconds]'),
      await page.inputValue('input[name=maxTurns]'),
    ]).toEqual(['weekdays', '0', '10']);
    await page.click('button[data-template=compare]');
    expect(await page.inputValue('input[name=cohortSessions]')).toBe('2');
    expect(await page.inputValue('input[name=seed]')).toMatch(/^\d+$/);
    await page.click('button[data-template=weeks]');
    await page.selectOption('select[name=dprk]', 'bot:hawk');
    await page.selectOption('select[name=rok]', 'bot:dove');
    await page.fill('input[name=seed]', '8');
    await page.fill('input[name=maxTurns]', '12');
    await page.fill('input[name=cohortName]', 'Period <b>3</b>');
    await page.fill('input[name=cohortSessions]', '3');
    await page.click('form.cohort button[type=submit]');
    await page.locator('.compare-endings').waitFor({ timeout: 15_000 });
    expect(await page.locator('.lead').textContent()).toContain('Period <b>3</b> · 3 sessions · seed 8');
    expect(await axeViolations(page)).toEqual([]);
    const id = /cohort=([A-Z0-9]+)/.exec(page.url())![1]!;
    const codes = await page.locator('.compare-endings a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('=')[1]!));
    expect(codes).toHaveLength(3);

    // The three classes play two months; the third one's Washington plays another card in month 2.
    const pins: string[] = [];
    codes.forEach((code, i) => {
      const s = server.hub.get(code)!;
      expect(s.config.deadline).toMatchObject({ kind: 'schedule', days: [1, 2, 3, 4, 5], time: '09:00' });
      const joined = s.join(`Class ${i + 1}`, { seat: 'us' });
      pins.push(joined.ok ? joined.value.pin : '');
      for (let month = 1; month <= 2; month++) {
        const legal = s.seatMessage('us').view.legal;
        const move = i === 2 && month === 2 ? legal[1]!.id : 'us.hold';
        expect(s.play('us', `m-${month}-${i}-xxxxxxxx`, move).ok).toBe(true);
        expect(s.command({ id: `r-${month}-${i}-xxxxxxxx`, action: 'resolve' }).ok).toBe(true);
      }
    });
    await page.click('button:has-text("Refresh")');
    await expect.poll(() => page.locator('.cohort-chart').first().locator('polyline').count()).toBe(3);
    expect(await page.locator('.compare-moves tr.diverged').count()).toBe(1);
    expect(await page.locator('.divergences').textContent()).toContain('diverged in');
    expect(await page.locator('.divergences').textContent()).toContain('have played the same moves so far');
    expect(await axeViolations(page)).toEqual([]);

    const board = await ctx.newPage();
    await board.goto(`${server.url}/debrief.html#cohort=${id}`);
    await board.locator('.compare-moves').waitFor({ timeout: 15_000 });
    expect(await axeViolations(board)).toEqual([]);

    // The first session's console: the deadline and its rule, who has not moved, memos, the rubric.
    const console1 = await ctx.newPage();
    console1.on('dialog', (d) => void d.accept());
    await console1.goto(`${server.url}/teacher.html#code=${codes[0]}`);
    await console1.locator('.course .due').waitFor({ timeout: 15_000 });
    expect(await console1.locator('.course .hint').first().textContent()).toContain('holds its position');
    expect(await console1.locator('.not-moved').textContent()).toContain('Not moved yet: Washington');
    await console1.fill('input[name=memoMonths]', '3, 5');
    await console1.click('.memo-plan button[type=submit]');
    const s1 = server.hub.get(codes[0]!)!;
    await expect.poll(() => s1.course.rec.memoMonths.join()).toBe('3,5');
    expect(s1.memo('us', 'memo-xxxxxxxx', 3, '<i>Congress</i> first').ok).toBe(true);
    await expect.poll(() => console1.locator('.memos .memo-text').first().textContent()).toBe('<i>Congress</i> first');
    expect(await console1.locator('.memos i').count()).toBe(0);
    const first = console1.locator('.rubric input').first();
    await first.fill('2');
    await first.dispatchEvent('change');
    await expect.poll(() => Object.values(s1.course.rec.grades.us)).toEqual([2]);
    expect(await axeViolations(console1)).toEqual([]);

    // A student of the second class: the deadline, a memo, and a sealed move changed before the month resolves.
    const s2 = server.hub.get(codes[1]!)!;
    expect(s2.command({ id: 'memos-xxxxxxxx', action: 'memos', months: [3] }).ok).toBe(true);
    const student = await (await browser.newContext()).newPage();
    student.on('pageerror', (e) => errors.push(e.message));
    await student.goto(`${server.url}/join.html?code=${codes[1]}&panel=1`);
    await student.fill('#team', 'Class 2');
    await student.fill('#pin', pins[1]!);
    await student.click('button[type=submit]');
    await student.locator('.team-course .due').waitFor({ timeout: 15_000 });
    expect(await student.locator('.memo-prompt').textContent()).toContain('claims 5 and 6');
    await student.fill('textarea[name=memo]', 'First the <b>Congress</b>.');
    await student.click('.memo-form button[type=submit]');
    await expect.poll(() => s2.course.rec.memos.map((m) => m.text).join()).toBe('First the <b>Congress</b>.');
    await student.locator('button[data-move="us.hold"]').click();
    await student.locator('button:has-text("Change my move")').click({ timeout: 15_000 });
    const other = student.locator('button.card-move:not([data-move="us.hold"])').first();
    const otherMove = await other.getAttribute('data-move');
    await other.click();
    await expect.poll(() => s2.teacherMessage('').sealed.us?.move).toBe(otherMove);
    expect(s2.turn()).toBe(3);
    expect(await axeViolations(student)).toEqual([]);
    await student.context().close();
    await page.screenshot({ path: join(tmpdir(), 'qc-cohort.png'), fullPage: true });
    await console1.screenshot({ path: join(tmpdir(), 'qc-course.png'), fullPage: true });
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
