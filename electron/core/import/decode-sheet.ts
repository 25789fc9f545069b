/**
 * Sheet bytes to text. Encodings are detected, not assumed: a byte-order mark (UTF-8, UTF-16LE as Excel's
 * "Unicode Text", UTF-16BE), then strict UTF-8, then Windows-1252, the encoding of Excel's "CSV" on
 * Windows. Files that are not text at all (a PDF, an Excel workbook renamed to .csv) are refused by name.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { SheetEncoding } from '../../../shared/domain/import/sheet-settings';
import { normalizeText } from '../../../shared/domain/text-hygiene';
import { rejectSheet } from './sheet-rejection';

const SIGNATURES: { bytes: number[]; message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message:
      'This looks like an Excel file (.xlsx), not a CSV. In Excel or Google Sheets choose File › Save As (or Download) › CSV, then import that file.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      'This looks like an old Excel file (.xls), not a CSV. In Excel choose File › Save As › CSV, then import that file.',
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    message: 'This looks like a PDF, not a sign-up sheet. Download the sheet as CSV instead, then import that file.',
  },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function bomEncoding(bytes: Uint8Array): { encoding: SheetEncoding; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function utf16WithoutBom(bytes: Uint8Array): SheetEncoding | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** A character NFC could change or combine: combining marks start at U+0300, every code point below is stable. */
const BEYOND_PRECOMPOSED = /[\u0300-\u{10ffff}]/u;

/**
 * ASCII text (most sheets) as Latin-1, the same characters: Node keeps a big Latin-1 text outside V8's heap
 * (an external string), so a 100,000-row sheet's 14 MB do not count towards the heap V8 grows while the
 * rows are planned, and it grows less (issue 18).
 */
function asciiText(body: Uint8Array): string {
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
}

export interface DecodedSheet {
  text: string;
  encoding: SheetEncoding;
}

export function decodeSheet(bytes: Uint8Array, override?: SheetEncoding): DecodedSheet {
  if (bytes.length === 0) rejectSheet('The file is empty: there is nothing to import.');
  for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) rejectSheet(signature.message);
  const bom = bomEncoding(bytes);
  const encoding = override ?? bom?.encoding ?? utf16WithoutBom(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252');
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  const text =
    encoding !== 'utf-8'
      ? iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding)
      : isAscii(body)
        ? asciiText(body)
        : new TextDecoder('utf-8').decode(body);
  // NULs and other control bytes in text that claims to be 8-bit mean it is a binary file.
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code < 0x09 || (code > 0x0d && code < 0x20)) controls += 1;
  }
  if (controls > Math.max(2, sample.length / 100)) {
    rejectSheet(
      'This file is not a text sheet (it looks like a binary file). Save the sheet as CSV and import that file.',
    );
  }
  // NFC, as for names typed in the app (shared/domain/text-hygiene.ts): a Mac's "é" is then the same name.
  // Text below U+0300 (ASCII, Latin-1, most of Latin Extended) is already NFC, and most sheets are that:
  // one scan instead of a second copy of the whole text (~25 ms and 14 MB for 100,000 rows).
  const unmarked = text.replace(/^\uFEFF/, '');
  return { text: BEYOND_PRECOMPOSED.test(unmarked) ? normalizeText(unmarked) : unmarked, encoding };
}
