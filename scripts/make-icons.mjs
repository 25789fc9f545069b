/**
 * Draws the app icon set from build/icon.svg (run by hand after changing the drawing; the results are
 * committed): PNGs for Linux (build/icons/NxN.png), build/icon.png (1024), build/icon.ico for Windows and
 * build/icon.icns for macOS. Chromium renders the SVG; ICO and ICNS both hold PNG images, written here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './build-if-stale.mjs';

const BUILD = path.join(ROOT, 'build');
const svg = fs.readFileSync(path.join(BUILD, 'icon.svg'), 'utf8');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
async function render(size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
const png = new Map();
for (const size of [...LINUX_SIZES, 1024]) png.set(size, await render(size));
await browser.close();

fs.mkdirSync(path.join(BUILD, 'icons'), { recursive: true });
for (const size of LINUX_SIZES) fs.writeFileSync(path.join(BUILD, 'icons', `${size}x${size}.png`), png.get(size));
fs.writeFileSync(path.join(BUILD, 'icon.png'), png.get(1024));

// ICO: a 6-byte header, a 16-byte entry per image, then the PNGs (Windows Vista and later read PNG entries).
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, index) => {
  const entry = 6 + 16 * index;
  const data = png.get(size);
  header.writeUInt8(size === 256 ? 0 : size, entry);
  header.writeUInt8(size === 256 ? 0 : size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(data.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += data.length;
});
fs.writeFileSync(path.join(BUILD, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((size) => png.get(size))]));

// ICNS: "icns" + total length, then typed PNG chunks (ic07 128 … ic10 1024, ic11-ic14 the @2x ones).
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const chunks = icnsTypes.map(([type, size]) => {
  const data = png.get(size);
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
fs.writeFileSync(path.join(BUILD, 'icon.icns'), Buffer.concat([icnsHead, ...chunks]));
console.log(`Icons written to ${path.relative(ROOT, BUILD)}/`);
