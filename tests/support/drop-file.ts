import type { Page } from 'playwright-core';

/**
 * A file dropped onto the window as the browser delivers it, saved on `lastModified` (a page script as
 * text, since the specs run under Node's types).
 */
export async function dropFile(page: Page, name: string, text: string, lastModified = Date.now()): Promise<void> {
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/csv', lastModified: ${lastModified} }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  })()`);
}
