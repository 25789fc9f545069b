/**
 * A caller in the core's own process (the CLI) hands the sheet's bytes rather than base64 text (issue 18:
 * no copy a third larger than the file held through a 100,000-row import); the window and browser mode
 * still send base64. Either way it is the file's contents, never a path the core would open.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_BYTES } from '../../shared/domain/import/sheet-settings';
import { fixture, importSetup } from '../support/import-sheets';

describe('import: the file as bytes or as base64', () => {
  it('previews and imports the same from bytes as from base64', () => {
    const base64 = importSetup();
    const bytes = importSetup();
    const sheet = fixture('google-forms.csv');
    const asBytes = { ...sheet, data: Buffer.from(sheet.data, 'base64') };
    expect(bytes.call('import.preview', asBytes)).toEqual(base64.call('import.preview', sheet));
    const committed = bytes.call('import.commit', asBytes);
    expect(committed).toEqual(base64.call('import.commit', sheet));
    expect(bytes.snapshot().replace(/"\d{4}-\d\d-\d\dT[^"]*"/g, 'T')).toBe(
      base64.snapshot().replace(/"\d{4}-\d\d-\d\dT[^"]*"/g, 'T'),
    );
    base64.db.close();
    bytes.db.close();
  });

  it('takes a reader from a caller in its own process and asks it for the bytes only when it plans', () => {
    const fromReader = importSetup();
    const base64 = importSetup();
    const sheet = fixture('google-forms.csv');
    let reads = 0;
    // The CLI reads the file when the core needs it, so no copy of the bytes is held while rows are planned.
    const asReader = {
      ...sheet,
      data: () => {
        reads += 1;
        return Buffer.from(sheet.data, 'base64');
      },
    };
    expect(fromReader.call('import.preview', asReader)).toEqual(base64.call('import.preview', sheet));
    expect(reads).toBe(1);
    expect(fromReader.call('import.commit', asReader)).toEqual(base64.call('import.commit', sheet));
    expect(reads).toBe(2);
    fromReader.db.close();
    base64.db.close();
  });

  it('refuses a reader whose bytes are over the size limit, before planning anything', () => {
    const { fail, db } = importSetup();
    const error = fail('import.preview', { fileName: 'big.csv', data: () => new Uint8Array(MAX_SHEET_BYTES + 1) });
    expect(error.message).toMatch(/^This file is \d+ MB; Village takes sign-up sheets up to \d+ MB\./);
    db.close();
  });

  it('refuses bytes over the size limit with the same message as base64 over it', () => {
    const { fail, db } = importSetup();
    const error = fail('import.preview', { fileName: 'big.csv', data: new Uint8Array(MAX_SHEET_BYTES + 1) });
    expect(error.message).toMatch(/^The file is too large: Village takes sign-up sheets up to \d+ MB\.$/);
    db.close();
  });

  it('refuses contents that are neither text nor bytes', () => {
    const { fail, db } = importSetup();
    const error = fail('import.preview', { fileName: 'a.csv', data: 5 } as never);
    expect(error.message).toBe('The file contents must be sent as base64 text.');
    db.close();
  });
});
