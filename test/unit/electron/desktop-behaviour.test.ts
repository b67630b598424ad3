import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Updater } from '../../../src/main/electron/auto-update';
import { bootDesktop } from './boot-desktop';

type Booted = Awaited<ReturnType<typeof bootDesktop>>;
let booted: Booted | undefined;
const boot = async (options: Parameters<typeof bootDesktop>[0] = {}) => (booted = await bootDesktop(options));
afterEach(async () => {
  await booted?.end();
  booted = undefined;
});

const own = (b: Booted) => ({ sender: b.win!.webContents, senderFrame: b.win!.webContents.mainFrame });
const labels = (items: Array<{ role?: string; label?: string; type?: string }>) =>
  items.filter((i) => i.type !== 'separator').map((i) => i.role ?? i.label);
const helpMenu = (b: Booted) =>
  b.fake.menus.application!.find((m) => m.role === 'help')!.submenu as Array<{
    label?: string;
    enabled?: boolean;
    click?: () => void;
  }>;

describe('one instance', () => {
  it('quits a second launch, and the first brings its window forward (restored and focused)', async () => {
    const b = await boot();
    b.win!.minimized = true;
    b.fake.appEvents.emit('second-instance', {}, ['onboarding-desk']);
    expect(b.win!.minimized).toBe(false);
    expect(b.win!.visible).toBe(true);
    expect(b.win!.focused).toBe(1);
  });

  it('a launch that does not get the lock quits without opening a window', async () => {
    const { createFakeElectron } = await import('./fake-electron');
    const { bootstrap } = await import('../../../src/main/electron/bootstrap');
    const { createNodePlatform } = await import('../../../src/main/platform/node-platform');
    const fake = createFakeElectron();
    fake.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await bootstrap(fake.electron as never, {
      outMainDir: '/app/out/main',
      createPlatform: createNodePlatform,
    });
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});

describe('window state', () => {
  it('remembers size, position and maximized, and restores them', async () => {
    const b = await boot();
    b.win!.bounds = { x: 100, y: 80, width: 1100, height: 760 };
    b.win!.maximized = true;
    b.win!.close();
    const saved = JSON.parse(await fs.readFile(path.join(b.dataDir, 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ x: 100, y: 80, width: 1100, height: 760, maximized: true });
    await b.end(false);

    const again = await boot({ dataDir: b.dataDir });
    expect(again.win!.options).toMatchObject({ x: 100, y: 80, width: 1100, height: 760 });
    expect(again.win!.maximized).toBe(true);
  });

  it('brings a window from an unplugged screen back onto a visible one, within its work area', async () => {
    const b = await boot();
    await fs.writeFile(
      path.join(b.dataDir, 'window-state.json'),
      JSON.stringify({ x: 3000, y: 200, width: 1400, height: 900, maximized: false }),
    );
    await b.end(false);
    const again = await boot({
      dataDir: b.dataDir,
      fake: { displays: [{ x: 0, y: 25, width: 1280, height: 775 }] },
    });
    const o = again.win!.options as { x: number; y: number; width: number; height: number };
    expect(o.width).toBe(1280);
    expect(o.height).toBe(775);
    expect(o.x).toBeGreaterThanOrEqual(0);
    expect(o.y).toBeGreaterThanOrEqual(25);
    expect(o.x + o.width).toBeLessThanOrEqual(1280);
    expect(o.y + o.height).toBeLessThanOrEqual(800);
  });

  it('ignores a damaged state file and opens at the default size', async () => {
    const b = await boot();
    await fs.writeFile(path.join(b.dataDir, 'window-state.json'), '{"x": "left"');
    await b.end(false);
    const again = await boot({ dataDir: b.dataDir });
    expect(again.win!.options).toMatchObject({ width: 1280, height: 800 });
    expect(again.win!.options.x).toBeUndefined();
  });
});

describe('application menu', () => {
  it('has Edit, View, Window and Help, and no developer tools in a packaged build', async () => {
    const b = await boot({ os: 'linux' });
    const menu = b.fake.menus.application!;
    expect(labels(menu)).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    const view = menu.find((m) => m.label === 'View')!.submenu!;
    expect(labels(view)).not.toContain('toggleDevTools');
    expect(labels(view)).toContain('reload');
    expect((b.win!.options.webPreferences as { devTools: boolean }).devTools).toBe(false);
    const help = helpMenu(b);
    expect(help.map((i) => i.label)).toContain('Open logs folder');
    expect(help.some((i) => i.label === 'Onboarding Desk version 0.1.0' && i.enabled === false)).toBe(true);
    help.find((i) => i.label === 'Open logs folder')!.click!();
    expect(b.fake.electron.shell.openPath).toHaveBeenCalledWith(path.join(b.dataDir, 'logs'));
  });

  it('offers developer tools in development only', async () => {
    const b = await boot({ isPackaged: false });
    const view = b.fake.menus.application!.find((m) => m.label === 'View')!.submenu!;
    expect(labels(view)).toContain('toggleDevTools');
    expect((b.win!.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });

  it('on macOS has the app menu, stays in the dock with no window, and reopens it on activate', async () => {
    const b = await boot({ os: 'darwin' });
    expect(labels(b.fake.menus.application!)[0]).toBe('appMenu');
    b.win!.close();
    expect(b.fake.electron.app.quit).not.toHaveBeenCalled();
    b.fake.appEvents.emit('activate');
    await vi.waitFor(() => expect(b.fake.windows).toHaveLength(2));
    expect(b.fake.windows[1]!.loaded).toBe('app://desk/index.html');
  });

  it('quits when the last window closes elsewhere, and sets the AppUserModelId on Windows', async () => {
    const b = await boot({ os: 'win32' });
    expect(b.fake.electron.app.setAppUserModelId).toHaveBeenCalledWith('com.onboardingdesk.app');
    b.win!.close();
    expect(b.fake.electron.app.quit).toHaveBeenCalled();
  });
});

describe('crashes and logs', () => {
  it('keeps crash dumps local and writes logs to the OS logs folder', async () => {
    const b = await boot();
    expect(b.fake.electron.crashReporter.start).toHaveBeenCalledWith(
      expect.objectContaining({ uploadToServer: false }),
    );
    expect(b.fake.electron.app.getPath).toHaveBeenCalledWith('logs');
    const log = await fs.readFile(path.join(b.dataDir, 'logs', 'onboarding-desk.log'), 'utf8');
    expect(log).toContain('"event":"app.start"');
  });

  it('logs a renderer crash and offers to reload the window', async () => {
    const b = await boot({ fake: { dialogAnswers: [0] } });
    b.win!.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(b.win!.reloads).toBe(1));
    expect(b.fake.dialogs[0]!.window).toBe(b.win);
    expect(b.fake.dialogs[0]!.options).toMatchObject({ buttons: ['Reload', 'Close'] });
    expect(String(b.fake.dialogs[0]!.options.detail)).toMatch(/drafts are saved/);
    b.fake.appEvents.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
    const log = await fs.readFile(path.join(b.dataDir, 'logs', 'onboarding-desk.log'), 'utf8');
    expect(log).toContain('"event":"app.renderer.gone","reason":"crashed"');
    expect(log).toContain('"event":"app.child.gone","type":"GPU"');
  });

  it('does not reload when the person chooses Close', async () => {
    const b = await boot({ fake: { dialogAnswers: [1] } });
    b.win!.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await vi.waitFor(() => expect(b.fake.dialogs).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(b.win!.reloads).toBe(0);
  });
});

describe('context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
  it('in a field with a misspelled word: suggestions, add to dictionary, cut, copy, paste, select all', async () => {
    const b = await boot();
    b.win!.webContents.emit(
      'context-menu',
      {},
      {
        isEditable: true,
        selectionText: '',
        misspelledWord: 'pediatircs',
        dictionarySuggestions: ['pediatrics', 'pediatric'],
        editFlags: flags,
      },
    );
    const menu = b.fake.menus.popups[0]!;
    expect(labels(menu)).toEqual([
      'pediatrics',
      'pediatric',
      'Add to dictionary',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    menu[0]!.click!();
    expect(b.win!.webContents.replaced).toEqual(['pediatrics']);
    menu.find((i) => i.label === 'Add to dictionary')!.click!();
    expect(b.fake.dictionary).toEqual(['pediatircs']);
  });

  it('on selected text: copy only; nowhere else: no menu', async () => {
    const b = await boot();
    const base = { isEditable: false, misspelledWord: '', dictionarySuggestions: [], editFlags: flags };
    b.win!.webContents.emit('context-menu', {}, { ...base, selectionText: 'Sunrise Pediatrics' });
    b.win!.webContents.emit('context-menu', {}, { ...base, selectionText: '' });
    expect(b.fake.menus.popups.map(labels)).toEqual([['copy']]);
  });
});

describe('events from main', () => {
  it('reach the window on their own channel each, and never a destroyed one', async () => {
    const b = await boot();
    const select = b.fake.ipcHandlers.get('environments.select')!;
    expect(await select(own(b), { id: 'qa' })).toMatchObject({ ok: true });
    const health = b.win!.webContents.sent.filter(([channel]) => channel === 'event.health');
    expect(health.at(-1)?.[1]).toMatchObject({ environment: { id: 'qa', name: 'Updox QA' } });
    expect(
      b.win!.webContents.sent.every(([channel]) => /^(event\.[a-zA-Z]+|app\.openScreen)$/.test(channel)),
    ).toBe(true);
    b.win!.webContents.destroyed = true;
    const before = b.win!.webContents.sent.length;
    await select(own(b), { id: 'sandbox' });
    expect(b.win!.webContents.sent).toHaveLength(before);
  });
});

describe('native dialogs', () => {
  it('app.confirm shows a native, window-modal dialog with Cancel as the default', async () => {
    const b = await boot({ fake: { dialogAnswers: [0, 1] } });
    const confirm = b.fake.ipcHandlers.get('app.confirm')!;
    const request = {
      kind: 'production',
      title: 'Write to Production?',
      message: 'This creates the practice in Production.',
      confirmLabel: 'Write to Production',
    };
    expect(await confirm(own(b), request)).toEqual({ ok: true, data: { answer: 'confirmed' } });
    expect(await confirm(own(b), request)).toEqual({ ok: true, data: { answer: 'cancelled' } });
    expect(b.fake.dialogs[0]!.window).toBe(b.win);
    expect(b.fake.dialogs[0]!.options).toMatchObject({
      buttons: ['Write to Production', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Write to Production?',
      detail: 'This creates the practice in Production.',
    });
    const bad = await confirm(own(b), { ...request, kind: 'anything' });
    expect(bad).toMatchObject({ ok: false });
    expect(b.fake.dialogs).toHaveLength(2);
  });
});

describe('notifications', () => {
  it('shows a native notification; a click opens the screen it is about (routes of ours only)', async () => {
    const b = await boot();
    const { createDesktopNotifier } = await import('../../../src/main/electron/desktop-notifier');
    const opened: Array<string | undefined> = [];
    const notifier = createDesktopNotifier(b.fake.electron.Notification, (s) => opened.push(s));
    expect(notifier.show('SMS number approved', 'Sunrise (Main): approved', '#/sms/acct-1')).toBe(true);
    expect(notifier.show('x', 'y', 'https://evil.example/')).toBe(true);
    const [approved, evil] = b.fake.notifications;
    expect(approved!.shown).toBe(true);
    expect(approved!.options).toMatchObject({ title: 'SMS number approved' });
    approved!.emit('click');
    evil!.emit('click');
    expect(opened).toEqual(['#/sms/acct-1', undefined]);
  });
});

describe('updates', () => {
  const fakeUpdater = () => {
    const events = new Map<string, (arg: never) => void>();
    const updater = {
      autoDownload: false,
      autoInstallOnAppQuit: true,
      setFeedURL: vi.fn(),
      checkForUpdates: vi.fn(async () => null),
      quitAndInstall: vi.fn(),
      on: (event: string, fn: (arg: never) => void) => events.set(event, fn),
    };
    return { updater, events };
  };

  it('is off when no update URL is set: nothing loaded, nothing checked, no menu entry', async () => {
    const loadUpdater = vi.fn(async () => fakeUpdater().updater as unknown as Updater);
    const b = await boot({ loadUpdater, updateUrl: '' });
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(helpMenu(b).map((i) => i.label)).not.toContain('Check for updates…');
  });

  it('with a URL: generic feed, background download, checks now and on request, asks before restarting', async () => {
    const { updater, events } = fakeUpdater();
    const b = await boot({
      loadUpdater: async () => updater as unknown as Updater,
      updateUrl: 'https://updates.example.com/desk/',
      fake: { dialogAnswers: [0] },
    });
    expect(updater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'https://updates.example.com/desk/',
    });
    expect(updater.autoDownload).toBe(true);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    helpMenu(b).find((i) => i.label === 'Check for updates…')!.click!();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    (events.get('update-downloaded') as (i: { version: string }) => void)({ version: '0.2.0' });
    await vi.waitFor(() => expect(updater.quitAndInstall).toHaveBeenCalled());
    expect(b.fake.dialogs[0]!.options).toMatchObject({ buttons: ['Restart now', 'Later'] });
  });

  it('an updater that fails to load leaves the app running without updates', async () => {
    const b = await boot({
      loadUpdater: () => Promise.reject(new Error('electron-updater is missing')),
      updateUrl: 'https://updates.example.com/desk/',
    });
    expect(b.win!.loaded).toBe('app://desk/index.html');
    expect(helpMenu(b).map((i) => i.label)).not.toContain('Check for updates…');
  });

  it('DESK_UPDATE_URL overrides; a non-https URL leaves updates off', async () => {
    const loadUpdater = vi.fn(async () => fakeUpdater().updater as unknown as Updater);
    await boot({ loadUpdater, env: { DESK_UPDATE_URL: 'http://updates.example.com/' } });
    expect(loadUpdater).not.toHaveBeenCalled();
  });
});
