/**
 * A small driver over `window.quietChannel` (docs/automation.md): wait for a screen, click a
 * target with the real mouse at its centre, press keys, take screenshots. Console errors and page
 * errors are collected so any of them fails the test that caused them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { AutomationState, QuietChannelApi, Target } from '../../src/app/automation';
import { ROOT } from './server';

declare global {
  interface Window {
    quietChannel?: QuietChannelApi;
  }
}

export const ARTIFACTS = resolve(ROOT, 'tests/e2e/artifacts');

export type { Target };
export class Driver {
  readonly errors: string[] = [];

  private constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.errors.push(`page error: ${e.message}`));
  }

  /** Drives a page opened elsewhere (a second tab, a page of another server); collects its errors from now on. */
  static attach(page: Page): Driver {
    return new Driver(page);
  }

  static async open(browser: Browser, url: string, size = { width: 1280, height: 720 }, initScript?: string): Promise<Driver> {
    const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
    if (initScript) await context.addInitScript(initScript);
    const page = await context.newPage();
    const d = new Driver(page);
    await page.goto(url);
    await page.waitForFunction(() => window.quietChannel?.ready === true, null, { timeout: 20_000 });
    return d;
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  state(): Promise<AutomationState> {
    return this.page.evaluate(() => window.quietChannel!.state());
  }

  targets(): Promise<Target[]> {
    return this.page.evaluate(() => window.quietChannel!.targets());
  }

  focused(): Promise<string | null> {
    return this.page.evaluate(() => window.quietChannel!.focused());
  }

  async waitScene(scene: string, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction((s) => window.quietChannel!.state().scene === s, scene, { timeout });
  }

  async waitTarget(id: string, timeout = 10_000): Promise<Target> {
    await this.page.waitForFunction((i) => window.quietChannel!.target(i)?.enabled === true, id, { timeout });
    const t = await this.page.evaluate((i) => window.quietChannel!.target(i), id);
    if (!t) throw new Error(`target ${id} vanished`);
    return t;
  }

  /** Clicks a target with the mouse, at the centre of its box in page CSS pixels. */
  async click(id: string): Promise<void> {
    const t = await this.waitTarget(id);
    await this.page.mouse.click(t.x + t.width / 2, t.y + t.height / 2);
    await this.page.waitForTimeout(60);
  }

  async key(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      await this.page.waitForTimeout(40);
    }
  }

  /** Presses Tab until `id` has the focus (at most `max` times). */
  async tabTo(id: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      if ((await this.focused()) === id) return;
      await this.key('Tab');
    }
    throw new Error(`Tab never reached ${id}; focus is on ${await this.focused()}`);
  }

  async label(id: string): Promise<string | null> {
    return this.page.evaluate((i) => window.quietChannel!.target(i)?.label ?? null, id);
  }

  /** From the title screen to Setup, past the briefing, with `seat` chosen. */
  async toSetup(seat: string): Promise<void> {
    await this.waitScene('Title');
    await this.click('title.new');
    await this.click('briefing.skip');
    await this.waitScene('Setup');
    await this.click(`seat.${seat}`);
  }

  /** A new game as `seat` with the default setup, on its board. */
  async startGame(seat: string): Promise<void> {
    await this.toSetup(seat);
    await this.click('setup.start');
    await this.waitScene('Board');
  }

  async shot(name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const size = this.page.viewportSize();
    await this.page.screenshot({ path: resolve(ARTIFACTS, `${name}-${size?.width}x${size?.height}.png`) });
  }
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}
