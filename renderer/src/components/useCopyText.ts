import { useState } from 'react';

/**
 * Copies text to the clipboard, saying so; when the clipboard is out of reach (a browser that asks
 * first), the text stays shown and selected for her to copy by hand.
 */
export function useCopyText(): { copied: string; copy: (text: string, what: string) => Promise<void> } {
  const [copied, setCopied] = useState('');
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied ${what}.`);
    } catch {
      setCopied(`Village could not reach the clipboard: select ${what} above and copy it.`);
    }
  };
  return { copied, copy };
}
