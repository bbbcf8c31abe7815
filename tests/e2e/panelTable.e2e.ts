/**
 * The negotiation table in the plain team panel (join.html?panel=1; registered by tests/e2e/run.ts):
 * the classroom server with a session played over days (months resolve at a deadline, or when the
 * teacher resolves them), Washington and Pyongyang teams on the panel (Washington on a 360 px
 * phone, Pyongyang on a desktop), Seoul a bot. Washington builds an offer term by term and seals it
 * with its card; "Change my move" keeps the offer while the card changes; the month resolves and
 * the offer is on both panels' tables. Pyongyang accepts it with its card; the next month it is
 * accepted on both tables. Offers show as text (the terms' names), each control has a label (axe).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { connectTeacher, type TeacherClient } from '../../src/net/client';
import { newActionId } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import type { Seat } from '../../src/model/types';
import { axeViolations } from './axe';
import { ARTIFACTS, assert, type Driver } from './driver';
import { createSession, watch } from './net.e2e';
import { ROOT } from './server';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

/** Joins `seat` as `team` in the plain panel and waits for the panel's table. */
async function joinPanel(page: Page, server: ClassroomServer, code: string, team: string, seat: Seat): Promise<void> {
  await page.goto(`${server.url}/join.html?code=${code}&panel=1`);
  await page.fill('#team', team);
  await page.locator(`input[name=seat][value=${seat}]`).check();
  await page.click('button[type=submit]');
  await page.locator('#continue').waitFor({ timeout: 15_000 });
  await page.click('#continue');
  await page.locator('.table-card h2').waitFor({ timeout: 15_000 });
}

async function waitTeacher(teacher: TeacherClient, what: string, ok: (t: TeacherClient) => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!ok(teacher)) {
    if (Date.now() > deadline) throw new Error(`the teacher never saw ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
async function noSideScroll(page: Page, where: string): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert(scroll <= width, `${where}: the page is ${scroll} px wide in a ${width} px window`);
}

/** The whole page (the panel scrolls), in pieces of 1,200 px to look at: name-WxH-part0.png, part1… */
async function shot(d: Driver, name: string): Promise<void> {
  const { width, height } = d.page.viewportSize()!;
  mkdirSync(ARTIFACTS, { recursive: true });
  await d.page.waitForTimeout(200);
  await d.page.evaluate(() => document.fonts.ready.then(() => undefined));
  const total = await d.page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < total; y += 1200, i++) {
    const clip = { x: 0, y, width, height: Math.min(1200, total - y) };
    await d.page.screenshot({ path: resolve(ARTIFACTS, `${name}-${width}x${height}-part${i}.png`), fullPage: true, clip });
  }
}

async function axeClean(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert(violations.length === 0, `axe on ${where}:\n  ${violations.join('\n  ')}`);
}

/** Plays the first card the panel allows (the table action, if any, goes with it). */
async function playCard(page: Page, not?: string): Promise<string> {
  const cards = page.locator('button[data-move]:not([disabled])');
  await cards.first().waitFor({ timeout: 10_000 });
  const ids = await cards.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-move')!));
  const id = ids.find((m) => m !== not && !m.endsWith('.hold')) ?? ids[0]!;
  await page.click(`button[data-move="${id}"]`);
  await page.locator('text=Waiting for the other seats').waitFor({ timeout: 10_000 });
  return id;
}

export function registerPanelTableTests(test: Register): void {
  test('panel table: a team on the plain panel proposes an offer with its move, and another accepts it the next month', async (browser) => {
    const server = await startClassroomServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'qc-e2e-panel-table-')),
      distDir: resolve(ROOT, 'dist'),
      log: () => {},
    });
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    let teacher: TeacherClient | null = null;
    let us: Driver | null = null;
    let dprk: Driver | null = null;
    try {
      const { code, teacherKey } = await createSession(server, {
        seats: { us: 'human', dprk: 'human', rok: 'bot:dove' },
        deadline: { kind: 'hours', hours: 48 },
        seed: 11,
      });
      const tc = await connectTeacher({ baseUrl: server.url, code, teacherKey });
      if (!tc.ok) throw new Error(tc.error);
      teacher = tc.value;
      const a = await phone.newPage();
      const b = await desk.newPage();
      us = watch(a);
      dprk = watch(b);
      await joinPanel(a, server, code, 'Herons', 'us');
      await joinPanel(b, server, code, 'Cranes', 'dprk');
      await waitTeacher(teacher, 'both teams', (x) => x.getState()?.teams.dprk !== undefined);
      if (teacher.getState()!.session.status === 'lobby') {
        const started = await teacher.command({ id: newActionId('t'), action: 'start' });
        assert(started.ok, `start: ${JSON.stringify(started)}`);
      }
      await a.locator('button[data-move]:not([disabled])').first().waitFor({ timeout: 15_000 });

      // Month 1, Washington on the phone: nothing chosen yet; an offer to Pyongyang, term by term.
      assert((await a.locator('.table-choice').textContent())!.includes('No table action this month'), 'no table action at first');
      await a.locator('input[name=table-to][value=dprk]').check();
      await a.locator('input[name=table-line][value=public]').check();
      await a.locator('#term-gives-partialRelief').check();
      await a.locator('#term-asks-freeze').check();
      // Each term says what it is worth to this seat.
      const note = (await a.locator('label[for=term-asks-freeze]').textContent()) ?? '';
      assert(/worth [+−-]?\d/.test(note), `a term's worth to Washington: "${note}"`);
      const chosen = (await a.locator('.with-card').textContent()) ?? '';
      assert(
        chosen.includes('With your card: Offer to Pyongyang (Public): you give Partial sanctions relief; you ask Freeze'),
        `the action that goes with the card: "${chosen}"`,
      );
      await shot(us, 'panel-table-offer');
      await noSideScroll(a, 'the phone panel with an offer built');
      await axeClean(a, 'the panel with an offer built');
      const first = await playCard(a);
      const offer = { kind: 'propose', to: 'dprk', gives: ['partialRelief'], asks: ['freeze'], line: 'public' };
      await waitTeacher(
        teacher,
        'the offer sealed with the card',
        (x) => JSON.stringify(x.getState()?.sealed.us?.table) === JSON.stringify(offer),
      );
      assert(teacher.getState()!.sealed.us!.move === first, 'the card is sealed');
      assert(
        (await a.locator('.hand').textContent())!.includes('Sealed this month: Offer to Pyongyang'),
        'the sealed move shows its table action',
      );

      // Change my move: the offer stays chosen while another card is played.
      await a.click('#change-move');
      assert(await a.locator('#term-gives-partialRelief').isChecked(), 'the sealed offer comes back as the draft');
      assert(await a.locator('#term-asks-freeze').isChecked(), 'with the terms asked');
      const second = await playCard(a, first);
      await waitTeacher(teacher, 'the changed card', (x) => x.getState()?.sealed.us?.move === second);
      assert(JSON.stringify(teacher.getState()!.sealed.us!.table) === JSON.stringify(offer), 'the offer is kept with the new card');

      // Pyongyang plays a card without a table action; the teacher resolves the month.
      await playCard(b);
      await waitTeacher(teacher, "Pyongyang's card", (x) => x.getState()?.sealed.dprk !== undefined);
      assert(teacher.getState()!.sealed.dprk!.table === undefined, 'no table action from Pyongyang');
      const r1 = await teacher.command({ id: newActionId('t'), action: 'resolve' });
      assert(r1.ok, `resolve: ${JSON.stringify(r1)}`);

      // Month 2: the offer is on both tables, open; Pyongyang may accept it now.
      const row = (p: Page) => p.locator('.offers li[data-status=open]', { hasText: 'Washington → Pyongyang' });
      await row(a).waitFor({ timeout: 15_000 });
      await row(b).waitFor({ timeout: 15_000 });
      const id = Number(await row(b).getAttribute('data-offer'));
      const text = (await row(b).textContent()) ?? '';
      assert(
        text.includes('Gives: Partial sanctions relief') && text.includes('Asks: Freeze'),
        `the offer as Pyongyang sees it: "${text}"`,
      );
      assert((await row(a).locator('button').count()) === 0, 'Washington cannot answer its own offer');
      await shot(us, 'panel-table-month2');
      await noSideScroll(a, 'the phone panel in month 2');
      const accept = row(b).locator('button', { hasText: 'Accept' });
      assert(await accept.isEnabled(), 'Pyongyang may accept the offer from the month after it was made');
      assert(text.includes('3 months left to answer'), `an offer lapses three months on: "${text}"`);
      const link = (await b.locator('.to-table').textContent()) ?? '';
      assert(/\d+ open offers, [1-9]\d* you may accept/.test(link), `the cards point to the table: "${link}"`);
      // By keyboard: Enter on Accept chooses it, and the focus stays on it after the redraw.
      await accept.focus();
      await b.keyboard.press('Enter');
      await b.locator('.with-card', { hasText: `Accept offer No. ${id} from Washington` }).waitFor({ timeout: 5000 });
      assert((await row(b).locator('button[aria-pressed=true]').textContent())!.includes('Accept'), 'the chosen answer is marked');
      assert(
        await b.evaluate(() => document.activeElement?.getAttribute('data-focus')?.startsWith('accept-') === true),
        'the focus stays on Accept',
      );
      await shot(dprk, 'panel-table-accept');
      await axeClean(b, 'the desktop panel with an acceptance chosen');
      await playCard(b);
      await waitTeacher(
        teacher,
        'the acceptance',
        (x) => JSON.stringify(x.getState()?.sealed.dprk?.table) === JSON.stringify({ kind: 'accept', offer: id }),
      );
      await playCard(a);
      const r2 = await teacher.command({ id: newActionId('t'), action: 'resolve' });
      assert(r2.ok, `resolve: ${JSON.stringify(r2)}`);

      // Month 3: accepted on both tables, and the agreed package shows.
      for (const p of [a, b]) await p.locator(`.offers li[data-offer="${id}"][data-status=accepted]`).waitFor({ timeout: 15_000 });
      const agreed = (await b.locator('.agreed').textContent()) ?? '';
      assert(agreed.includes('Freeze') && agreed.includes('Partial sanctions relief'), `the agreed package: "${agreed}"`);
      await shot(us, 'panel-table-accepted');
      await shot(dprk, 'panel-table-accepted');
      await noSideScroll(a, 'the phone panel in month 3');

      // The same panel in German and Korean (the game's language setting; the seat comes back after the reload).
      for (const lang of ['de', 'ko'] as const) {
        await b.evaluate((l) => localStorage.setItem('quietChannel.settings', JSON.stringify({ language: l })), lang);
        await b.reload();
        await b.locator('.table-card h2').waitFor({ timeout: 15_000 });
        assert((await b.getAttribute('html', 'lang')) === lang, `the page speaks ${lang}`);
        await shot(dprk, `panel-table-${lang}`);
      }
      await a.evaluate(() => localStorage.setItem('quietChannel.settings', JSON.stringify({ language: 'ko' })));
      await a.reload();
      await a.locator('.table-card h2').waitFor({ timeout: 15_000 });
      await shot(us, 'panel-table-ko');
      await noSideScroll(a, 'the phone panel in Korean');
      for (const d of [us, dprk]) assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } catch (e) {
      await us?.shot('panel-table-failed');
      await dprk?.shot('panel-table-failed');
      throw e;
    } finally {
      teacher?.dispose();
      await phone.close();
      await desk.close();
      await server.close();
    }
  });
}
