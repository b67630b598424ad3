import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../src/main/electron/app-protocol';
import { bootDesktop } from './boot-desktop';
import type { FakeElectron } from './fake-electron';
import { callNames } from '../../../src/shared/contract/define';
import { contract } from '../../../src/shared/contract';

let fake: FakeElectron;
let end: (() => Promise<void>) | undefined;

const boot = async (env: NodeJS.ProcessEnv = {}) => {
  const booted = await bootDesktop({ env });
  fake = booted.fake;
  end = booted.end;
  return booted.win!;
};

afterEach(async () => {
  await end?.();
  end = undefined;
});

describe('the desktop window', () => {
  it('runs the renderer isolated, sandboxed, without Node, with web security', async () => {
    const win = await boot();
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs.preload).toBe(path.join('/app/out/preload/index.cjs'));
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('loads the renderer from the app protocol, never a remote page', async () => {
    const win = await boot();
    expect(win.loaded).toBe('app://desk/index.html');
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ secure: true, standard: true }),
      }),
    ]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('ignores the dev server address in a packaged app', async () => {
    const win = await boot({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect(win.loaded).toBe('app://desk/index.html');
  });

  it('denies navigation, redirects, webviews and new windows; opens only parsed http(s) links outside', async () => {
    const win = await boot();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      win.webContents.emit(event, { preventDefault: () => (prevented = true) }, 'https://evil.example');
      expect(prevented, event).toBe(true);
    }
    const open = win.webContents.openHandler!;
    expect(open({ url: 'https://updox.com/help' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(open({ url: 'not a url' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal.mock.calls).toEqual([['https://updox.com/help']]);
  });

  it('denies every permission request and check', async () => {
    await boot();
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      fake.sessionState.permissionRequest!({}, p, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(fake.sessionState.permissionCheck!()).toBe(false);
    expect(fake.sessionState.devicePermission!()).toBe(false);
  });

  it('sends a strict CSP: no inline or eval script, no network from the renderer', async () => {
    await boot();
    let csp = '';
    fake.sessionState.headers!(
      { responseHeaders: {} },
      (r) => (csp = r.responseHeaders['Content-Security-Policy']![0]!),
    );
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('answers IPC only from its own window loaded from its own origin', async () => {
    const win = await boot();
    const handler = fake.ipcHandlers.get('app.info')!;
    expect(handler).toBeDefined();
    const own = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    expect(await handler(own, undefined)).toMatchObject({ ok: true, data: { name: 'Onboarding Desk' } });
    const foreignFrame = { url: 'https://evil.example/' };
    const fromForeignOrigin = { sender: win.webContents, senderFrame: foreignFrame };
    expect(await handler(fromForeignOrigin, undefined)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    const otherWindow = { sender: {}, senderFrame: win.webContents.mainFrame };
    expect(await handler(otherWindow, undefined)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('binds exactly one handler per contract call, nothing generic', async () => {
    await boot();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(callNames(contract).sort());
    expect(fake.ipcHandlers.size).toBeGreaterThan(2);
  });
});

describe('the app protocol', () => {
  it('serves files inside the renderer folder only', () => {
    expect(resolveAppFile('/app/out/renderer', 'app://desk/index.html')).toBe('/app/out/renderer/index.html');
    expect(resolveAppFile('/app/out/renderer', 'app://desk/assets/a.js')).toBe(
      '/app/out/renderer/assets/a.js',
    );
    expect(resolveAppFile('/app/out/renderer', 'app://desk/..%2F..%2Fmain/index.js')).toBeNull();
    expect(resolveAppFile('/app/out/renderer', 'app://other/index.html')).toBeNull();
  });
});
