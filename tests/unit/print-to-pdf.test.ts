import { describe, expect, it } from 'vitest';
import { createPrintToPdfHandler, safePdfFileName } from '../../electron/main/print-to-pdf';

const APP = 'village://app/index.html';

function handler(choose: string | null, fail = false) {
  const written: { file: string; data: Uint8Array }[] = [];
  const printed: string[] = [];
  const handle = createPrintToPdfHandler<{ senderFrame: { url: string } }>({
    rendererUrl: APP,
    print: async (event) => {
      printed.push(event.senderFrame.url);
      if (fail) throw new Error('printing failed');
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
    chooseFile: async (_event, suggested) => (choose === null ? null : `${choose}/${suggested}`),
    writeFile: async (file, data) => {
      written.push({ file, data });
    },
  });
  return { handle, written, printed };
}

describe('print to PDF (main process handler)', () => {
  it.each([
    ['Sign-in sheet 2026-11-08', 'Sign-in sheet 2026-11-08.pdf'],
    ['Roster.PDF', 'Roster.pdf'],
    ['../../etc/passwd', 'etc passwd.pdf'],
    ['C:\\Users\\x\\evil', 'C Users x evil.pdf'],
    ['', 'Village.pdf'],
    [42, 'Village.pdf'],
    ['a\u0000b\nc', 'a b c.pdf'],
  ])('suggests %j as %j', (requested, expected) => {
    expect(safePdfFileName(requested)).toBe(expected);
  });

  it('prints the app page and writes the file the organizer chose', async () => {
    const { handle, written } = handler('/home/me/Documents');
    expect(await handle({ senderFrame: { url: `${APP}#/attendance` } }, { fileName: 'Sign-in sheet' })).toEqual({
      saved: true,
      fileName: 'Sign-in sheet.pdf',
    });
    expect(written.map((entry) => entry.file)).toEqual(['/home/me/Documents/Sign-in sheet.pdf']);
  });

  it('writes nothing when the organizer cancels, or when printing fails', async () => {
    const cancelled = handler(null);
    expect(await cancelled.handle({ senderFrame: { url: APP } }, { fileName: 'x' })).toEqual({
      saved: false,
      reason: 'cancelled',
    });
    expect(cancelled.written).toEqual([]);
    const failed = handler('/tmp', true);
    expect(await failed.handle({ senderFrame: { url: APP } }, { fileName: 'x' })).toMatchObject({
      saved: false,
      reason: 'failed',
    });
    expect(failed.written).toEqual([]);
  });

  it('refuses any page but the app’s own, before printing anything', async () => {
    const { handle, printed, written } = handler('/tmp');
    expect(await handle({ senderFrame: { url: 'https://example.org/' } }, { fileName: 'x' })).toMatchObject({
      saved: false,
      reason: 'failed',
    });
    expect(printed).toEqual([]);
    expect(written).toEqual([]);
  });
});
