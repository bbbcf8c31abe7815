/**
 * The teacher console in the browser (registered by tests/e2e/run.ts), on the classroom server in
 * this process (port 0, a temporary data folder) serving the built dist/. Three teams join through
 * the API and write letters with the network client; the console's letters card lists every
 * letter, the teacher hides one (it leaves the teams' views, the console keeps it marked hidden)
 * and turns letters off (a team's next letter is refused, saying why). A second test edits a seat's
 * rubric in the console (rename, points, remove, add by keyboard), grades the new criterion and
 * downloads the grades CSV. Screenshots of both cards go to tests/e2e/artifacts/.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SEATS, type Seat } from '../../src/model/types';
import { joinSession } from '../../src/net/api';
import { connectTeam, type NetGameClient } from '../../src/net/client';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { axeViolations } from './axe';
import { ARTIFACTS, assert, Driver } from './driver';
import { ROOT } from './server';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

interface Lesson {
  server: ClassroomServer;
  code: string;
  teams: Record<Seat, NetGameClient>;
  context: BrowserContext;
  page: Page;
  d: Driver;
  close(): Promise<void>;
}

/** A server, a session with three teams connected over the network, and the console open in a browser (dialogs accepted). */
async function lesson(browser: Browser): Promise<Lesson> {
  const server = await startClassroomServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'qc-e2e-console-')),
    distDir: resolve(ROOT, 'dist'),
    log: () => {},
  });
  const teams: Partial<Record<Seat, NetGameClient>> = {};
  let context: BrowserContext | null = null;
  const close = async () => {
    for (const t of Object.values(teams)) t.dispose();
    await context?.close();
    await server.close();
  };
  try {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Console test', seats: { us: 'human', dprk: 'human', rok: 'human' }, turnSeconds: 0, seed: 31 }),
    });
    if (!res.ok) throw new Error(`creating a session failed: ${res.status} ${await res.text()}`);
    const { code, teacherKey } = (await res.json()) as { code: string; teacherKey: string };
    const names: Record<Seat, string> = { us: 'Owls', dprk: 'Cranes', rok: 'Herons' };
    for (const seat of SEATS) {
      const j = await joinSession(server.url, code, names[seat], seat);
      if (!j.ok) throw new Error(j.error);
      const c = await connectTeam({ baseUrl: server.url, code, token: j.value.token, seat });
      if (!c.ok) throw new Error(c.error);
      teams[seat] = c.value;
    }
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
    // The console finds the session's key where the create form keeps it: this browser's localStorage.
    await context.addInitScript(`localStorage.setItem(${JSON.stringify(`quietChannel.teacher.${code}`)}, ${JSON.stringify(teacherKey)});`);
    const page = await context.newPage();
    const d = Driver.attach(page);
    page.on('response', (r) => {
      if (r.status() >= 400) d.errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.url}/teacher.html#code=${code}`);
    await page.locator('.letters-card').waitFor({ timeout: 15_000 });
    return { server, code, teams: teams as Record<Seat, NetGameClient>, context, page, d, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Waits until `check` holds for a team's view (its letters arrive with the next state message). */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** RFC 4180 CSV (quoted cells, doubled quotes, CRLF) as rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) cell += c;
    else if (c === ',' || c === '\n') {
      row.push(cell);
      cell = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  return rows;
}

const lettersOf = (team: NetGameClient) => (team.getView()?.letters ?? []).map((l) => l.text);

export function registerConsoleTests(test: Register): void {
  test('console: the letters card lists every letter, hides one from the teams, and turns letters off', async (browser) => {
    const l = await lesson(browser);
    try {
      const { page, teams } = l;
      const send = (seat: Seat, to: Seat | 'both', line: 'secret' | 'public', text: string) =>
        teams[seat].send({ type: 'letter.send', letter: { to, line, text } });
      for (const [seat, to, line, text] of [
        ['us', 'dprk', 'secret', 'Washington to Pyongyang, quietly: a freeze first?'],
        ['dprk', 'both', 'public', 'Pyongyang to all: <b>no</b> talks under pressure.'],
        ['rok', 'us', 'secret', 'Seoul to Washington: keep us informed.'],
      ] as const) {
        const r = await send(seat, to, line, text);
        assert(r.ok, `a letter from ${seat}: ${JSON.stringify(r)}`);
      }
      // The console lists all three, secret ones included, newest first, as text.
      const items = page.locator('.letters-card li.letter');
      await page.waitForFunction(() => document.querySelectorAll('.letters-card li.letter').length === 3, null, { timeout: 10_000 });
      const shown = await items.locator('.letter-text').allTextContents();
      assert(
        JSON.stringify(shown) ===
          JSON.stringify([
            'Seoul to Washington: keep us informed.',
            'Pyongyang to all: <b>no</b> talks under pressure.',
            'Washington to Pyongyang, quietly: a freeze first?',
          ]),
        `the console's letters: ${JSON.stringify(shown)}`,
      );
      assert((await page.locator('.letters-card b').count()) === 3, 'a letter’s <b> is shown as text, not as HTML');
      await until(() => lettersOf(teams.rok).some((t) => t.startsWith('Pyongyang to all')), 'Seoul to read the public letter');
      await page.locator('.letters-card').screenshot({ path: resolve(ARTIFACTS, 'console-letters-1280.png') });

      // Hide Pyongyang's public letter: gone from every team, kept in the console marked hidden.
      const hidden = page.locator('.letters-card li.letter', { hasText: 'Pyongyang to all' });
      const id = await hidden.getAttribute('data-letter');
      await page.getByRole('button', { name: 'Hide the letter Pyongyang → Both, January 2025' }).click();
      await page.waitForFunction(
        (n) => document.querySelector(`.letters-card li[data-letter="${n}"]`)?.classList.contains('hidden-letter') === true,
        id,
        { timeout: 10_000 },
      );
      assert((await page.locator(`.letters-card button[data-hide="${id}"]`).count()) === 0, 'a hidden letter has no Hide button');
      for (const seat of SEATS)
        await until(
          () => !lettersOf(teams[seat]).some((t) => t.startsWith('Pyongyang to all')),
          `the hidden letter to leave ${seat}'s view`,
        );
      assert(lettersOf(teams.dprk).includes('Washington to Pyongyang, quietly: a freeze first?'), 'the other letters stay with the teams');

      // Turn letters off: the card says so, and a team's letter is refused with a reason.
      await page.click('#letters-switch');
      await page.waitForFunction(() => document.querySelector('#letters-switch')?.textContent === 'Turn letters on', null, {
        timeout: 10_000,
      });
      const refused = await send('us', 'rok', 'public', 'Are you there?');
      assert(
        !refused.ok && refused.error === 'Your teacher has turned letters off.',
        `a letter with letters off: ${JSON.stringify(refused)}`,
      );
      const cardText = (await page.locator('.letters-card').textContent()) ?? '';
      assert(!cardText.includes('Are you there?'), 'a refused letter is not listed');
      assert(cardText.includes('Letters are off: no team can write one'), `the card says letters are off: ${cardText.slice(0, 300)}`);
      const violations = await axeViolations(page);
      assert(violations.length === 0, `axe on the console:\n  ${violations.join('\n  ')}`);
      await page.locator('.letters-card').screenshot({ path: resolve(ARTIFACTS, 'console-letters-off-1280.png') });
      assert(l.d.errors.length === 0, `console errors:\n  ${l.d.errors.join('\n  ')}`);
    } finally {
      await l.close();
    }
  });

  test('console: edit a seat’s rubric, grade it, and export the grades CSV', async (browser) => {
    const l = await lesson(browser);
    try {
      const { page } = l;
      const editor = page.locator('.rubric-editor[data-seat="dprk"]');
      await page.click('button[data-rubric-edit="dprk"]');
      await editor.waitFor({ state: 'visible' });
      assert((await page.getAttribute('button[data-rubric-edit="dprk"]', 'aria-expanded')) === 'true', 'the Edit button says it is open');
      const rows = editor.locator('.rubric-rows li');
      const before = await rows.count();
      assert(before >= 3, `the default rubric has ${before} criteria`);
      // Rename the first and give it 4 points; remove the second.
      await rows.nth(0).locator('input[type=text]').fill('Keeps the regime safe');
      await rows.nth(0).locator('input[type=number]').fill('4');
      await rows.nth(1).getByRole('button', { name: 'Remove criterion 2' }).click();
      assert((await rows.count()) === before - 1, 'a removed criterion leaves the editor');
      // Add one by keyboard: Enter on "Add a criterion" puts the focus in the new label.
      await editor.getByRole('button', { name: 'Add a criterion' }).focus();
      await page.keyboard.press('Enter');
      // Saving with the new label empty sends nothing: the editor says which criterion, and the focus goes to its label.
      await editor.getByRole('button', { name: 'Save the criteria' }).click();
      const empty = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { label: el?.getAttribute('aria-label'), value: el?.value, invalid: el?.getAttribute('aria-invalid') };
      });
      assert(
        empty.label === `Label of criterion ${before}` && empty.value === '' && empty.invalid === 'true',
        `an empty label takes the focus: ${JSON.stringify(empty)}`,
      );
      const said = await editor.getByRole('alert').textContent();
      assert(said === `Criterion ${before} needs a label and 1 to 100 whole points.`, `the editor's message: ${said}`);
      await page.keyboard.type('Writes a clear memo');
      assert((await editor.getByRole('alert').textContent()) === '', 'the message goes once the label is filled in');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('6');
      assert((await rows.count()) === before, 'the added criterion is in the editor');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      assert(label === `Most points for criterion ${before}`, `the points field is labelled: ${label}`);
      const violations = await axeViolations(page);
      assert(violations.length === 0, `axe on the console with the rubric editor open:\n  ${violations.join('\n  ')}`);
      // (The editor alone: a shot taller than the window resizes it for a moment, and a click right after could land beside its target.)
      await editor.screenshot({ path: resolve(ARTIFACTS, 'console-rubric-editor-1280.png') });
      await editor.getByRole('button', { name: 'Save the criteria' }).click();
      await editor.waitFor({ state: 'hidden', timeout: 10_000 });

      // The grading table shows the edited criteria; grade the new one.
      const table = page.locator('.rubric-seat', { has: page.locator('[data-rubric-edit="dprk"]') }).locator('table.rubric-table');
      await table.getByRole('rowheader', { name: 'Writes a clear memo' }).waitFor({ timeout: 10_000 });
      const heads = await table.locator('tr > th').allTextContents();
      assert(heads[0] === 'Keeps the regime safe' && heads.at(-1) === 'Total', `the grading table's rows: ${JSON.stringify(heads)}`);
      await table.getByRole('spinbutton', { name: 'Points for Pyongyang: Writes a clear memo (at most 6)' }).fill('5');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.querySelector('.rubric-seat:nth-child(2) .total-row td.total')?.textContent === '5', null, {
        timeout: 10_000,
      });
      await page.locator('.rubric').screenshot({ path: resolve(ARTIFACTS, 'console-rubric-1280.png') });

      // The grades CSV has the edited criteria and the new total.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Grades (CSV)' }).click()]);
      const csv = readFileSync(await download.path(), 'utf8');
      const rowsOf = parseCsv(csv);
      assert(
        JSON.stringify(rowsOf[0]!.slice(0, 7)) === JSON.stringify(['seat', 'team', 'total', 'max', 'criterion 1', 'points 1', 'max 1']),
        `the CSV's header: ${JSON.stringify(rowsOf[0])}`,
      );
      const dprkRows = rowsOf.filter((r) => r[0] === 'dprk');
      assert(dprkRows.length === 1, `one row for Pyongyang's team: ${JSON.stringify(dprkRows)}`);
      const dprk = dprkRows[0]!.filter((cell) => cell !== '').join('|');
      assert(/^dprk\|Cranes\|5\|\d+\|Keeps the regime safe\|4\|/.test(dprk), `the total and the renamed criterion: ${dprk}`);
      assert(dprk.endsWith('|Writes a clear memo|5|6'), `the added criterion: ${dprk}`);
      assert(dprkRows[0]!.length === rowsOf[0]!.length, 'the row is as wide as the header');

      // Reset to the defaults (confirmed): the default criteria again, and the added one's points are gone.
      await page.click('button[data-rubric-edit="dprk"]');
      await editor.getByRole('button', { name: 'Reset to the defaults' }).click();
      await editor.waitFor({ state: 'hidden', timeout: 10_000 });
      await table.getByRole('rowheader', { name: 'Writes a clear memo' }).waitFor({ state: 'detached', timeout: 10_000 });
      const reset = await table.locator('tr > th').allTextContents();
      assert(reset.length === before + 1 && !reset.includes('Keeps the regime safe'), `after a reset: ${JSON.stringify(reset)}`);
      assert((await table.locator('td.total').textContent()) === '0', 'the added criterion’s points went with it');
      assert(l.d.errors.length === 0, `console errors:\n  ${l.d.errors.join('\n  ')}`);
    } finally {
      await l.close();
    }
  });
}
