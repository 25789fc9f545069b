/** Saves text as a file through the browser's download (works the same in Electron and browser mode). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // The byte order mark makes Excel read the file as UTF-8 (accents in names).
  const blob = new Blob(['\uFEFF', text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
