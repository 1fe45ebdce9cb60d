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

/**
 * Waits for the page's finite CSS transitions and animations (a modal fading in) to end: axe
 * measuring a button's contrast half-way through a fade reads a colour nobody will see.
 */
async function transitionsDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
}

export async function lookAt(page: Page, name: string, options: LookOptions = {}): Promise<void> {
  if (options.networkIdle !== false) await page.waitForLoadState('networkidle');
  await transitionsDone(page);
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
  const builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(serious, `axe on ${name}`).toEqual([]);
}

/**
 * Text drawn below 16 px (UX.md's minimum) inside `scope`, hidden and decorative text aside:
 * screen-reader-only text, badges, field hints and key caps follow the theme's smaller sizes.
 */
export async function smallText(page: Page, scope = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const root = document.querySelector(selector);
    if (!root) return out;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[aria-hidden="true"]') || el.getClientRects().length === 0) continue;
      if (el.closest('.mantine-VisuallyHidden-root') || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      if (el.closest('.mantine-Badge-root, .mantine-InputWrapper-description, .mantine-Switch-description, .mantine-Checkbox-description, kbd')) continue;
      if (parseFloat(style.fontSize) < 16) out.push(`${parseFloat(style.fontSize)}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    return out;
  }, scope);
}

/**
 * A screen as the user sees it: the viewport (`<name>-screen.png`; sticky rails and panels show as
 * they are, which a full-page capture cannot), then lookAt's full page and axe, then the 16 px check.
 */
export async function lookAtScreen(page: Page, name: string, options: LookOptions = {}): Promise<void> {
  await page.mouse.move(0, 0); // no tooltip left open by the last click
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}-screen.png`) });
  await lookAt(page, name, options);
  expect(await smallText(page), `text under 16 px on ${name}`).toEqual([]);
  // A capture can leave another tab (the projector) in front in headless Chromium, and a tab behind
  // gets about two animation frames a second: every later click would wait for its stability check.
  await page.bringToFront();
}
