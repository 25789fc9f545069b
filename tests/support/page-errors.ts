/** The page's uncaught errors and console errors (favicon misses aside), for a spec to expect none. */
import type { Page } from 'playwright-core';

export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${message.location().url}`);
  });
  return errors;
}
