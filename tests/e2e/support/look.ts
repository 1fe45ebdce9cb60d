// Screenshots of every screen (kept in test-results/screens for a human to look at) and an axe
// check that fails on any serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import path from 'node:path';

// TUSOI_SCREENS_DIR moves them elsewhere (Playwright empties test-results/ at the start of every run).
export const SCREENS_DIR = process.env.TUSOI_SCREENS_DIR ?? path.resolve(__dirname, '../../../test-results/screens');

export interface LookOptions {
  /** Selectors axe skips, e.g. a sandboxed frame that runs no script (axe cannot enter it). */
  exclude?: string[];
  /**
   * false: the caller waited for what it needs. Playwright can lose "networkidle" for good once an
   * iframe's srcdoc changes after the page went idle (the documents preview does), and then waits forever.
   */
  networkIdle?: boolean;
}

export async function lookAt(page: Page, name: string, options: LookOptions = {}): Promise<void> {
  if (options.networkIdle !== false) await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
  const builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(serious, `axe on ${name}`).toEqual([]);
}
