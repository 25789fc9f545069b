/** The sheet file `village import` reads, handed to the core as a reader rather than as bytes held. */
import { hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { SheetReader } from '../../../shared/api/methods/import';

/**
 * The file's bytes, read now (so a file that cannot be read is said at once) and given to the core on its
 * first ask, after which nothing here holds them: a 100,000-row sheet's 14 MB are let go once decoded
 * (issue 18). A later ask (the commit planning again because another program wrote meanwhile, or the
 * commit after a preview) reads the file again, and refuses it if it is no longer the file first read.
 */
export function sheetFileReader(file: string): SheetReader {
  let first: Buffer | null = fs.readFileSync(file);
  const digest = hash('sha256', first, 'base64');
  return () => {
    if (first) {
      const bytes = first;
      first = null;
      return bytes;
    }
    const name = path.basename(file);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      throw changed(`${name} can no longer be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (hash('sha256', bytes, 'base64') !== digest) throw changed(`${name} changed`);
    return bytes;
  };
}

function changed(what: string): ApiFailure {
  return new ApiFailure(
    apiError('invalid_params', `${what} while Village was importing it; nothing was written. Import it again.`, 'data'),
  );
}
