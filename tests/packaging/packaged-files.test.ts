import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser-mode';

/**
 * electron-builder cannot download its tools here, so this checks what it would pack: every file the
 * app loads at run time exists in the build output, is covered by `files`, and every package the built
 * main process requires is a production dependency (devDependencies are not packed).
 */
const config = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  extraMetadata: { main: string };
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function packed(relative: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (path.matchesGlob(relative, negated ? pattern.slice(1) : pattern)) included = !negated;
  }
  return included;
}

function builtFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? builtFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

describe('electron-builder configuration', () => {
  it('targets AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the entry point, preload and renderer, and nothing from the sources', () => {
    expect(config.extraMetadata.main).toBe(pkg.main);
    for (const file of [
      pkg.main,
      'out/main/cli.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
      expect(packed(file), file).toBe(true);
    }
    for (const file of [
      'electron/main/index.ts',
      'renderer/src/main.tsx',
      'tests/e2e/families.test.ts',
      'out/.build-stamp',
      'out/main/index.js.map',
    ]) {
      expect(packed(file), file).toBe(false);
    }
  });

  it('packs every asset the renderer page loads', () => {
    const html = fs.readFileSync(path.join(ROOT, 'out/renderer/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((match) =>
      path.join('out/renderer', match[1]!),
    );
    expect(assets.length).toBeGreaterThanOrEqual(2);
    // The favicon too: without it the page's only console error was its 404.
    expect(assets).toContain(path.join('out/renderer', 'favicon.svg'));
    for (const asset of assets) {
      expect(fs.existsSync(path.join(ROOT, asset)), asset).toBe(true);
      expect(packed(asset), asset).toBe(true);
    }
  });

  it('every package the built main process and CLI require is a production dependency', () => {
    const required = new Set<string>();
    for (const file of builtFiles('out/main').filter((name) => name.endsWith('.js'))) {
      for (const match of fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/require\("([^"./][^"]*)"\)/g)) {
        const name = match[1]!.startsWith('@') ? match[1]!.split('/').slice(0, 2).join('/') : match[1]!.split('/')[0]!;
        required.add(name);
      }
    }
    const external = [...required].filter(
      (name) => !name.startsWith('node:') && !builtinModules.includes(name) && name !== 'electron',
    );
    expect(external).toContain('better-sqlite3');
    for (const name of external)
      expect(Object.keys(pkg.dependencies), `${name} must be in dependencies`).toContain(name);
    // The preload runs sandboxed: it may require nothing but electron.
    const preload = fs.readFileSync(path.join(ROOT, 'out/preload/index.js'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
  });

  it('unpacks better-sqlite3 from asar and ships its prebuilt binary for every target', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    const prebuilds = path.join(ROOT, 'node_modules/better-sqlite3/prebuilds');
    for (const target of ['linux-x64', 'linux-arm64', 'win32-x64', 'darwin-x64', 'darwin-arm64']) {
      expect(fs.existsSync(path.join(prebuilds, `${target}.node`)), target).toBe(true);
    }
  });
});

describe('what the installed app looks like and needs', () => {
  const full = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
    linux: { executableName: string; icon: string; syncDesktopName: boolean };
    deb: { depends: string[]; fpm: string[]; appArmorProfile?: string };
  };
  const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    author: { name: string; email: string };
    desktopName: string;
    homepage: string;
  };

  it("declares glibc 2.34 for the deb (better-sqlite3's Linux binary needs it) and keeps electron-builder's AppArmor profile", () => {
    expect(full.deb.depends).toContain('libc6 (>= 2.34)');
    // electron-builder's deb installs /etc/apparmor.d/<executable> from this template unless a project
    // replaces it; Village keeps it.
    expect(full.deb.appArmorProfile).toBeUndefined();
    const template = fs.readFileSync(
      path.join(ROOT, 'node_modules/app-builder-lib/templates/linux/apparmor-profile.tpl'),
      'utf8',
    );
    expect(template).toContain('userns');
  });

  it('installs `village` as the command line, and the window as village-app', () => {
    expect(full.linux.executableName).toBe('village-app');
    expect(full.deb.fpm).toEqual(['build/linux/village=/usr/bin/village']);
    const script = path.join(ROOT, 'build/linux/village');
    expect(fs.statSync(script).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(script, 'utf8')).toMatch(
      /^exec \/opt\/Village\/village-app --ozone-platform=headless --village-cli "\$@"$/m,
    );
  });

  it('names an author, a homepage and the desktop file Electron groups its windows by', () => {
    expect(meta.author).toEqual({ name: 'The Village authors', email: 'village@villageapp.org' });
    expect(meta.homepage).toMatch(/^https:\/\//);
    expect(meta.desktopName).toBe(`${full.linux.executableName}.desktop`);
    expect(full.linux.syncDesktopName).toBe(true);
  });

  it('has an icon set: Linux PNGs by size, a 1024 px PNG, .ico and .icns', () => {
    const pngSize = (file: string) => {
      const data = fs.readFileSync(path.join(ROOT, file));
      expect(data.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      return [data.readUInt32BE(16), data.readUInt32BE(20)];
    };
    expect(full.linux.icon).toBe('build/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(pngSize(`build/icons/${size}x${size}.png`)).toEqual([size, size]);
    expect(pngSize('build/icon.png')).toEqual([1024, 1024]);
    const ico = fs.readFileSync(path.join(ROOT, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 7]);
    const icns = fs.readFileSync(path.join(ROOT, 'build/icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
