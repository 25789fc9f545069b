import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser-mode';
import { makeTempDir } from '../support/temp-db';

/**
 * electron-builder really packs the app (`--linux dir`, no installer) around a stand-in Electron: a small
 * file carrying the fuse wire Electron 45 ships with (sentinel, version 1, eight fuses), so the fuses
 * electron-builder flips can be read back. Electron's real binary cannot be downloaded here, and --dir
 * keeps this to seconds in CI.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity
// off, only-asar off, browser V8 snapshot off, file:// extra privileges on.
const ELECTRON_DEFAULT_FUSES = '10110001';

function stubElectronDist(): string {
  const dist = makeTempDir('village-electron-dist-');
  fs.mkdirSync(path.join(dist, 'resources'));
  const binary = Buffer.concat([
    Buffer.from(`#!/bin/sh\nexit 0\n# ${FUSE_SENTINEL}`),
    Buffer.from([1, 8]),
    Buffer.from(`${ELECTRON_DEFAULT_FUSES}\n`),
  ]);
  fs.writeFileSync(path.join(dist, 'electron'), binary, { mode: 0o755 });
  fs.writeFileSync(path.join(dist, 'chrome-sandbox'), 'stand-in', { mode: 0o755 });
  fs.writeFileSync(
    path.join(dist, 'version'),
    JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version,
  );
  fs.writeFileSync(path.join(dist, 'LICENSE'), 'stand-in');
  return dist;
}

interface LockEntry {
  dev?: boolean;
}
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

let appDir = '';
let asar = '';
let files: string[] = [];
let seconds = 0;

beforeAll(() => {
  const output = makeTempDir('village-dist-');
  const began = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      `--${process.arch}`,
      `-c.electronDist=${stubElectronDist()}`,
      `-c.directories.output=${output}`,
      '--publish',
      'never',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  seconds = (Date.now() - began) / 1000;
  if (result.status !== 0) throw new Error(`electron-builder failed:\n${result.stdout}\n${result.stderr}`);
  appDir = path.join(output, process.arch === 'arm64' ? 'linux-arm64-unpacked' : 'linux-unpacked');
  asar = path.join(appDir, 'resources', 'app.asar');
  files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/').replace(/^\//, ''));
}, 120_000);

function packagesIn(list: string[]): string[] {
  const names = new Set<string>();
  for (const file of list) {
    const match = /^node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)/.exec(file);
    if (match) names.add(match[1]!);
  }
  return [...names].sort();
}

describe('electron-builder --dir with a stand-in Electron', () => {
  it('packs quickly', () => {
    console.log(`electron-builder --linux dir: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(90);
  });

  it('names the window binary village-app and flips the fuses', async () => {
    const binary = path.join(appDir, 'village-app');
    expect(fs.existsSync(binary)).toBe(true);
    const wire = await getCurrentFuseWire(binary);
    const state = (option: FuseV1Options) => String.fromCharCode(wire[option] as number);
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: state(FuseV1Options.EnableNodeCliInspectArguments),
      onlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      embeddedAsarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      fileProtocolExtraPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: '0',
      nodeOptions: '0',
      inspect: '0',
      onlyLoadAppFromAsar: '1',
      embeddedAsarIntegrity: '1',
      cookieEncryption: '1',
      fileProtocolExtraPrivileges: '0',
    });
  });

  it('packs the built app and production dependencies only', () => {
    for (const file of [
      'package.json',
      'out/main/index.js',
      'out/main/cli.js',
      'out/preload/index.js',
      'out/renderer/index.html',
    ])
      expect(files, file).toContain(file);
    expect(
      files.filter(
        (file) =>
          /^(electron|renderer|shared|tests|scripts)\//.test(file) ||
          file.endsWith('.map') ||
          file === 'out/.build-stamp',
      ),
    ).toEqual([]);
    const packed = packagesIn(files);
    for (const name of Object.keys(pkg.dependencies)) expect(packed, name).toContain(name);
    const devOnly = packed.filter(
      (name) =>
        lock.packages[`node_modules/${name}`]?.dev === true || lock.packages[`node_modules/${name}`] === undefined,
    );
    expect(devOnly).toEqual([]);
    for (const name of ['electron', 'react', 'vitest', 'typescript', 'electron-builder'])
      expect(packed).not.toContain(name);
    const main = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as {
      main: string;
      devDependencies?: unknown;
    };
    expect(main.main).toBe('out/main/index.js');
  });

  it("unpacks better-sqlite3 beside the asar, with only this system's binary and no sources", () => {
    const sqliteFiles = files.filter((file) => file.startsWith('node_modules/better-sqlite3/'));
    expect(sqliteFiles.length).toBeGreaterThan(0);
    const packedInside = sqliteFiles.filter((file) => {
      const stat = statFile(asar, file, false) as { unpacked?: boolean; files?: unknown };
      return !stat.files && !stat.unpacked;
    });
    expect(packedInside).toEqual([]);
    const unpacked = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(fs.readdirSync(path.join(unpacked, 'prebuilds'))).toEqual([`linux-${process.arch}.node`]);
    for (const source of ['src', 'deps', 'binding.gyp'])
      expect(fs.existsSync(path.join(unpacked, source)), source).toBe(false);
  });
});
