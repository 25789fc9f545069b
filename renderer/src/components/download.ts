/** Saves text as a file: a download in browser mode, the save prompt in Electron. Nothing leaves the computer. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV for spreadsheets: the byte order mark makes Excel read it as UTF-8 (accents in names). */
export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}
