import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { appId } from '../../../src/main/app-identity';

interface BuilderConfig {
  appId: string;
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  publish: unknown;
  directories: { buildResources: string };
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
}
const readConfig = async () =>
  JSON.parse(await fs.readFile('electron-builder.json', 'utf8')) as BuilderConfig;

describe('packaging (electron-builder.json)', () => {
  it('sets the Electron fuses and packs the app into an asar', async () => {
    const config = await readConfig();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built app only: no web host, no sources, tests, benchmarks, scripts or source maps', async () => {
    const { files } = await readConfig();
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    for (const excluded of ['!out/web/**', '!src/**', '!test/**', '!bench/**', '!scripts/**', '!**/*.map'])
      expect(files).toContain(excluded);
  });

  it('has the app id the app uses for Windows notifications, and the installers the README names', async () => {
    const config = await readConfig();
    expect(config.appId).toBe(appId);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
    const scripts = (
      JSON.parse(await fs.readFile('package.json', 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['dist:linux']).toContain('--linux AppImage deb');
    expect(scripts['dist:win']).toContain('--win nsis');
    expect(scripts['dist:mac']).toContain('--mac dmg');
    for (const name of ['dist', 'dist:linux', 'dist:win', 'dist:mac'])
      expect(scripts[name]).toMatch(/^npm run icons/);
  });

  it('generates every icon the config names from the one source image in build/', async () => {
    const config = await readConfig();
    expect(config.directories.buildResources).toBe('build');
    await promisify(execFile)(process.execPath, ['scripts/make-icons.mjs']);
    const ico = await fs.readFile(config.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5); // with several sizes
    const png = await fs.readFile(config.mac.icon);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1024);
    const linux = await fs.readdir(config.linux.icon);
    for (const size of [16, 32, 48, 128, 256, 512]) expect(linux).toContain(`${size}x${size}.png`);
    expect((await fs.readFile('build/icon.svg', 'utf8')).startsWith('<svg')).toBe(true);
  });
});

describe('packaging (package.json dependencies)', () => {
  /** Packages that src/main, src/preload, src/shared and src/sandbox import at run time (type-only imports left out). */
  const nodeSideImports = async (): Promise<Set<string>> => {
    const found = new Set<string>();
    for (const dir of ['src/main', 'src/preload', 'src/shared', 'src/sandbox']) {
      for (const file of await fs.readdir(dir, { recursive: true })) {
        if (!file.endsWith('.ts')) continue;
        const text = await fs.readFile(`${dir}/${file}`, 'utf8');
        for (const m of text.matchAll(/(?:^import (?!type )[^;]*? from|import\()\s*'([^'.][^']*)'/gm)) {
          const spec = m[1]!;
          if (spec.startsWith('node:') || spec === 'electron') continue;
          found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        }
      }
    }
    return found;
  };

  it('ships what main imports at run time, and nothing that only the renderer bundle uses', async () => {
    const pkg = JSON.parse(await fs.readFile('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const imports = await nodeSideImports();
    expect(imports.size).toBeGreaterThan(3);
    for (const name of imports) expect(Object.keys(pkg.dependencies)).toContain(name);
    for (const name of ['react', 'react-dom', 'zustand', '@tanstack/react-virtual'])
      expect(Object.keys(pkg.devDependencies)).toContain(name);
    for (const name of Object.keys(pkg.dependencies)) expect(imports).toContain(name);
  });
});
