/**
 * axe-core in a playwright page: injects `axe.source` (through the debugging protocol, so the
 * page's Content-Security-Policy does not block it) and returns the violations, each as one line
 * ("rule-id (impact): help — selectors"), so a failing test says what to fix.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (exclude: string[]) => {
    const w = window as unknown as { axe: typeof axe };
    const r = await w.axe.run(exclude.length ? { exclude: exclude.map((s) => [s]) } : document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  }, options.exclude ?? []);
  return results;
}
