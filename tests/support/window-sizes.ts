/** The window sizes the organizer uses (a laptop, a small laptop, a tablet standing up), for screenshots. */
import type { Page } from 'playwright-core';
import { screenshot } from './browser-mode';

export const ORGANIZER_WINDOW_SIZES = [
  [1280, 800],
  [1024, 700],
  [768, 1024],
] as const;

/** Saves `name-WIDTHxHEIGHT.png` at each size, then puts the window back as it was. */
export async function screenshotAtEverySize(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [width, height] of ORGANIZER_WINDOW_SIZES) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}x${height}`);
  }
  if (before) await page.setViewportSize(before);
}
