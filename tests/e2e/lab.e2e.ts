/**
 * Browser tests of the what-if lab (registered by tests/e2e/run.ts): from the title to a preset's
 * result in two clicks plus a prediction, CSV export, cancel, and the browser's counts equal to
 * Node's for the same spec (the Web Workers run the same core).
 */
import type { Browser, Page } from 'playwright-core';
import { runLab } from '../../src/engine/lab';
import { parseLabSpec } from '../../src/engine/labSpec';
import { summarizeLab } from '../../src/engine/labSummary';
import type { LabRunResult } from '../../src/app/labPool';
import { assert, Driver } from './driver';

type Register = (name: string, run: (browser: Browser, url: string) => Promise<void>) => void;

declare global {
  interface Window {
    quietChannelLab?: { run(spec: unknown, workers?: number): Promise<LabRunResult>; cores: number };
  }
}

/** A spec with a what-if start and an intervention arm, small enough for a test. */
export const PARITY_SPEC = {
  games: 60,
  seed: 4242,
  arms: [
    { label: 'Base' },
    { label: 'Determined', set: { determination: 80 } },
    { label: 'Leak', inject: { event: 'leak', when: ['negotiation.secretEnvoy', 'negotiation.exploratory'] } },
  ],
};

/** The first path at which two JSON values differ, for the failure message. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return a === b ? '' : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return '';
}

async function openLab(browser: Browser, url: string): Promise<{ d: Driver; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const d = Driver.attach(page);
  await page.goto(`${url}src/classroom/pages/lab.html`);
  await page.waitForFunction(() => window.quietChannelLab !== undefined, null, { timeout: 20_000 });
  return { d, page };
}

export function registerLabTests(test: Register): void {
  test('lab: title.lab opens the lab; a preset runs in two clicks; the prediction is asked before the result; CSV exports', async (browser, url) => {
    const d = await Driver.open(browser, url, { width: 1280, height: 720 });
    try {
      await d.waitScene('Title');
      await d.click('title.lab');
      await d.page.waitForURL(/lab\.html/, { timeout: 20_000 });
      await d.page.waitForSelector('#lab-preset-determination');
      await d.page.setViewportSize({ width: 1280, height: 900 });
      await d.shot('lab-start');
      await d.page.click('#lab-preset-determination');
      await d.page.click('#lab-run');
      await d.page.waitForFunction(() => /\d+ games in/.test(document.getElementById('lab-status')?.textContent ?? ''), null, {
        timeout: 120_000,
      });
      // No prediction yet: the results stay hidden.
      assert((await d.page.$('.lab-results')) === null, 'results shown before a prediction');
      await d.page.selectOption('#lab-predict-ending', 'freeze');
      await d.page.selectOption('#lab-predict-dir', 'up');
      await d.page.waitForSelector('.lab-results');
      const text = await d.page.textContent('.lab-results');
      assert(text?.includes('All arms played the same 1000 seeds'), `no common-seeds note: ${text?.slice(0, 200)}`);
      assert(/You predicted: up\. The games say: up\./.test(text ?? ''), 'the prediction is not shown beside the outcome');
      await d.page.locator('.lab-chart').scrollIntoViewIfNeeded();
      await d.shot('lab-results');
      const [download] = await Promise.all([d.page.waitForEvent('download'), d.page.click('#lab-csv')]);
      assert(download.suggestedFilename() === 'quiet-channel-lab.csv', 'no CSV download');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await d.close();
    }
  });

  test('lab: cancel stops a long run and keeps the games played', async (browser, url) => {
    const { d, page } = await openLab(browser, url);
    try {
      await page.fill('#lab-games', '200000');
      await page.dispatchEvent('#lab-games', 'change');
      await page.click('#lab-run');
      await page.waitForFunction(() => Number((document.getElementById('lab-progress') as HTMLProgressElement).value) > 0, null, {
        timeout: 60_000,
      });
      await page.click('#lab-cancel');
      await page.waitForFunction(() => /Cancelled after/.test(document.getElementById('lab-status')?.textContent ?? ''), null, {
        timeout: 10_000,
      });
      assert(!(await page.isDisabled('#lab-run')), 'run stays disabled after cancel');
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await page.context().close();
    }
  });

  test('lab: Chromium and Node give identical counts for the same spec, on 1 and on every worker', async (browser, url) => {
    const { d, page } = await openLab(browser, url);
    try {
      const spec = parseLabSpec(PARITY_SPEC);
      if (!spec.ok) throw new Error(spec.error);
      const node = JSON.parse(JSON.stringify(summarizeLab(spec.value, runLab(spec.value)))) as Record<string, unknown>;
      for (const workers of [1, 4]) {
        const web = await page.evaluate(([s, w]) => window.quietChannelLab!.run(s, w), [PARITY_SPEC, workers] as const);
        const { elapsedMs: _e, workers: _w, cancelled, ...rest } = web;
        assert(!cancelled, 'the run was cancelled');
        assert(
          JSON.stringify(rest) === JSON.stringify(node),
          `browser (${workers} workers) and Node differ: ${firstDifference(rest, node)}`,
        );
      }
      assert(d.errors.length === 0, `console errors:\n  ${d.errors.join('\n  ')}`);
    } finally {
      await page.context().close();
    }
  });
}
