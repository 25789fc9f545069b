/** The window sizes the organizer used (issue 16): a laptop, a small laptop, a tablet held upright. */
import type { Page } from 'playwright-core';
import { screenshot } from './browser-mode';

export const ORGANIZER_VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 768, height: 1024 },
] as const;

/** One screenshot per size, named `name-WxH`; `prepare` runs after each resize (to scroll something into view). */
export async function screenshotsAtEachSize(page: Page, name: string, prepare?: () => Promise<void>): Promise<void> {
  for (const viewport of ORGANIZER_VIEWPORTS) {
    await page.setViewportSize(viewport);
    await prepare?.();
    await screenshot(page, `${name}-${viewport.width}x${viewport.height}`);
  }
  await page.setViewportSize(ORGANIZER_VIEWPORTS[0]);
}
